// How a role or job reads on the season page. Each entry's line is one
// string, so that a large crew costs one text node per entry.

const episodes = (n: number) => `${n} episode${n === 1 ? "" : "s"}`;

export const describeEpisodeTotal = (n: number) => `${episodes(n)} in all`;

export const describeRole = (role: {
  character: string;
  episodeCount: number;
}) => `${role.character || "Uncredited role"} · ${episodes(role.episodeCount)}`;

export const describeJob = (job: { job: string; episodeCount: number }) =>
  `${job.job || "Crew"} · ${episodes(job.episodeCount)}`;

/** All of an entry's roles or jobs on one line, for the compact rows. */
export const joinLines = (lines: string[]) => lines.join("; ");
