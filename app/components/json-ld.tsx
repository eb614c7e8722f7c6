import { serializeJsonLd } from "@/lib/seo/json-ld";

/** Structured data for search engines, safe whatever names it holds. */
export function JsonLd({ data }: { data: object }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
