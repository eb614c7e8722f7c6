import { getEnv } from "./env";

type Level = "debug" | "info" | "warn" | "error";
type Fields = Record<string, unknown>;

const rank: Record<Level | "silent", number> = {
  debug: 10,
  info: 20,
  warn: 30,
  error: 40,
  silent: 99,
};

// Field names that could carry a secret are dropped whatever their value,
// so a careless call site cannot leak a token into the logs.
const secretKey = /token|authorization|cookie|secret|password/i;

function write(level: Level, fields: Fields, message: string): void {
  if (rank[level] < rank[getEnv().LOG_LEVEL]) return;

  const safe = Object.fromEntries(
    Object.entries(fields).filter(([key]) => !secretKey.test(key)),
  );
  const line = JSON.stringify({
    time: new Date().toISOString(),
    level,
    msg: message,
    ...safe,
  });
  (level === "error" || level === "warn"
    ? process.stderr
    : process.stdout
  ).write(`${line}\n`);
}

/** Structured logger: an object of fields first, then a short message. */
export const log = {
  debug: (fields: Fields, message: string) => write("debug", fields, message),
  info: (fields: Fields, message: string) => write("info", fields, message),
  warn: (fields: Fields, message: string) => write("warn", fields, message),
  error: (fields: Fields, message: string) => write("error", fields, message),
};
