import { personPath, tmdbPersonUrl } from "@/lib/urls";

/**
 * A person's name linking to their castlog page, then a small link to
 * their TMDB page, named by the entry it sits in.
 *
 * Kept as lean as markup allows: a season can list thousands of people,
 * and each byte here is sent twice (as HTML and in the page's payload).
 * So these are plain anchors (next/link would add to the payload and
 * prefetch a person page per name scrolled into view), the TMDB link
 * carries no label of its own, and the styles find it by its place.
 */
export function PersonLinks({ id, name }: { id: number; name: string }) {
  return (
    <div className="name">
      <a href={personPath(id)}>{name}</a> <a href={tmdbPersonUrl(id)}>TMDB</a>
    </div>
  );
}
