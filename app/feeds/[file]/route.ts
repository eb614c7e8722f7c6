import { getUserFeed } from "@/lib/tracking";

type Context = { params: Promise<{ file: string }> };

// Every address that opens no feed gets this same answer, so the answer
// never tells whether some user exists.
const notFound = () =>
  new Response("Not found\n", {
    status: 404,
    headers: {
      "content-type": "text/plain; charset=utf-8",
      "cache-control": "private, no-store",
    },
  });

/** A user's private Atom feed, at /feeds/{feed key}.xml. */
export async function GET(_request: Request, { params }: Context) {
  const match = /^(.+)\.xml$/.exec((await params).file);
  const feed = match ? await getUserFeed(match[1]!) : null;
  if (!feed) return notFound();

  return new Response(feed, {
    headers: {
      "content-type": "application/atom+xml; charset=utf-8",
      // The address is a secret and the feed one user's: no shared cache
      // may keep it, and no search engine list it.
      "cache-control": "private, no-cache",
      "x-robots-tag": "noindex",
      "referrer-policy": "no-referrer",
    },
  });
}
