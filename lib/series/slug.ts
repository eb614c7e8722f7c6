/**
 * The URL slug for a series name: lower case ASCII words joined by hyphens,
 * accents dropped. Empty when the name has no Latin letters or digits (the
 * canonical URL then carries the bare id).
 */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

/** The `{id}-{slug}` path segment, or the bare id when there is no slug. */
export function seriesSegment(series: { id: number; slug: string }): string {
  return series.slug ? `${series.id}-${series.slug}` : String(series.id);
}
