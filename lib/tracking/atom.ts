// A minimal Atom 1.0 (RFC 4287) writer: the elements the RFC requires of
// a feed (id, title, updated, author, a self link) and of an entry (id,
// title, updated, an alternate link), plus an optional plain-text summary.

export type AtomEntry = {
  /** A permanent IRI: the entry keeps it for good. */
  id: string;
  title: string;
  updated: Date;
  /** Absolute URL of the page the entry is about. */
  link: string;
  summary?: string;
};

export type AtomFeed = {
  id: string;
  title: string;
  updated: Date;
  authorName: string;
  /** Absolute URL of the feed itself. */
  selfUrl: string;
  /** Absolute URL of the page the feed mirrors. */
  alternateUrl: string;
  entries: AtomEntry[];
};

// Characters XML 1.0 cannot carry even escaped: most C0 controls and
// unpaired surrogates.
const unrepresentable =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe in XML content and in double-quoted attributes. */
export function escapeXml(text: string): string {
  return text
    .replace(unrepresentable, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

const text = (name: string, value: string) =>
  `<${name}>${escapeXml(value)}</${name}>`;

const link = (rel: string, type: string, href: string) =>
  `<link rel="${rel}" type="${type}" href="${escapeXml(href)}"/>`;

function writeEntry(entry: AtomEntry): string {
  return [
    "<entry>",
    text("id", entry.id),
    text("title", entry.title),
    text("updated", entry.updated.toISOString()),
    link("alternate", "text/html", entry.link),
    entry.summary === undefined ? "" : text("summary", entry.summary),
    "</entry>",
  ].join("");
}

/** The feed as an Atom 1.0 document, entries in the order given. */
export function writeAtomFeed(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    text("id", feed.id),
    text("title", feed.title),
    text("updated", feed.updated.toISOString()),
    `<author>${text("name", feed.authorName)}</author>`,
    link("self", "application/atom+xml", feed.selfUrl),
    link("alternate", "text/html", feed.alternateUrl),
    ...feed.entries.map(writeEntry),
    "</feed>",
    "",
  ].join("\n");
}
