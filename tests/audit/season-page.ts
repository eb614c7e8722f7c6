import { seasonPath } from "../../lib/urls";

/** The page the audit measures: Squid Game, season 2, from the fixtures. */
export const auditedSeasonPath = seasonPath(
  { id: 93405, slug: "squid-game" },
  2,
);
