import { describe, expect, it } from "vitest";
import { LIBRARY_LIMITS, limitReached } from "./limits";

const none = { textsToday: 0, charsToday: 0, textsKept: 0 };

describe("limitReached", () => {
  it("lets a first text in", () => {
    expect(limitReached(none, 1_000)).toBeNull();
  });

  it("stops at the number of texts per day", () => {
    expect(limitReached({ ...none, textsToday: LIBRARY_LIMITS.textsPerDay - 1 }, 10)).toBeNull();
    expect(limitReached({ ...none, textsToday: LIBRARY_LIMITS.textsPerDay }, 10)).toBe("texts_per_day");
  });

  it("counts the new text's characters against the daily total", () => {
    const almost = { ...none, charsToday: LIBRARY_LIMITS.charsPerDay - 100 };
    expect(limitReached(almost, 100)).toBeNull();
    expect(limitReached(almost, 101)).toBe("chars_per_day");
  });

  it("reports a full library before the daily limits", () => {
    expect(limitReached({ textsToday: 99, charsToday: 10 ** 9, textsKept: LIBRARY_LIMITS.textsKept }, 1)).toBe(
      "texts_kept",
    );
  });
});
