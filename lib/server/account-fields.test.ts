import { describe, expect, it } from "vitest";
import { TEXT_LIMITS } from "@/lib/limits";
import { checkEmailLength, checkedDisplayName, checkImageLength, displayName } from "./account-fields";

describe("display names as better-auth stores them", () => {
  it("keeps a normal name, trimmed", () => {
    expect(displayName("  Jürgen Groß ")).toEqual({ name: "Jürgen Groß" });
  });

  it("drops bidi controls, so the name reads as it is stored", () => {
    expect(displayName("\u202Eevil\u202C")).toEqual({ name: "evil" });
    expect(displayName("Anna \u2067Schmidt\u2069")).toEqual({ name: "Anna Schmidt" });
  });

  it("refuses names over the limit, empty after cleaning, with control characters, or not text", () => {
    expect(displayName("x".repeat(TEXT_LIMITS.displayName))).toEqual({ name: "x".repeat(TEXT_LIMITS.displayName) });
    expect(displayName("x".repeat(TEXT_LIMITS.displayName + 1))).toEqual({ problem: "NAME_TOO_LONG" });
    expect(displayName("\u202E \u202C")).toEqual({ problem: "NAME_REQUIRED" });
    expect(displayName("Lern\u0000erin")).toEqual({ problem: "NAME_INVALID" });
    expect(displayName(42)).toEqual({ problem: "NAME_INVALID" });
  });

  it("answers a refused name with better-auth's 400 and the problem as its code", () => {
    expect(() => checkedDisplayName("x".repeat(1_000_000))).toThrow(
      expect.objectContaining({ statusCode: 400, body: expect.objectContaining({ code: "NAME_TOO_LONG" }) }),
    );
    expect(checkedDisplayName("Lena")).toBe("Lena");
  });

  it("refuses a picture URL over the limit", () => {
    expect(() => checkImageLength("x".repeat(TEXT_LIMITS.imageUrl + 1))).toThrow(
      expect.objectContaining({ statusCode: 400 }),
    );
    expect(() => checkImageLength(null)).not.toThrow();
  });

  it("refuses an email over 254 characters", () => {
    expect(() => checkEmailLength(`${"a".repeat(250)}@x.de`)).toThrow(expect.objectContaining({ statusCode: 400 }));
    expect(() => checkEmailLength("lena@example.test")).not.toThrow();
  });
});
