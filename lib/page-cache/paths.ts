// Addresses of season pages and of their cached renders. A cached render
// lives under its key, so a new render never meets an old one: nothing
// has to be purged from Next's cache, old keys simply stop being asked for.

const seasonPage = /^\/tv\/[^/]+\/season\/[^/]+$/;
const cachedPrefix = "/cached/";

export function isSeasonPage(pathname: string): boolean {
  return seasonPage.test(pathname);
}

export function isCachedPagePath(pathname: string): boolean {
  return pathname.startsWith(cachedPrefix);
}

export function cachedSeasonPath(key: number, pathname: string): string {
  return `${cachedPrefix}${key}${pathname}`;
}
