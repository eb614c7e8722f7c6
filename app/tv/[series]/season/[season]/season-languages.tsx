import { LanguageSwitch } from "@/app/components/language-switch";
import { languagePattern } from "@/lib/credits/params";
import { getSeasonLanguages } from "@/lib/seo";
import type { SeriesRef } from "@/lib/series";
import { seasonPath } from "@/lib/urls";

type LanguagePlace = {
  series: SeriesRef;
  seasonNumber: number;
  language: string;
  /** The filter in use, which a change of language keeps. */
  filter: string | undefined;
};

/**
 * A GET form asking for the season in a language castlog has not stored.
 * The browser checks the code's form; the page checks it again, and a
 * malformed one is a 404 like any malformed `language`.
 */
function OtherLanguageForm(props: { path: string; filter?: string }) {
  return (
    <details className="language-other">
      <summary>Another language</summary>
      <form method="get" action={props.path}>
        <label htmlFor="language-code">Language code</label>
        <input
          id="language-code"
          name="language"
          required
          pattern={languagePattern.source}
          placeholder="fr or pt-BR"
          size={8}
          autoComplete="off"
          spellCheck={false}
          aria-describedby="language-code-hint"
        />
        {props.filter && <input type="hidden" name="q" value={props.filter} />}
        <button type="submit">Show</button>
        <p id="language-code-hint" className="hint">
          Two lower-case letters, optionally a region in capitals: fr, pt-BR.
          castlog asks TMDB for the season in that language.
        </p>
      </form>
    </details>
  );
}

/**
 * The season in each language castlog has stored it in, and a way to ask
 * for another. Links lead to the latest version: a moment in one
 * language's history may precede everything stored in another.
 */
export async function SeasonLanguages(props: LanguagePlace) {
  const { series, seasonNumber, filter } = props;
  const languages = await getSeasonLanguages(series.id, seasonNumber);

  return (
    <LanguageSwitch
      current={props.language}
      languages={languages}
      pathIn={(language) =>
        seasonPath(series, seasonNumber, { language, q: filter })
      }
      extra={
        <OtherLanguageForm
          path={seasonPath(series, seasonNumber)}
          filter={filter}
        />
      }
    />
  );
}
