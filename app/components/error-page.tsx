import Link from "next/link";
import type { ReactNode } from "react";

export type WayBack = { href: string; label: string };

const home: WayBack = { href: "/", label: "castlog home" };

/**
 * The frame of every page saying something went wrong: what happened in
 * a few words (a status such as "404 · Not found"), a heading, the
 * explanation, and links to go on from there, home last.
 */
export function ErrorPage(props: {
  status: string;
  title: string;
  children: ReactNode;
  waysBack?: WayBack[];
}) {
  const links = [...(props.waysBack ?? []), home];

  return (
    <section className="error-page" aria-labelledby="error-title">
      <meta name="robots" content="noindex" />
      <p className="status">{props.status}</p>
      <h1 id="error-title">{props.title}</h1>
      {props.children}
      <nav aria-label="Ways back">
        <ul className="ways-back">
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} prefetch={false}>
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </section>
  );
}
