import { describe, expect, it } from "vitest";
import { isCrossSiteWrite } from "./same-origin";

const headers = (values: Record<string, string>) => new Headers(values);

describe("cross-site writes", () => {
  it("lets reads through whatever their origin", () => {
    expect(
      isCrossSiteWrite("GET", headers({ origin: "https://evil.example" })),
    ).toBe(false);
  });

  it("refuses a POST from another origin", () => {
    const request = headers({
      origin: "https://evil.example",
      host: "castlog.example",
    });

    expect(isCrossSiteWrite("POST", request)).toBe(true);
  });

  it("accepts a POST from the site itself", () => {
    const request = headers({
      origin: "https://castlog.example",
      host: "castlog.example",
    });

    expect(isCrossSiteWrite("POST", request)).toBe(false);
  });

  it("refuses what the browser itself marks cross-site, or a null origin", () => {
    expect(
      isCrossSiteWrite("POST", headers({ "sec-fetch-site": "cross-site" })),
    ).toBe(true);
    expect(
      isCrossSiteWrite("DELETE", headers({ origin: "null", host: "a" })),
    ).toBe(true);
  });

  it("leaves programs without browser headers to other checks", () => {
    expect(isCrossSiteWrite("POST", headers({ host: "castlog.example" }))).toBe(
      false,
    );
  });
});
