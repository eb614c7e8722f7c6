/** How a season is named on castlog's pages; season 0 holds the specials. */
export const seasonLabel = (n: number) =>
  n === 0 ? "Specials" : `Season ${n}`;
