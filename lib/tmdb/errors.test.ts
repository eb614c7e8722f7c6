import { describe, expect, it } from "vitest";
import { backoffMs, maxBackoffMs, parseRetryAfter } from "./backoff";
import { errorFromResponse, formatIssuePath } from "./errors";

describe("errorFromResponse", () => {
  it.each([
    [404, { status_code: 34, status_message: "Not found" }, "not_found"],
    [404, "", "not_found"],
    [
      401,
      { success: false, status_code: 7, status_message: "" },
      "unauthorized",
    ],
    [
      401,
      { success: false, status_code: 35, status_message: "" },
      "unauthorized",
    ],
    [401, "", "unauthorized"],
    [429, { status_code: 25, status_message: "Slow down" }, "rate_limited"],
    [500, "oops", "unavailable"],
    [503, { status_code: 46, status_message: "Maintenance" }, "unavailable"],
    [
      400,
      { status_code: 22, status_message: "Invalid page" },
      "invalid_response",
    ],
  ])("maps HTTP %i with body %j to %s", (status, body, kind) => {
    const text = typeof body === "string" ? body : JSON.stringify(body);

    const error = errorFromResponse(status, text);

    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
  });

  it("lets TMDB's status code win over the HTTP status", () => {
    const body = JSON.stringify({ status_code: 34, status_message: "Gone" });

    expect(errorFromResponse(400, body).kind).toBe("not_found");
  });

  it("rounds the requested wait up to whole seconds", () => {
    expect(errorFromResponse(429, "", 1.2).retryAfterSeconds).toBe(2);
  });
});

describe("formatIssuePath", () => {
  it("writes array indexes in brackets and keys after dots", () => {
    expect(formatIssuePath(["cast", 3, "roles", 0, "episode_count"])).toBe(
      "cast[3].roles[0].episode_count",
    );
  });

  it("names the root when the whole body is wrong", () => {
    expect(formatIssuePath([])).toBe("(root)");
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2025-01-01T00:00:00Z");

  it("reads a number of seconds", () => {
    expect(parseRetryAfter("3", now)).toBe(3);
  });

  it("reads an HTTP date as the time left until it", () => {
    expect(parseRetryAfter("Wed, 01 Jan 2025 00:00:05 GMT", now)).toBe(5);
  });

  it("treats a date in the past as no wait", () => {
    expect(parseRetryAfter("Tue, 31 Dec 2024 23:00:00 GMT", now)).toBe(0);
  });

  it("ignores a missing or unreadable header", () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter("-1", now)).toBeUndefined();
  });
});

describe("backoffMs", () => {
  it("doubles with each retry, within a randomised upper half", () => {
    expect(backoffMs(1, 100, () => 0)).toBe(50);
    expect(backoffMs(1, 100, () => 1)).toBe(100);
    expect(backoffMs(3, 100, () => 1)).toBe(400);
  });

  it("never exceeds the cap", () => {
    expect(backoffMs(30, 250, () => 1)).toBe(maxBackoffMs);
  });
});
