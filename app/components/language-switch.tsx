import Link from "next/link";
import type { ReactNode } from "react";

/**
 * A language's name in that language ("Deutsch (Deutschland)" for de-DE),
 * as readers look for their own; the code itself when no name is known.
 */
export function nameOfLanguage(language: string): string {
  try {
    const names = new Intl.DisplayNames([language], {
      type: "language",
      languageDisplay: "standard",
      fallback: "code",
    });
    return names.of(language) ?? language;
  } catch {
    return language;
  }
}

/**
 * Links to the same page in each language castlog has stored it in, the
 * current one marked. Plain links: they work without JavaScript. `extra`
 * follows the links, inside the same navigation (a form asking for
 * another language, say).
 */
export function LanguageSwitch(props: {
  current: string;
  languages: string[];
  pathIn: (language: string) => string;
  extra?: ReactNode;
}) {
  const languages = [...new Set([...props.languages, props.current])].sort();

  return (
    <nav className="language-switch" aria-label="Languages">
      <span className="label" aria-hidden="true">
        Language
      </span>
      <ul>
        {languages.map((language) => (
          <li key={language}>
            {/* No prefetch: a prefetched page in another language would
                make the server fetch it from TMDB for nothing. */}
            <Link
              prefetch={false}
              href={props.pathIn(language)}
              hrefLang={language}
              lang={language}
              aria-current={language === props.current ? "page" : undefined}
            >
              {nameOfLanguage(language)}
            </Link>
          </li>
        ))}
      </ul>
      {props.extra}
    </nav>
  );
}
