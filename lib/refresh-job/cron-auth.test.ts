import { describe, expect, it } from "vitest";
import { hasCronSecret } from "./cron-auth";

const secret = "a secret of twenty chars";

describe("hasCronSecret", () => {
  it("accepts the secret as a bearer credential", () => {
    expect(hasCronSecret(`Bearer ${secret}`, secret)).toBe(true);
    expect(hasCronSecret(`bearer ${secret}`, secret)).toBe(true);
  });

  it("refuses anything else", () => {
    for (const header of [
      null,
      "",
      secret,
      "Bearer ",
      `Basic ${secret}`,
      `Bearer ${secret.slice(0, -1)}`,
      `Bearer ${secret} `,
      `Bearer ${secret.toUpperCase()}`,
    ]) {
      expect(hasCronSecret(header, secret), String(header)).toBe(false);
    }
  });
});
