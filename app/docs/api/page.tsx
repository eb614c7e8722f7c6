import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getExampleSeason } from "@/lib/api-docs";
import { buildApiExamples } from "@/lib/api-docs/examples";
import { diffKinds } from "@/lib/credits/diff-types";
import { getEnv } from "@/lib/env";
import { seasonPath } from "@/lib/urls";
import "@/app/styles/api-docs.css";
import { StatusCodes } from "./errors";
import { Examples, Parameters } from "./examples";

export const metadata: Metadata = {
  title: "JSON API",
  description:
    "castlog's public JSON API: a TV season's cast and crew in TMDB's shape, at any stored moment, the changes between two versions, and Atom feeds.",
  alternates: { canonical: "/docs/api" },
};

const moment = (
  <>
    an ISO 8601 date-time with an offset (<code>2025-01-31T12:00:00Z</code>), or
    a date (<code>2025-01-31</code>), meaning the end of that day in UTC
  </>
);

const language = {
  name: "language",
  meaning: (
    <>
      TMDB&apos;s forms, <code>fr</code> or <code>fr-FR</code>; default{" "}
      <code>en-US</code>. Each language has its own history.
    </>
  ),
};

export default async function ApiDocsPage() {
  // The examples follow what the site has stored, so the page is rendered
  // per request rather than once at build time.
  await connection();
  const siteUrl = getEnv().SITE_URL;
  const season = await getExampleSeason();
  const examples = buildApiExamples(siteUrl, season);
  const name = `${season.series.name}, season ${season.seasonNumber}`;

  return (
    <article className="api-docs">
      <h1>castlog&apos;s JSON API</h1>
      <p>
        Read-only, without a key: plain <code>GET</code> requests to{" "}
        <code>{siteUrl}</code>. <code>{"{series_id}"}</code> is TMDB&apos;s
        series id and <code>{"{season_number}"}</code> the season&apos;s number
        (0 for specials). A parameter may be given once.
      </p>
      <p>
        The examples use{" "}
        <Link
          href={seasonPath(season.series, season.seasonNumber, {
            language: season.language,
          })}
        >
          {name}
        </Link>
        {season.versions
          ? ", the season castlog stored last."
          : ". castlog has not stored it yet: the first season credits request stores it when the site has a TMDB token, and the other examples answer after that."}
      </p>

      <h2 id="credits">A season&apos;s cast and crew</h2>
      <p>
        <code>
          GET /api/tv/{"{series_id}"}/season/{"{season_number}"}
          /aggregate_credits
        </code>
      </p>
      <p>
        The season&apos;s credits in TMDB&apos;s own shape (<code>id</code>,{" "}
        <code>cast</code> with <code>roles</code>, <code>crew</code> with{" "}
        <code>jobs</code>), field for field as TMDB sent them. Without{" "}
        <code>as_of</code>, the latest version: a season castlog checked longer
        ago than its freshness window is fetched from TMDB first. Answers carry{" "}
        <code>ETag</code>, <code>Last-Modified</code> and{" "}
        <code>Cache-Control: public, max-age=0, must-revalidate</code>.
      </p>
      <Parameters
        caption="Parameters of the season credits"
        parameters={[
          language,
          {
            name: "as_of",
            meaning: (
              <>
                The version in force at a moment: {moment}. Never fetches from
                TMDB.
              </>
            ),
          },
          {
            name: "format",
            meaning: (
              <>
                <code>csv</code>: one row per role or job, after a header row
                (kind, department, person_id, name, order, credit_id, character,
                job, episode_count, total_episode_count). <code>json</code>: the
                JSON, offered as a file to save.
              </>
            ),
          },
        ]}
      />
      <Examples examples={examples.credits} label="Season credits examples" />

      <h2 id="diff">What changed between two versions</h2>
      <p>
        <code>
          GET /api/tv/{"{series_id}"}/season/{"{season_number}"}/diff
        </code>
      </p>
      <p>
        Compares two stored versions of a season, each chosen as the one in
        force at a moment. It reads only what castlog stored and never fetches
        from TMDB. The answer names the season (<code>seriesId</code>,{" "}
        <code>seriesName</code>, <code>seasonNumber</code>,{" "}
        <code>language</code>), the two versions (<code>from</code> and{" "}
        <code>to</code>, each with <code>fetchedAt</code>,{" "}
        <code>castCount</code>, <code>crewCount</code>; <code>from</code> is
        null before the first version, when everyone joined), a one-line{" "}
        <code>summary</code>, and <code>changes</code>, a list for each kind:{" "}
        {diffKinds.map((kind, i) => (
          <span key={kind}>
            {i > 0 && ", "}
            <code>{kind}</code>
          </span>
        ))}
        .
      </p>
      <Parameters
        caption="Parameters of the diff"
        parameters={[
          {
            name: "to",
            meaning: <>A moment: {moment}. Default: the latest version.</>,
          },
          {
            name: "from",
            meaning: (
              <>
                A moment, no later than <code>to</code>. Default: the version
                before the one <code>to</code> chose.
              </>
            ),
          },
          language,
          {
            name: "format",
            meaning: (
              <>
                <code>csv</code>: one row per role, job or field that changed.{" "}
                <code>json</code>: the JSON, offered as a file to save.
              </>
            ),
          },
        ]}
      />
      <Examples examples={examples.diff} label="Diff examples" />

      <h2 id="feeds">Atom feeds</h2>
      <p>
        <code>
          /tv/{"{series}"}/season/{"{season_number}"}/feed.xml
        </code>{" "}
        and <code>/tv/{"{series}"}/feed.xml</code>: one entry per stored change,
        newest first, each linking to its diff; <code>language</code> as above.{" "}
        <code>{"{series}"}</code> is the canonical <code>id-slug</code>; the
        bare id is redirected there (308). Readers may cache them for five
        minutes. Errors are plain text: 400 for a malformed language, 404 for a
        season or series castlog has not stored. Signed in, the dashboard offers
        a private feed of everything you track.
      </p>
      <Examples examples={examples.feeds} label="Feed examples" />

      <h2 id="statuses">Status codes and errors</h2>
      <StatusCodes />
      <Examples examples={examples.errors} label="Error examples" />

      <h2 id="conditional">Asking only for changes</h2>
      <p>
        Send back the <code>ETag</code> of the last answer; a season that has
        not changed costs an empty 304:
      </p>
      <pre>
        {`curl -i -H 'If-None-Match: "<etag>"' \\\n  '${examples.credits[0]!.url}'`}
      </pre>
    </article>
  );
}
