import type { Metadata } from "next";

type Alternates = NonNullable<Metadata["alternates"]>;

export type PageMetadataInput = {
  /** The page's own title; the layout adds " · castlog" to `<title>`. */
  title: string;
  description: string;
  /** The canonical path, resolved against SITE_URL by the layout. */
  path: string;
  /** Other languages of the same page, by language code (hreflang). */
  languages?: Alternates["languages"];
  /** Feeds and other formats of the page. */
  types?: Alternates["types"];
  /** False for views search engines should not list. */
  index?: boolean;
  /** A page with its own generated picture gets a large Twitter card. */
  largeImage?: boolean;
};

/**
 * A page's title, description, canonical address and the OpenGraph and
 * Twitter tags repeating them, in the one shape every page uses.
 */
export function pageMetadata(input: PageMetadataInput): Metadata {
  const { title, description, path } = input;

  return {
    title,
    description,
    alternates: {
      canonical: path,
      ...(input.languages ? { languages: input.languages } : {}),
      ...(input.types ? { types: input.types } : {}),
    },
    openGraph: {
      type: "website",
      siteName: "castlog",
      title,
      description,
      url: path,
    },
    twitter: {
      card: input.largeImage ? "summary_large_image" : "summary",
      title,
      description,
    },
    ...(input.index === false ? { robots: { index: false } } : {}),
  };
}
