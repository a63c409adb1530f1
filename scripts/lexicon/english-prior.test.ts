import { describe, expect, it } from "vitest";
import { englishPrior, englishRanks, glossRarity } from "./english-prior";

// Ranks as the frequency lists give them: "coat" common, "sheathing" in neither list.
const ranks = englishRanks([
  ["the", "make", "place", "coat", "collect"],
  ["place", "employment", "position"],
]);

describe("englishRanks", () => {
  it("keeps each word's best place over the lists", () => {
    expect(ranks.get("place")).toBe(1);
    expect(ranks.get("position")).toBe(3);
  });
});

describe("glossRarity", () => {
  it("rates a gloss of everyday words 0 and one with a word in neither list high", () => {
    expect(glossRarity("coat", ranks)).toBe(0);
    expect(glossRarity("sheathing", ranks)).toBeGreaterThan(6);
  });

  it("ignores a gloss's frame (to, sth., an article, a bracket) but counts its further words", () => {
    expect(glossRarity("to collect sth. (from sb.)", ranks)).toBe(0);
    expect(glossRarity("position of employment", ranks)).toBeCloseTo(0.3);
  });
});

describe("englishPrior", () => {
  it("puts the sense that shows everyday English before one with rare English", () => {
    expect(englishPrior(["coat"], ranks)).toBe(-0);
    expect(englishPrior(["sheathing", "coat"], ranks)).toBeLessThan(-1.5);
    expect(englishPrior(["to scavenge"], ranks)).toBeLessThan(englishPrior(["to collect", "to gather"], ranks));
  });
});
