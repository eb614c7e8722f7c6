import Link from "next/link";
import { Time } from "@/app/components/time";
import type { SeasonCredits } from "@/lib/credits/load";

/** Why the latest version shown may not be TMDB's current one. */
export function RefreshNotice({ data }: { data: SeasonCredits }) {
  if (!data.notice) return null;

  if (data.notice.kind === "gone") {
    return (
      <p className="notice" role="status">
        TMDB no longer lists this season (since <Time at={data.notice.since} />
        ). castlog keeps its history; showing data as of{" "}
        <Time at={data.checkedAt} />.
      </p>
    );
  }
  if (data.notice.kind === "rate_limited") {
    return (
      <p className="notice" role="status">
        Rate limited: too many fetches from TMDB in the last minute, so this is
        the version castlog checked <Time at={data.checkedAt} />. Reload in{" "}
        {data.notice.retryAfterSeconds} s for the latest.
      </p>
    );
  }
  if (data.notice.reason === "store_failed") {
    return (
      <p className="notice" role="status">
        Could not store the latest credits from TMDB, showing data as of{" "}
        <Time at={data.checkedAt} />.
      </p>
    );
  }
  return (
    <p className="notice" role="status">
      Could not refresh from TMDB, showing data as of{" "}
      <Time at={data.checkedAt} />.
    </p>
  );
}

/** Says that an older version is shown, and leads back to the latest. */
export function AsOfBanner(props: {
  asOf: Date;
  fetchedAt: Date;
  latestHref: string;
}) {
  return (
    <p className="notice as-of">
      <strong>
        Showing the credits as of <Time at={props.asOf} />
      </strong>
      : the version castlog fetched on <Time at={props.fetchedAt} />.{" "}
      <Link prefetch={false} href={props.latestHref}>
        See the latest version
      </Link>
    </p>
  );
}

/** A malformed `as_of` falls back to the latest version; this says so. */
export function IgnoredAsOfNotice() {
  return (
    <p className="notice" role="status">
      The <code>as_of</code> parameter was ignored, so this is the latest
      version. It should be an ISO 8601 date-time with an offset, such as{" "}
      <code>2025-01-31T18:00:00Z</code>, or a date, such as{" "}
      <code>2025-01-31</code> (the end of that day in UTC).
    </p>
  );
}
