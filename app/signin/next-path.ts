import { z } from "zod";

// Only paths on this site: "//evil.example" and "/\evil" would leave it.
const localPath = z
  .string()
  .regex(/^\/(?![/\\])[\w\-./?=&%]*$/)
  .max(300);

/** Where to go after signing in: a local path, else the dashboard. */
export function safeNextPath(value: unknown): string {
  const parsed = localPath.safeParse(value);
  return parsed.success ? parsed.data : "/dashboard";
}
