import {
  onlyPeople,
  seasonFixture,
  seedSeason,
  seriesDetails,
  withCastMember,
  withCharacter,
  withCrewMember,
  withEpisodes,
  withoutPeople,
  type Season,
} from "./season-builders";

// Two test series whose seasons differ in scripted ways, and who of the
// recorded Squid Game season appears where. The matrix, comparison and
// overlap tests (integration and browser) read their expectations here.

/** People of the recorded season the scripts refer to. */
export const people = {
  leeJungJae: 73249,
  leeByungHun: 25002,
  kangHaNeul: 1257899,
  parkGyuYoung: 1983073,
  joYuRi: 2359937,
  yangDongGeun: 1297749,
  yoonHwangJik: 4532072,
  hwangDongHyuk: 1294471,
  namNaYoung: 79570,
  jungJaeIl: 2127965,
  // Not in the recorded season.
  seoMinJi: 900250,
  ahnJiHo: 900251,
} as const;

export type SeriesScript = {
  id: number;
  name: string;
  seasons: Record<number, Season>;
};

/**
 * Specials with two people; season 1 without two of the recorded cast, a
 * longer part for the lead and a shorter one for another; season 2 as
 * recorded; season 3 with two people gone, a newcomer, one longer part,
 * and the creator also in the cast.
 *
 * Episodes per season (0, 1, 2, 3) and in all: Lee Jung-jae 1 9 7 6 = 23;
 * Hwang Dong-hyuk 1 7 7 6 = 21 (cast 1 and crew 6 in season 3); most of
 * the others - 7 7 7 = 21; Park Gyu-young - - 7 8 = 15; Jo Yu-ri
 * - - 7 7 = 14; Nam Na-young - 7 7 - = 14; Kang Ha-neul - 2 7 - = 9;
 * Seo Min-ji - - - 6 = 6. 40 people in all, 39 of them in season 2.
 */
export function firstSeries(id: number): SeriesScript {
  const seed = (n: number) => seedSeason(id * 10 + n);

  let specials = onlyPeople(seed(0), [people.leeJungJae, people.hwangDongHyuk]);
  specials = withEpisodes(specials, people.leeJungJae, 1);
  specials = withEpisodes(specials, people.hwangDongHyuk, 1);

  let first = withoutPeople(seed(1), [people.parkGyuYoung, people.joYuRi]);
  first = withEpisodes(first, people.leeJungJae, 9);
  first = withEpisodes(first, people.kangHaNeul, 2);

  let third = withoutPeople(seed(3), [people.kangHaNeul, people.namNaYoung]);
  third = withEpisodes(third, people.leeJungJae, 6);
  third = withEpisodes(third, people.hwangDongHyuk, 6);
  third = withEpisodes(third, people.parkGyuYoung, 8);
  third = withCastMember(third, {
    id: people.hwangDongHyuk,
    name: "Hwang Dong-hyuk",
    character: "Man on the Ferry",
    episodes: 1,
  });
  third = withCastMember(third, {
    id: people.seoMinJi,
    name: "Seo Min-ji",
    character: "Recruiter",
    episodes: 6,
  });

  return {
    id,
    name: "Harbour Lights",
    seasons: { 0: specials, 1: first, 2: seed(2), 3: third },
  };
}

/**
 * Two seasons sharing three people with the first series, in other roles,
 * and one person of its own.
 */
export function secondSeries(id: number): SeriesScript {
  const empty: Season = { cast: [], crew: [], id: id * 10 };
  let first = withCastMember(empty, {
    id: people.leeByungHun,
    name: "Lee Byung-hun",
    character: "The Salesman",
    episodes: 8,
  });
  first = withCastMember(first, {
    id: people.ahnJiHo,
    name: "Ahn Ji-ho",
    character: "Deckhand",
    episodes: 8,
  });
  first = withCrewMember(first, {
    id: people.hwangDongHyuk,
    name: "Hwang Dong-hyuk",
    department: "Directing",
    job: "Director",
    episodes: 8,
  });
  first = withCrewMember(first, {
    id: people.hwangDongHyuk,
    name: "Hwang Dong-hyuk",
    department: "Writing",
    job: "Writer",
    episodes: 8,
  });
  first = withCrewMember(first, {
    id: people.jungJaeIl,
    name: "Jung Jae-il",
    department: "Sound",
    job: "Original Music Composer",
    episodes: 8,
  });
  const second = withCharacter(
    withEpisodes(
      onlyPeople(first, [people.leeByungHun, people.ahnJiHo]),
      people.leeByungHun,
      5,
    ),
    people.ahnJiHo,
    "First Mate",
  );

  return { id, name: "Night Ferry", seasons: { 1: first, 2: second } };
}

type Write = (relative: string, body: unknown) => void;

/** Writes the series details and every season of a script as fixtures. */
export function writeSeries(write: Write, script: SeriesScript): void {
  const numbers = Object.keys(script.seasons).map(Number);
  write(`tv/${script.id}`, seriesDetails(script.id, script.name, numbers));
  for (const n of numbers) {
    write(seasonFixture(script.id, n), script.seasons[n]);
  }
}
