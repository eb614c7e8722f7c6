import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_TOKEN } from "./token";

export const bundledFixturesDir = fileURLToPath(
  new URL("./fixtures", import.meta.url),
);

export const season2Path = "/3/tv/93405/season/2/aggregate_credits";

/** GET with the default token unless another (or none) is given. */
export function getTmdb(
  baseUrl: string,
  pathAndQuery: string,
  token: string | null = DEFAULT_TOKEN,
): Promise<Response> {
  const headers: Record<string, string> =
    token === null ? {} : { authorization: `Bearer ${token}` };
  return fetch(`${baseUrl}${pathAndQuery}`, { headers });
}

export type TempFixtures = {
  dir: string;
  /** Writes `<dir>/<relative>`, creating folders. */
  write(relative: string, text: string): Promise<void>;
  /** Writes a file next to the fixtures folder, where no request may reach. */
  writeBeside(name: string, text: string): Promise<void>;
  remove(): Promise<void>;
};

async function writeCreatingFolders(file: string, text: string) {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}

/** A fixtures folder of its own inside a new temporary folder. */
export async function createTempFixtures(): Promise<TempFixtures> {
  const root = await mkdtemp(path.join(os.tmpdir(), "fake-tmdb-"));
  const dir = path.join(root, "fixtures");
  await mkdir(dir);

  return {
    dir,
    write: (relative, text) =>
      writeCreatingFolders(path.join(dir, relative), text),
    writeBeside: (name, text) => writeFile(path.join(root, name), text),
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
