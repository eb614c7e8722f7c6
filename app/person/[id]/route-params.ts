import { queryValues } from "@/lib/credits/params";
import { parsePersonQuery, personIdSchema } from "@/lib/people";
import { defaultLanguage, personPath } from "@/lib/urls";

export type PersonPageProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export type PersonRoute = {
  personId: number;
  language: string;
  /** Query parameters that were malformed and fell back to defaults. */
  ignored: string[];
};

/** The page's parameters, or null when the person id is malformed. */
export async function parsePersonRoute(
  props: PersonPageProps,
): Promise<PersonRoute | null> {
  const params = await props.params;
  const id = personIdSchema.safeParse(params.id);
  if (!id.success) return null;

  const query = parsePersonQuery(queryValues(await props.searchParams));
  return { personId: id.data, ...query };
}

/** A person's page in one language's history. */
export function personHref(personId: number, language: string): string {
  if (language === defaultLanguage) return personPath(personId);
  return `${personPath(personId)}?${new URLSearchParams({ language })}`;
}
