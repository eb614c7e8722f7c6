import { regenerateFeedAction } from "./actions";

/** The private feed's address, and the button that replaces it. */
export function FeedPanel({ feedUrl }: { feedUrl: string }) {
  return (
    <section aria-labelledby="feed" className="feed-panel">
      <h2 id="feed">Your private feed</h2>
      <p>
        An Atom feed of the changes in everything you track, for your feed
        reader. Its address is a secret: anyone who has it can read the feed.
      </p>
      <p className="feed-address">
        <label htmlFor="feed-url">Feed address</label>
        <input
          id="feed-url"
          readOnly
          value={feedUrl}
          className="feed-url"
        />{" "}
        <a href={feedUrl} type="application/atom+xml">
          Open
        </a>
      </p>
      <form action={regenerateFeedAction} className="row-form">
        <button type="submit">Give the feed a new address</button>{" "}
        <span className="quiet">(the current one stops working)</span>
      </form>
    </section>
  );
}
