// Atom 1.0 (RFC 4287) documents from plain data. Every text is escaped
// here; callers pass unescaped strings.

export type AtomEntry = {
  /** A permanent IRI: the same entry keeps it in every later version. */
  id: string;
  title: string;
  updated: Date;
  /** Absolute URL of the page the entry is about. */
  link: string;
  summary: string;
  /** HTML, carried escaped as type="html" content. */
  contentHtml: string;
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle: string;
  updated: Date;
  author: { name: string; uri: string };
  /** Absolute URL of the feed itself. */
  selfUrl: string;
  /** Absolute URL of the page the feed follows. */
  alternateUrl: string;
  entries: AtomEntry[];
};

// Characters XML 1.0 cannot carry at all, even escaped.
const forbidden = new RegExp(
  [
    "[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]",
    // Halves of surrogate pairs that lost their other half.
    "[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])",
    "(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]",
  ].join("|"),
  "g",
);

/** Text safe inside an XML element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(forbidden, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const element = (name: string, text: string, attributes = "") =>
  `<${name}${attributes}>${escapeXml(text)}</${name}>`;

const link = (rel: string, type: string, href: string) =>
  `<link rel="${rel}" type="${type}" href="${escapeXml(href)}"/>`;

function renderEntry(entry: AtomEntry): string {
  return [
    "  <entry>",
    `    ${element("id", entry.id)}`,
    `    ${element("title", entry.title, ' type="text"')}`,
    `    ${element("updated", entry.updated.toISOString())}`,
    `    ${link("alternate", "text/html", entry.link)}`,
    `    ${element("summary", entry.summary, ' type="text"')}`,
    `    ${element("content", entry.contentHtml, ' type="html"')}`,
    "  </entry>",
  ].join("\n");
}

/** The feed as an Atom 1.0 XML document. */
export function renderAtom(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  ${element("id", feed.id)}`,
    `  ${element("title", feed.title, ' type="text"')}`,
    `  ${element("subtitle", feed.subtitle, ' type="text"')}`,
    `  ${element("updated", feed.updated.toISOString())}`,
    "  <author>" +
      element("name", feed.author.name) +
      element("uri", feed.author.uri) +
      "</author>",
    `  ${link("self", "application/atom+xml", feed.selfUrl)}`,
    `  ${link("alternate", "text/html", feed.alternateUrl)}`,
    `  ${element("generator", "castlog")}`,
    ...feed.entries.map(renderEntry),
    "</feed>",
    "",
  ].join("\n");
}
