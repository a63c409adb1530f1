import { describe, expect, it } from "vitest";
import { formatGlossary, parseGlossary, readGlossaryEntries } from "./glossary";

describe("class glossary text", () => {
  it("reads one pair per line with =, →, -> or a tab, skipping blanks and comments", () => {
    const text =
      "Baumilliardär = property tycoon\n\n# Firmen\nKonzern → group\nStaatsunternehmen -> state-owned company\nHaus\thome\n";
    expect(parseGlossary(text)).toEqual({
      entries: {
        Baumilliardär: "property tycoon",
        Konzern: "group",
        Staatsunternehmen: "state-owned company",
        Haus: "home",
      },
      invalidLines: [],
    });
  });

  it("reports lines that are not pairs, and keeps the last of duplicate terms", () => {
    expect(parseGlossary("Haus\nA = b = c\n= x\nStadt = town\nStadt = city")).toEqual({
      entries: { Stadt: "city" },
      invalidLines: [1, 2, 3],
    });
  });

  it("drops bidi controls from terms, so a term reads as DeepL matches it", () => {
    expect(parseGlossary("\u202EHaus\u202C = \u2067home\u2069").entries).toEqual({ Haus: "home" });
  });

  it("formats back and reads stored JSON defensively", () => {
    expect(formatGlossary({ Haus: "home", Stadt: "town" })).toBe("Haus = home\nStadt = town");
    expect(readGlossaryEntries({ Haus: "home", bad: 3 })).toEqual({ Haus: "home" });
    expect(readGlossaryEntries(["x"])).toEqual({});
    expect(readGlossaryEntries(null)).toEqual({});
  });
});
