import { describe, expect, it } from "vitest";
import { compareChars } from "./char-compare";

describe("compareChars", () => {
  it("marks nothing when the answer is exact", () => {
    expect(compareChars("der Hund", "der Hund")).toEqual({
      same: true,
      typed: [{ text: "der Hund", kind: "good" }],
      expected: [{ text: "der Hund", kind: "good" }],
    });
  });

  it("marks typed characters that do not belong and expected ones that were missed", () => {
    expect(compareChars("Maedchen", "Mädchen")).toEqual({
      same: false,
      typed: [
        { text: "M", kind: "good" },
        { text: "ae", kind: "bad" },
        { text: "dchen", kind: "good" },
      ],
      expected: [
        { text: "M", kind: "good" },
        { text: "ä", kind: "missing" },
        { text: "dchen", kind: "good" },
      ],
    });
    expect(compareChars("die hund", "der Hund")).toEqual({
      same: false,
      typed: [
        { text: "d", kind: "good" },
        { text: "i", kind: "bad" },
        { text: "e ", kind: "good" },
        { text: "h", kind: "bad" },
        { text: "und", kind: "good" },
      ],
      expected: [
        { text: "de", kind: "good" },
        { text: "r", kind: "missing" },
        { text: " ", kind: "good" },
        { text: "H", kind: "missing" },
        { text: "und", kind: "good" },
      ],
    });
  });

  it("shows the whole answer as missing when nothing was typed", () => {
    expect(compareChars("", "Hund")).toEqual({ same: false, typed: [], expected: [{ text: "Hund", kind: "missing" }] });
  });

  it("reads back both strings from their runs", () => {
    const { typed, expected } = compareChars("Burgerbefragunng", "Bürgerbefragung");
    expect(typed.map((r) => r.text).join("")).toBe("Burgerbefragunng");
    expect(expected.map((r) => r.text).join("")).toBe("Bürgerbefragung");
  });
});
