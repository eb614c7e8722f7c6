// Turns one person's stored credit versions into what their page shows:
// per season, the entries (the cast, or one crew department) as their
// newest version has them, and which snapshots bound their time there.
// Pure, so the rules are tested without a database.

export type CreditVersion = {
  seasonId: number;
  kind: "cast" | "crew";
  department: string;
  position: number;
  fromSnapshotId: number;
  toSnapshotId: number | null;
  totalEpisodeCount: number | null;
  jobs: {
    character: string | null;
    job: string | null;
    episodeCount: number | null;
  }[];
};

/** A character (cast) or a job (crew) with its episode count. */
export type SeasonRole = { title: string | null; episodeCount: number | null };

export type SeasonEntry = {
  kind: "cast" | "crew";
  /** The crew department; empty for cast. */
  department: string;
  roles: SeasonRole[];
  totalEpisodeCount: number | null;
  /** False when a later fetch no longer lists this entry. */
  current: boolean;
};

export type SeasonSpan = {
  seasonId: number;
  /** Cast first, then crew departments in the order TMDB lists them. */
  entries: SeasonEntry[];
  /** The snapshot the person's first version in the season appeared in. */
  firstSnapshotId: number;
  /** The snapshot that closed their last version; null while credited. */
  closingSnapshotId: number | null;
};

// Snapshot ids grow with every ingest of a season, so a larger id is a
// later version.
const isNewer = (a: CreditVersion, b: CreditVersion) =>
  a.toSnapshotId === null ||
  (b.toSnapshotId !== null &&
    (a.toSnapshotId > b.toSnapshotId ||
      (a.toSnapshotId === b.toSnapshotId &&
        a.fromSnapshotId > b.fromSnapshotId)));

function toEntry(version: CreditVersion): SeasonEntry {
  return {
    kind: version.kind,
    department: version.department,
    roles: version.jobs.map((job) => ({
      title: version.kind === "cast" ? job.character : job.job,
      episodeCount: job.episodeCount,
    })),
    totalEpisodeCount: version.totalEpisodeCount,
    current: version.toSnapshotId === null,
  };
}

/** The newest version of each entry (cast, or a crew department). */
function newestPerEntry(versions: CreditVersion[]): CreditVersion[] {
  const newest = new Map<string, CreditVersion>();
  for (const version of versions) {
    const key = `${version.kind}|${version.department}`;
    const held = newest.get(key);
    if (!held || isNewer(version, held)) newest.set(key, version);
  }

  return [...newest.values()].sort(
    (a, b) =>
      Number(a.kind === "crew") - Number(b.kind === "crew") ||
      a.position - b.position,
  );
}

function toSpan(seasonId: number, versions: CreditVersion[]): SeasonSpan {
  const newest = newestPerEntry(versions);
  const closings = versions.map((v) => v.toSnapshotId);
  const credited = closings.includes(null);

  return {
    seasonId,
    entries: newest.map(toEntry),
    firstSnapshotId: Math.min(...versions.map((v) => v.fromSnapshotId)),
    closingSnapshotId: credited ? null : Math.max(...(closings as number[])),
  };
}

/** One span per season the versions belong to, in no particular order. */
export function groupBySeason(versions: CreditVersion[]): SeasonSpan[] {
  const bySeason = new Map<number, CreditVersion[]>();
  for (const version of versions) {
    const list = bySeason.get(version.seasonId) ?? [];
    list.push(version);
    bySeason.set(version.seasonId, list);
  }

  return [...bySeason].map(([seasonId, list]) => toSpan(seasonId, list));
}
