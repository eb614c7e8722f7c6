import type { FakeTmdb } from "../fake-tmdb/server";
import { creditsPath, type SoakSeason, type SoakWorld } from "./seasons";

type FaultInput = Parameters<FakeTmdb["addFault"]>[0];

/** One stretch of the run: what TMDB does wrong while it lasts. */
export type FaultPhase = {
  name: string;
  /** The faults for one stored season's credits, the `index`-th of them. */
  faults: (season: SoakSeason, index: number) => FaultInput[];
};

/**
 * A fault for the season, with a body drifted from its current version
 * (well-formed JSON that breaks the schema).
 */
function drifted(season: SoakSeason, index: number): FaultInput {
  const { crew: _crew, ...withoutCrew } = season.current;
  const wrongType = {
    ...season.current,
    cast: season.current.cast.map((entry) => ({
      ...entry,
      roles: "several",
    })),
  };
  // An id that does not fit TMDB's 32-bit ids is as wrong as a string.
  const hugeId = { ...season.current, id: 2 ** 31 };
  const body = [withoutCrew, wrongType, hugeId][index % 3];
  season.badBodies.add(JSON.stringify(body));
  return { path: creditsPath(season), body };
}

/** The phases in turn, then all of them mixed, then calm again. */
export function faultPhases(timeoutMs: number): FaultPhase[] {
  const at = (season: SoakSeason) => creditsPath(season);
  const basic: FaultPhase[] = [
    {
      name: "timeouts",
      faults: (s) => [{ path: at(s), delayMs: timeoutMs + 500 }],
    },
    {
      name: "5xx",
      faults: (s, i) => [{ path: at(s), status: [500, 502, 503][i % 3] }],
    },
    {
      name: "429",
      faults: (s, i) => [
        i % 2 === 0
          ? { path: at(s), status: 429, retryAfter: 1 }
          : { path: at(s), status: 429 },
      ],
    },
    {
      name: "broken JSON",
      faults: (s, i) => [
        { path: at(s), body: i % 2 === 0 ? "malformed" : "truncated" },
      ],
    },
    {
      name: "drifted schema",
      faults: (s, i) => [drifted(s, i)],
    },
    {
      name: "slow bodies",
      faults: (s, i) => [
        { path: at(s), slowBodyMs: i % 2 === 0 ? 400 : timeoutMs * 2 },
      ],
    },
  ];

  // Mixed: each season gets a short queue of every kind, in its own order,
  // each used a few times before the next.
  const mixed: FaultPhase = {
    name: "mixed",
    faults: (season, index) =>
      basic
        .map((_, k) => basic[(k + index) % basic.length]!)
        .flatMap((phase) => phase.faults(season, index + 1))
        .map((fault) => ({ ...fault, times: 2 })),
  };

  return [{ name: "calm", faults: () => [] }, ...basic, mixed];
}

/**
 * Starts a phase: drops the previous one's faults and queues this one's
 * on every stored season's credits and, in turn, on the series details.
 */
export function applyPhase(
  fake: FakeTmdb,
  world: SoakWorld,
  phase: FaultPhase,
): void {
  fake.clearFaults();

  const stored = world.seasons.filter((season) => season.stored);
  stored.forEach((season, index) => {
    for (const fault of phase.faults(season, index)) fake.addFault(fault);
  });

  // Series details fail with a plain 503 in every faulty phase: pages
  // then keep the stored name.
  if (phase.name === "calm") return;
  for (const seriesId of world.seriesIds) {
    fake.addFault({ path: `/3/tv/${seriesId}`, status: 503, times: 3 });
  }
}
