import { isIPv4, isIPv6 } from "node:net";

// Next.js hands server code the request's headers but not its connection,
// and any client can write X-Forwarded-For. Without a proxy that castlog
// trusts to write that header, the address is unknowable, so every such
// request shares this one allowance: a limit for all anonymous visitors
// together rather than a per-address one that a forged header would dodge.
export const unknownAddress = "direct";

/**
 * The address that a request's allowance is counted against. Behind a
 * trusted proxy (TRUST_PROXY=1) it is the last X-Forwarded-For entry, the
 * one that proxy wrote about its own peer; earlier entries were written by
 * whoever sent the request and prove nothing. Otherwise, and when that
 * entry is not an IP address, it is `unknownAddress`.
 */
export function clientAddress(headers: Headers, trustProxy: boolean): string {
  if (!trustProxy) return unknownAddress;

  const entries = headers.get("x-forwarded-for")?.split(",") ?? [];
  const nearest = entries.at(-1)?.trim() ?? "";
  return addressBucket(nearest) ?? unknownAddress;
}

/**
 * IPv4 addresses stand for themselves; IPv6 addresses count by their /64
 * network, since one subscriber usually holds a whole /64 and could
 * otherwise change address at every request. Null when not an address.
 */
export function addressBucket(entry: string): string | null {
  // Some proxies write the port too: "1.2.3.4:567" or "[::1]:567".
  const address = entry
    .replace(/^\[([^\]]+)\](:\d+)?$/, "$1")
    .replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, "$1")
    .replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1")
    .replace(/%.*$/, "");

  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return null;
  return `${networkGroups(address).join(":")}::/64`;
}

/** The first four 16-bit groups of an IPv6 address, without zero padding. */
function networkGroups(address: string): string[] {
  const [head = "", tail] = address.toLowerCase().split("::");
  const groups = (part: string) => (part ? part.split(":") : []);
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  // An IPv4 tail ("::ffff:1.2.3.4") fills two groups.
  const width = [...left, ...right].reduce(
    (sum, group) => sum + (group.includes(".") ? 2 : 1),
    0,
  );

  const zeros = Array<string>(tail === undefined ? 0 : 8 - width).fill("0");
  // An IPv4 tail comes last, so it never falls within the first four.
  return [...left, ...zeros, ...right]
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16));
}
