import { XMLParser, XMLValidator } from "fast-xml-parser";

// Checks a document against the parts of Atom 1.0 (RFC 4287) that readers
// rely on: well-formed XML in the Atom namespace, a feed with id, title,
// updated, an author and self/alternate links, and entries with id,
// title, updated, an alternate link and a summary or content.

export type AtomLink = { rel: string; href: string; type?: string };

export type ParsedEntry = {
  id: string;
  title: string;
  updated: string;
  links: AtomLink[];
  summary?: string;
  content?: string;
};

export type ParsedFeed = {
  id: string;
  title: string;
  updated: string;
  authorName?: string;
  links: AtomLink[];
  entries: ParsedEntry[];
};

type Node = Record<string, unknown>;

const text = (value: unknown): string =>
  typeof value === "object" && value !== null
    ? String((value as Node)["#text"] ?? "")
    : String(value ?? "");

const list = (value: unknown): Node[] =>
  value === undefined
    ? []
    : ((Array.isArray(value) ? value : [value]) as Node[]);

const links = (node: Node): AtomLink[] =>
  list(node.link).map((link) => ({
    rel: String(link["@_rel"] ?? "alternate"),
    href: String(link["@_href"] ?? ""),
    type: link["@_type"] as string | undefined,
  }));

// RFC 3339 date-time, as Atom's updated elements must be.
const dateTime =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const isIri = (value: string) => /^[a-z][a-z0-9+.-]*:\S+$/i.test(value);

/** The feed, parsed, and every way it falls short of Atom 1.0. */
export function parseAtom(xml: string): {
  feed: ParsedFeed | null;
  problems: string[];
} {
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) {
    return { feed: null, problems: [`not well-formed: ${wellFormed.err.msg}`] };
  }

  const parser = new XMLParser({ ignoreAttributes: false });
  const root = (parser.parse(xml) as Node).feed as Node | undefined;
  if (!root) return { feed: null, problems: ["no feed element"] };
  const problems: string[] = [];
  const need = (ok: boolean, problem: string) => ok || problems.push(problem);

  need(
    root["@_xmlns"] === "http://www.w3.org/2005/Atom",
    "not Atom's namespace",
  );
  const feed: ParsedFeed = {
    id: text(root.id),
    title: text(root.title),
    updated: text(root.updated),
    authorName: list(root.author)[0]
      ? text(list(root.author)[0]!.name)
      : undefined,
    links: links(root),
    entries: list(root.entry).map((entry) => ({
      id: text(entry.id),
      title: text(entry.title),
      updated: text(entry.updated),
      links: links(entry),
      summary: entry.summary === undefined ? undefined : text(entry.summary),
      content: entry.content === undefined ? undefined : text(entry.content),
    })),
  };

  need(isIri(feed.id), "feed id is not an IRI");
  need(feed.title !== "", "feed has no title");
  need(dateTime.test(feed.updated), "feed updated is not a date-time");
  need(Boolean(feed.authorName), "feed has no author name");
  need(
    feed.links.some((l) => l.rel === "self"),
    "feed has no self link",
  );
  need(
    feed.links.some((l) => l.rel === "alternate"),
    "feed has no alternate link",
  );
  const ids = new Set<string>();
  for (const entry of feed.entries) {
    need(isIri(entry.id), `entry id ${entry.id} is not an IRI`);
    need(!ids.has(entry.id), `entry id ${entry.id} is repeated`);
    ids.add(entry.id);
    need(entry.title !== "", `entry ${entry.id} has no title`);
    need(dateTime.test(entry.updated), `entry ${entry.id} updated is bad`);
    need(
      entry.links.some((l) => l.rel === "alternate" && /^https?:/.test(l.href)),
      `entry ${entry.id} has no absolute alternate link`,
    );
    need(
      entry.summary !== undefined || entry.content !== undefined,
      `entry ${entry.id} has neither summary nor content`,
    );
  }
  return { feed, problems };
}
