import { describe, expect, it } from "vitest";
import { safeNextPath } from "./next-path";

describe("safeNextPath", () => {
  it.each([
    ["/en/vocabulary", "/en/vocabulary"],
    ["/de/read/abc?x=1#p-3", "/de/read/abc?x=1#p-3"],
    ["/vocabulary", "/en/vocabulary"],
    ["/", "/en"],
    ["/read/abc?x=1", "/en/read/abc?x=1"],
  ])("keeps the same-site path %s", (raw, expected) => {
    expect(safeNextPath(raw, "en")).toBe(expected);
  });

  it.each([
    undefined,
    null,
    42,
    ["/en"],
    "",
    "vocabulary",
    "//evil.com",
    "//evil.com/en",
    "/\\evil.com",
    "\\\\evil.com",
    "/\t/evil.com",
    "https://evil.com/en",
    "http://localhost:3000/en",
    "javascript:alert(1)",
    "/api/auth/sign-out",
    "/en/sign-in?next=/en",
    "/de/sign-up",
    "/sign-in",
    `/${"a".repeat(3000)}`,
  ])("falls back to the locale home for %j", (raw) => {
    expect(safeNextPath(raw, "de")).toBe("/de");
  });
});
