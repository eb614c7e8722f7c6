import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { pageMetadata } from "@/app/components/page-metadata";
import { ProfileImage } from "@/app/components/profile-image";
import "@/app/styles/person.css";
import { getPerson, getPersonHistory, type PersonHistory } from "@/lib/people";
import { defaultLanguage, tmdbPersonUrl } from "@/lib/urls";
import { CoworkerList } from "./coworker-list";
import { PersonJsonLd } from "./person-json-ld";
import {
  parsePersonRoute,
  personHref,
  type PersonPageProps,
} from "./route-params";
import { SeriesCredits } from "./series-credits";

export async function generateMetadata(
  props: PersonPageProps,
): Promise<Metadata> {
  const route = await parsePersonRoute(props);
  const person = route && (await getPerson(route.personId));
  if (!route || !person) return {};

  return pageMetadata({
    title: `${person.name}: TV credits`,
    description:
      `Every TV season castlog has stored with ${person.name} in the ` +
      "cast or crew: characters, jobs, episode counts, when they were " +
      "first and last credited, and who they worked with most.",
    path: personHref(person.id, route.language),
    // A page showing a notice about its own address is not for listing.
    index: route.ignored.length === 0,
  });
}

const seasonCount = (n: number) => `${n} season${n === 1 ? "" : "s"}`;

function Summary({ history }: { history: PersonHistory }) {
  const seasons = history.series.reduce((n, s) => n + s.seasons.length, 0);
  const others = history.languages.filter((l) => l !== history.language);

  return (
    <>
      <p className="meta">
        {seasons === 0
          ? `No credits stored in the ${history.language} history.`
          : `Credited in ${seasonCount(seasons)} of ` +
            `${history.series.length} series castlog has stored ` +
            `(${history.language} history).`}
      </p>
      {others.length > 0 && (
        <p className="languages">
          Also stored in:{" "}
          {others.map((language, i) => (
            <span key={language}>
              {i > 0 && ", "}
              <Link href={personHref(history.person.id, language)}>
                {language}
              </Link>
            </span>
          ))}
        </p>
      )}
    </>
  );
}

export default async function PersonPage(props: PersonPageProps) {
  const route = await parsePersonRoute(props);
  if (!route) notFound();

  const history = await getPersonHistory(route.personId, route.language);
  if (!history) notFound();
  const { person } = history;

  return (
    <article className="person-page">
      <PersonJsonLd person={person} />
      <header className="person-header">
        <ProfileImage name={person.name} path={person.profilePath} />
        <div>
          <h1>{person.name}</h1>
          <p>
            <a href={tmdbPersonUrl(person.id)}>{person.name} on TMDB</a>
          </p>
        </div>
      </header>
      {route.ignored.includes("language") && (
        <p className="notice" role="status">
          The language parameter was not understood (it should look like en or
          en-US), so this page shows the {defaultLanguage} history.
        </p>
      )}
      <Summary history={history} />
      <SeriesCredits series={history.series} language={history.language} />
      {history.series.length > 0 && (
        <section aria-labelledby="coworkers">
          <h2 id="coworkers">Worked with them in two or more seasons</h2>
          <CoworkerList
            coworkers={history.coworkers}
            language={history.language}
          />
        </section>
      )}
    </article>
  );
}
