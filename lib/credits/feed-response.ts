/** An Atom document as an HTTP answer; readers may cache it briefly. */
export function atomResponse(xml: string): Response {
  return new Response(xml, {
    headers: {
      "content-type": "application/atom+xml; charset=utf-8",
      "cache-control": "public, max-age=300",
    },
  });
}

/** A permanent redirect to a path on this site, keeping the method. */
export function permanentRedirectTo(path: string): Response {
  return new Response(null, { status: 308, headers: { location: path } });
}

/** A plain-text answer for feed readers, which rarely show JSON. */
export function feedError(status: 400 | 404, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}
