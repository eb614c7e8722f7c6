import { PersonWithTmdbLink } from "@/app/components/person-with-tmdb-link";

/** A table row's header: the person, linked to castlog and to TMDB. */
export function PersonRowHeader(props: {
  person: { personId: number; name: string };
}) {
  return (
    <th scope="row">
      <PersonWithTmdbLink
        personId={props.person.personId}
        name={props.person.name}
      />
    </th>
  );
}
