import type { BrowserContext } from "playwright-core";

// TMDB's image CDN is out of reach here, and broken images would make
// screenshots say nothing about the layout. A neutral silhouette of the
// portraits' 2:3 shape stands in for each one.
const silhouette = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 96">
<rect width="64" height="96" fill="#b8bec6"/>
<circle cx="32" cy="36" r="15" fill="#8e96a1"/>
<path d="M6 96c0-20 12-32 26-32s26 12 26 32z" fill="#8e96a1"/>
</svg>`;

/** Answers every request to TMDB's image CDN with the silhouette. */
export async function servePlaceholderPortraits(context: BrowserContext) {
  await context.route("https://image.tmdb.org/**", (route) =>
    route.fulfill({ contentType: "image/svg+xml", body: silhouette }),
  );
}
