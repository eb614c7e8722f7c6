import { type FilterCounts, maxFilterLength } from "@/lib/credits/filter";
import { defaultLanguage } from "@/lib/urls";

type FilterPlace = {
  /** The season's path without a query: where the form and "clear" go. */
  path: string;
  language: string;
  /** The `as_of` as given, kept so that a filter stays on one version. */
  asOf: string | undefined;
  filter: string | undefined;
};

/**
 * A GET form narrowing the cast and crew by name, character or job, so it
 * works without JavaScript. It carries the language and `as_of` along.
 */
export function CreditFilterForm(props: FilterPlace) {
  return (
    <form
      className="credit-filter"
      role="search"
      method="get"
      action={props.path}
    >
      <label htmlFor="credit-filter">Filter cast and crew</label>
      <input
        id="credit-filter"
        type="search"
        name="q"
        defaultValue={props.filter}
        placeholder="Name, character or job"
      />
      {props.language !== defaultLanguage && (
        <input type="hidden" name="language" value={props.language} />
      )}
      {props.asOf !== undefined && (
        <input type="hidden" name="as_of" value={props.asOf} />
      )}
      <button type="submit">Filter</button>
    </form>
  );
}

/** "Showing 3 of 240 entries…", with a link back to every entry. */
export function FilterStatus(props: {
  counts: FilterCounts;
  filter: string;
  clearHref: string;
}) {
  const { shown, total } = props.counts;

  return (
    <p className="filter-status" role="status">
      Showing {shown} of {total} entries matching “{props.filter}”.{" "}
      <a href={props.clearHref}>Clear filter</a>
    </p>
  );
}

/** A malformed `q` shows every entry; this says so. */
export function IgnoredFilterNotice() {
  return (
    <p className="notice" role="status">
      The <code>q</code> parameter was ignored, so every entry is shown. It
      should be given once, and be at most {maxFilterLength} characters long.
    </p>
  );
}
