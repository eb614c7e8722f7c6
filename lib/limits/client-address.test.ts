import { describe, expect, it } from "vitest";
import { addressBucket, clientAddress, unknownAddress } from "./client-address";

const forwardedFor = (value: string) =>
  new Headers({ "x-forwarded-for": value });

describe("clientAddress", () => {
  it("ignores X-Forwarded-For unless the proxy is trusted", () => {
    const headers = forwardedFor("203.0.113.7");

    expect(clientAddress(headers, false)).toBe(unknownAddress);
    expect(clientAddress(headers, true)).toBe("203.0.113.7");
  });

  it("takes the entry the trusted proxy wrote, not the sender's", () => {
    const headers = forwardedFor("10.9.9.9, 198.51.100.4 ,203.0.113.7");

    expect(clientAddress(headers, true)).toBe("203.0.113.7");
  });

  it("falls back to the shared allowance without a usable entry", () => {
    expect(clientAddress(new Headers(), true)).toBe(unknownAddress);
    expect(clientAddress(forwardedFor("unknown"), true)).toBe(unknownAddress);
  });
});

describe("addressBucket", () => {
  it.each([
    ["203.0.113.7", "203.0.113.7"],
    ["203.0.113.7:4711", "203.0.113.7"],
    ["::ffff:203.0.113.7", "203.0.113.7"],
    ["2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"],
    ["[2001:db8:1:2::99]:443", "2001:db8:1:2::/64"],
    ["2001:DB8::1", "2001:db8:0:0::/64"],
    ["fe80::1%eth0", "fe80:0:0:0::/64"],
    ["::1", "0:0:0:0::/64"],
  ])("counts %s as %s", (entry, bucket) => {
    expect(addressBucket(entry)).toBe(bucket);
  });

  it("counts every address of one IPv6 /64 together", () => {
    expect(addressBucket("2001:db8:a:b::1")).toBe(
      addressBucket("2001:db8:a:b:ffff:ffff:ffff:ffff"),
    );
  });

  it("refuses what is not an address", () => {
    expect(addressBucket("")).toBeNull();
    expect(addressBucket("example.com")).toBeNull();
    expect(addressBucket("999.1.1.1")).toBeNull();
  });
});
