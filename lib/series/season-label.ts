/** How castlog names a season: "Specials" for season 0, else "Season n". */
export const seasonLabel = (n: number) =>
  n === 0 ? "Specials" : `Season ${n}`;
