import Link from "next/link";
import { personPath, tmdbPersonUrl } from "@/lib/urls";

/**
 * A person's name linking to their castlog page, then a small link to
 * their TMDB page labelled with the name, for lists short enough to
 * afford next/link (a season's full credits use PersonLinks instead).
 */
export function PersonWithTmdbLink(props: {
  personId: number;
  name: string;
  nameClass?: string;
}) {
  return (
    <>
      <Link href={personPath(props.personId)} className={props.nameClass}>
        {props.name}
      </Link>{" "}
      <a
        className="tmdb"
        href={tmdbPersonUrl(props.personId)}
        aria-label={`${props.name} on TMDB`}
      >
        TMDB
      </a>
    </>
  );
}
