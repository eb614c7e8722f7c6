import "server-only";
import { getDb } from "../db";
import { readExampleSeason } from "./example-season";

export type { ExampleSeason } from "./example-season";

export async function getExampleSeason() {
  return readExampleSeason(await getDb());
}
