import { PersonWithTmdbLink } from "@/app/components/person-with-tmdb-link";
import type { CreditsDiff } from "@/lib/credits/diff";
import { describeChanges } from "@/lib/credits/diff-text";

const anchor = (kind: string) => `changes-${kind}`;

/** A diff grouped by kind, each person linked to castlog and TMDB. */
export function DiffGroups({ diff }: { diff: CreditsDiff }) {
  const groups = describeChanges(diff);
  if (groups.length === 0) {
    return (
      <p className="meta">No changes to the credits between these versions.</p>
    );
  }

  return groups.map((group) => (
    <section
      key={group.kind}
      className="diff-group"
      aria-labelledby={anchor(group.kind)}
    >
      <h2 id={anchor(group.kind)}>
        {group.heading} <span className="meta">({group.items.length})</span>
      </h2>
      <ul>
        {group.items.map((item, i) => (
          <li key={`${item.person.id}-${i}`}>
            <PersonWithTmdbLink
              personId={item.person.id}
              name={item.person.name}
              nameClass="name"
            />
            <span className="change">{item.text}</span>
          </li>
        ))}
      </ul>
    </section>
  ));
}
