import { JsonLd } from "@/app/components/json-ld";
import { getEnv } from "@/lib/env";
import type { PersonRef } from "@/lib/people";
import { buildPersonJsonLd } from "@/lib/seo";

/** The person as schema.org data, linked to their TMDB page. */
export function PersonJsonLd({ person }: { person: PersonRef }) {
  const structured = buildPersonJsonLd({
    siteUrl: getEnv().SITE_URL,
    person,
  });
  return <JsonLd data={structured} />;
}
