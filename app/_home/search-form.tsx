import { maxQueryLength } from "@/lib/home";

/** A plain GET form back to the home page, so it works without scripts. */
export function SearchForm({ query }: { query: string | null }) {
  return (
    <form method="get" action="/" role="search" className="home-search">
      <label htmlFor="q">Search series and people</label>
      <input
        id="q"
        name="q"
        type="search"
        defaultValue={query ?? ""}
        maxLength={maxQueryLength}
        placeholder="a series or a name"
      />
      <button type="submit">Search</button>
    </form>
  );
}
