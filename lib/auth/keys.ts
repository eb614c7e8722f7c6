import "server-only";
import { getEnv } from "../env";
import type { TokenKeys } from "./crypto";

/** The token encryption keys from the configuration. */
export function tokenKeys(): TokenKeys {
  const env = getEnv();
  return {
    current: env.TOKEN_ENCRYPTION_KEY,
    previous: env.TOKEN_ENCRYPTION_OLD_KEYS,
  };
}
