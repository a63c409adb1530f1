import { describe, expect, it } from "vitest";
import { englishKey, englishWords, splitEnglishSentences } from "./english";

describe("englishKey", () => {
  it.each([
    ["announced", "announce"],
    ["announces", "announcing"],
    ["networks", "network"],
    ["stood", "stand"],
    ["has", "have"],
    ["withdrew", "withdraw"],
    ["children", "child"],
    ["organised", "organize"],
    ["Company's", "company"],
  ])("%s and %s share a key", (a, b) => {
    expect(englishKey(a)).toBe(englishKey(b));
  });

  it("keeps different words apart", () => {
    expect(englishKey("mainland")).not.toBe(englishKey("land"));
    expect(englishKey("wheel")).not.toBe(englishKey("bicycle"));
  });
});

describe("englishWords", () => {
  it("gives each word its sentence and offsets, hyphenated words as parts", () => {
    const words = englishWords(["It grew.", "A bus-network."]);
    expect(words.map((w) => [w.text, w.sentence, w.start, w.end])).toEqual([
      ["It", 0, 0, 2],
      ["grew", 0, 3, 7],
      ["A", 1, 0, 1],
      ["bus", 1, 2, 5],
      ["network", 1, 6, 13],
    ]);
    expect(words[1]?.key).toBe(englishKey("grow"));
  });
});

describe("splitEnglishSentences", () => {
  it("splits sentences but not after titles and initials", () => {
    expect(splitEnglishSentences("Mr. Smith met Dr. Jones in the U.S. on Monday. They talked.")).toEqual([
      "Mr. Smith met Dr. Jones in the U.S. on Monday.",
      "They talked.",
    ]);
  });
});
