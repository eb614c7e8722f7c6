import type { SoakWorld } from "./seasons";

/** What a request was for, and so what answer it must get. */
export type TargetKind =
  | "stored season page"
  | "never-stored season page"
  | "stored season api"
  | "never-stored season api"
  | "series page"
  | "person page"
  | "history page";

export type Target = { kind: TargetKind; path: string };

export type LoadTally = {
  served: number;
  /** 5xx answers other than the API's designed 503 for a never-stored one. */
  serverErrors: number;
  stale: number;
  unavailable: number;
  /** Answers of the wrong kind, with an example of each. */
  wrong: Map<string, number>;
};

const staleNotice = "Could not refresh from TMDB";
const unavailablePage = "TMDB is unavailable";

/** Every address the workers pick from. */
export function listTargets(world: SoakWorld): Target[] {
  const targets: Target[] = [];

  for (const season of world.seasons) {
    const { seriesId, seasonNumber, stored } = season;
    const page = `/tv/${seriesId}/season/${seasonNumber}`;
    const api = `/api/tv/${seriesId}/season/${seasonNumber}/aggregate_credits`;
    targets.push(
      stored
        ? { kind: "stored season page", path: page }
        : { kind: "never-stored season page", path: page },
      stored
        ? { kind: "stored season api", path: api }
        : { kind: "never-stored season api", path: api },
    );
    if (stored) targets.push({ kind: "history page", path: `${page}/history` });
  }
  for (const id of world.seriesIds) {
    targets.push({ kind: "series page", path: `/tv/${id}` });
  }
  for (const id of world.personIds.slice(0, 6)) {
    targets.push({ kind: "person page", path: `/person/${id}` });
  }
  return targets;
}

/** Why an answer is not the one the target must get, or null when it is. */
function judge(target: Target, status: number, body: string): string | null {
  const unavailable = body.includes(unavailablePage);
  switch (target.kind) {
    case "stored season page":
      if (status !== 200 || unavailable) return `${status} unavailable`;
      return null;
    case "never-stored season page":
      return status === 200 && unavailable ? null : `${status} not designed`;
    case "stored season api":
      return status === 200 ? null : `${status}`;
    case "never-stored season api":
      return status === 503 ? null : `${status}`;
    default:
      return status === 200 ? null : `${status}`;
  }
}

export function createTally(): LoadTally {
  return {
    served: 0,
    serverErrors: 0,
    stale: 0,
    unavailable: 0,
    wrong: new Map(),
  };
}

async function visit(baseUrl: string, target: Target, tally: LoadTally) {
  let status: number;
  let body: string;
  try {
    const response = await fetch(`${baseUrl}${target.path}`, {
      signal: AbortSignal.timeout(30_000),
    });
    status = response.status;
    body = await response.text();
  } catch (error) {
    const reason = `${target.kind}: no answer (${(error as Error).name})`;
    tally.wrong.set(reason, (tally.wrong.get(reason) ?? 0) + 1);
    return;
  }

  tally.served += 1;
  const designed503 = target.kind === "never-stored season api";
  if (status >= 500 && !(designed503 && status === 503)) {
    tally.serverErrors += 1;
  }
  if (body.includes(staleNotice)) tally.stale += 1;
  if (body.includes(unavailablePage) || designed503) tally.unavailable += 1;

  const wrong = judge(target, status, body);
  if (wrong) {
    const reason = `${target.kind} ${target.path}: ${wrong}`;
    tally.wrong.set(reason, (tally.wrong.get(reason) ?? 0) + 1);
  }
}

/**
 * Runs `workers` loops, each visiting random targets one after another
 * until `stopped()` says so; resolves when every loop has stopped.
 */
export async function driveLoad(options: {
  baseUrl: string;
  targets: Target[];
  workers: number;
  tally: LoadTally;
  stopped: () => boolean;
}): Promise<void> {
  const { baseUrl, targets, tally } = options;
  const loop = async () => {
    while (!options.stopped()) {
      const target = targets[Math.floor(Math.random() * targets.length)]!;
      await visit(baseUrl, target, tally);
    }
  };
  await Promise.all(Array.from({ length: options.workers }, loop));
}
