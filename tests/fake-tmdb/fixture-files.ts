import { readFile } from "node:fs/promises";
import path from "node:path";

// Language codes only ever become part of a file name; anything else in
// them could reach outside the fixtures folder.
const safeLanguage = /^[A-Za-z0-9_-]{1,35}$/;

const missingFileCodes = new Set(["ENOENT", "ENOTDIR", "EISDIR"]);

/**
 * The fixture's path without ".json", or null when the request path could
 * leave the fixtures folder or names no file.
 */
function locateFixture(fixturesDir: string, rawPath: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (/\.\.|\\|\0/.test(pathname)) return null;

  const relative = pathname.replace(/^\//, "");
  if (relative === "" || relative.endsWith("/")) return null;

  const root = path.resolve(fixturesDir);
  const base = path.resolve(root, relative);

  return base.startsWith(root + path.sep) ? base : null;
}

async function readIfPresent(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    if (missingFileCodes.has(code)) return null;
    throw error;
  }
}

/**
 * Reads the fixture for a request path such as "/3/tv/93405" from disk,
 * every call, preferring the file for the exact language when one exists.
 * Returns null when there is no fixture.
 */
export async function readFixture(
  fixturesDir: string,
  rawPath: string,
  language: string | null,
): Promise<Buffer | null> {
  const base = locateFixture(fixturesDir, rawPath);
  if (base === null) return null;

  if (language !== null && safeLanguage.test(language)) {
    const localized = await readIfPresent(`${base}.${language}.json`);
    if (localized !== null) return localized;
  }

  return readIfPresent(`${base}.json`);
}
