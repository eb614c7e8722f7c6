import type { ReactNode } from "react";

/** How many entries a list shows before the rest go behind "Show all". */
export const collapseAfter = { cast: 24, department: 12 };

/**
 * The entries past the first few of a long list, one click away without
 * JavaScript. The summary says how many the whole list holds, and offers
 * to fold it again once open (the styles pick which text shows).
 */
export function MorePeople(props: { total: number; children: ReactNode }) {
  return (
    <details className="more-people">
      <summary>
        <span className="when-closed">Show all {props.total}</span>
        <span className="when-open">Show fewer</span>
      </summary>
      {props.children}
    </details>
  );
}

/**
 * One entry past the first few: the name, linking to the person's page
 * (which links out to TMDB), then every role or job on one line. Lighter
 * than a full entry, since a crew can have thousands of these.
 */
export function CompactEntry(props: {
  href: string;
  name: string;
  line: string;
}) {
  return (
    <li>
      <a href={props.href}>{props.name}</a>
      {` ${props.line}`}
    </li>
  );
}
