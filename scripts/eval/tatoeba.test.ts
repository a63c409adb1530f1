import { describe, expect, it } from "vitest";
import { glossIsAligned, half, parsePairs } from "./tatoeba";

describe("parsePairs", () => {
  it("reads English and German from each line and skips incomplete ones", () => {
    expect(parsePairs("Hi.\tHallo!\nbroken line\n\nI ran.\tIch rannte.\n")).toEqual([
      { en: "Hi.", de: "Hallo!" },
      { en: "I ran.", de: "Ich rannte." },
    ]);
  });
});

describe("half", () => {
  it("puts every translation of one English sentence in the same half, and splits sentences about evenly", () => {
    expect(half("I see.")).toBe(half("I see."));
    const sentences = Array.from({ length: 1000 }, (_, i) => `Sentence number ${i}.`);
    const development = sentences.filter((s) => half(s) === "development").length;
    expect(development).toBeGreaterThan(400);
    expect(development).toBeLessThan(600);
  });
});

describe("glossIsAligned", () => {
  it("accepts the aligned word as written or inflected", () => {
    expect(glossIsAligned("hat", ["hats"], false)).toBe(true);
    expect(glossIsAligned("to agree with", ["agreed"], true)).toBe(true);
    expect(glossIsAligned("to wake up", ["woke up"], true)).toBe(true);
  });

  it("rejects a gloss reached through another word or a stem", () => {
    expect(glossIsAligned("to call out to", ["called"], true)).toBe(false);
    expect(glossIsAligned("hungriness", ["hungry"], false)).toBe(false);
    expect(glossIsAligned("scare", ["scared"], false)).toBe(false);
  });
});
