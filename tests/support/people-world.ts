import type { JsonObject } from "@/lib/credits/fields";
import { deriveSeason, deriveSeriesDetails } from "./derive-season";

// The series and seasons the person page tests store through fetches.

/** People of the seed season the derived seasons share. */
export const people = {
  leeJungJae: 73249,
  leeByungHun: 25002,
  yimSiWan: 1296713,
  wiHaJun: 1557181,
  hwangDongHyuk: 1294471,
  yoonHwangJik: 4532072,
} as const;

/**
 * "Red Light Nights" (series 900300): two seasons sharing people with
 * Squid Game season 2. Season 1 is fetched as `first`, then as `refetched`,
 * where Wi Ha-jun has left and Lee Jung-jae's character was renamed.
 */
export const redLightNights = {
  id: 900300,
  name: "Red Light Nights",
  details: () =>
    deriveSeriesDetails(900300, "Red Light Nights", [
      { seasonNumber: 1, episodes: 8 },
      { seasonNumber: 2, episodes: 6 },
    ]),
  season1: {
    first: () =>
      deriveSeason({
        tmdbId: 9003001,
        cast: [
          { id: people.leeJungJae, character: "Gi-hun", episodes: 8 },
          { id: people.leeByungHun, character: "The Recruiter", episodes: 8 },
          { id: people.wiHaJun, character: "Jun-ho", episodes: 3 },
        ],
        crew: [
          {
            id: people.yoonHwangJik,
            department: "Art",
            job: "Props",
            episodes: 8,
          },
          {
            id: people.hwangDongHyuk,
            department: "Directing",
            job: "Director",
            episodes: 8,
          },
        ],
      }),
    refetched: () => {
      const season = redLightNights.season1.first();
      const cast = season.cast as JsonObject[];
      season.cast = cast.filter((entry) => entry.id !== people.wiHaJun);
      (cast[0]!.roles as JsonObject[])[0]!.character = "Gi-hun / 'No. 456'";
      return season;
    },
  },
  season2: (character = "Gi-hun") =>
    deriveSeason({
      tmdbId: 9003002,
      cast: [
        { id: people.leeJungJae, character, episodes: 6 },
        { id: people.leeByungHun, character: "Front Man", episodes: 5 },
      ],
      crew: [
        {
          id: people.hwangDongHyuk,
          department: "Production",
          job: "Executive Producer",
          episodes: 6,
        },
        {
          id: people.hwangDongHyuk,
          department: "Writing",
          job: "Writer",
          episodes: 6,
        },
      ],
    }),
};

/** People invented for the browser suite, in no other test's data. */
export const invented = {
  hanSeoYeon: { id: 900390, name: "Han Seo-yeon" },
  baeMinHo: { id: 900391, name: "Bae Min-ho" },
  choiAra: { id: 900392, name: "Choi Ara" },
} as const;

const { hanSeoYeon, baeMinHo, choiAra } = invented;

/**
 * Two series for the browser suite. Han Seo-yeon works in three seasons:
 * with Bae Min-ho in two (he leaves the second on a refetch), with Lee
 * Jung-jae in two, and with Choi Ara in one only.
 */
export const browserWorld = {
  midnightGames: {
    id: 900310,
    name: "Midnight Games",
    details: () =>
      deriveSeriesDetails(900310, "Midnight Games", [
        { seasonNumber: 1, episodes: 6 },
        { seasonNumber: 2, episodes: 8 },
      ]),
    season1: () =>
      deriveSeason({
        tmdbId: 9003101,
        cast: [
          { ...hanSeoYeon, character: "Detective Yoon", episodes: 6 },
          { ...baeMinHo, character: "The Host", episodes: 6 },
          { id: people.leeJungJae, character: "Gi-hun", episodes: 6 },
        ],
        crew: [
          { ...choiAra, department: "Writing", job: "Writer", episodes: 6 },
        ],
      }),
    season2: (withBae = true) =>
      deriveSeason({
        tmdbId: 9003102,
        cast: [
          { ...hanSeoYeon, character: "Detective Yoon", episodes: 8 },
          ...(withBae
            ? [{ ...baeMinHo, character: "The Host", episodes: 4 }]
            : []),
        ],
        crew: [],
      }),
  },
  harbourLights: {
    id: 900311,
    name: "Harbour Lights",
    details: () =>
      deriveSeriesDetails(900311, "Harbour Lights", [
        { seasonNumber: 1, episodes: 10 },
      ]),
    season1: () =>
      deriveSeason({
        tmdbId: 9003111,
        cast: [{ id: people.leeJungJae, character: "Captain", episodes: 10 }],
        crew: [
          {
            ...hanSeoYeon,
            department: "Directing",
            job: "Director",
            episodes: 10,
          },
        ],
      }),
  },
};
