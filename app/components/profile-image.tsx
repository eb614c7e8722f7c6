/* eslint-disable @next/next/no-img-element --
   TMDB's CDN already serves these sizes; proxying them through Next's
   image optimiser would only add a hop. */

const cdn = "https://image.tmdb.org/t/p";

// TMDB's profile sizes and their widths (h632 is 632 high, so 421 wide).
const srcSet = (path: string) =>
  `${cdn}/w45${path} 45w, ${cdn}/w185${path} 185w, ${cdn}/h632${path} 421w`;

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
    .join("");
}

/** A 64×96 portrait from TMDB's CDN, or initials when it has none. */
export function ProfileImage(props: { name: string; path: string | null }) {
  if (!props.path) {
    return (
      <span className="placeholder" role="img" aria-label={props.name}>
        {initials(props.name)}
      </span>
    );
  }

  return (
    <img
      src={`${cdn}/w185${props.path}`}
      srcSet={srcSet(props.path)}
      sizes="64px"
      width={64}
      height={96}
      loading="lazy"
      decoding="async"
      alt={props.name}
    />
  );
}
