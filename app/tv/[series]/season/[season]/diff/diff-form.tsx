import type { SnapshotListing } from "@/lib/credits/season-history";
import { defaultLanguage } from "@/lib/urls";

const format = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "medium",
  timeZone: "UTC",
});

const label = (s: SnapshotListing) =>
  `${format.format(s.fetchedAt)} UTC · ${s.castCount} cast, ${s.crewCount} crew`;

function SnapshotSelect(props: {
  name: "from" | "to";
  label: string;
  defaultLabel: string;
  snapshots: SnapshotListing[];
  chosen: Date | null;
}) {
  const id = `diff-${props.name}`;
  return (
    <p>
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        name={props.name}
        defaultValue={props.chosen?.toISOString() ?? ""}
      >
        <option value="">{props.defaultLabel}</option>
        {props.snapshots.map((s) => (
          <option key={s.id} value={s.fetchedAt.toISOString()}>
            {label(s)}
          </option>
        ))}
      </select>
    </p>
  );
}

/** Chooses the two versions to compare; a plain GET form, no script. */
export function DiffForm(props: {
  snapshots: SnapshotListing[];
  from: Date | null;
  to: Date;
  language: string;
}) {
  return (
    <form method="get" className="diff-form" aria-label="Versions to compare">
      <SnapshotSelect
        name="from"
        label="From"
        defaultLabel="The version before (default)"
        snapshots={props.snapshots}
        chosen={props.from}
      />
      <SnapshotSelect
        name="to"
        label="To"
        defaultLabel="The latest version (default)"
        snapshots={props.snapshots}
        chosen={props.to}
      />
      {props.language !== defaultLanguage && (
        <input type="hidden" name="language" value={props.language} />
      )}
      <button type="submit">Compare</button>
    </form>
  );
}
