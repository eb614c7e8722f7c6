/** The short column heading of a season. */
export const seasonShortLabel = (n: number) => (n === 0 ? "Sp." : `S${n}`);

export const episodesText = (n: number) =>
  `${n.toLocaleString("en")} episode${n === 1 ? "" : "s"}`;

/** "specials", "season 2", "seasons 1, 2 and 4", "specials and season 3". */
export function seasonsText(seasons: number[]): string {
  const numbered = seasons.filter((n) => n > 0);
  const parts = seasons.includes(0) ? ["specials"] : [];
  if (numbered.length === 1) parts.push(`season ${numbered[0]}`);
  if (numbered.length > 1) {
    const last = numbered.at(-1);
    parts.push(`seasons ${numbered.slice(0, -1).join(", ")} and ${last}`);
  }
  return parts.join(" and ");
}
