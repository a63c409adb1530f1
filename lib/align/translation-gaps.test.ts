import { describe, expect, it } from "vitest";
import { englishWords } from "./english";
import { gapLinks, gapNouns } from "./translation-gaps";

const texts = (sentence: string, taken: number[] = []) => {
  const english = englishWords([sentence]);
  return gapNouns(english, new Set(taken)).map((g) => g.words.map((i) => english[i]?.text).join(" "));
};

describe("English nouns left over", () => {
  it("are the heads of noun phrases a determiner or a preposition opens", () => {
    expect(texts("The shoes are a size too small.", [1, 5])).toEqual(["size"]);
    expect(texts("On average eight hundred visitors come.", [4])).toEqual(["average"]);
  });

  it("keep the leftover words before the head and leave out taken ones", () => {
    // "over" and "cooker" taken by Herd; "extractor hood" is one meaning.
    expect(texts("The extractor hood over the cooker is broken.", [5])).toEqual(["extractor hood"]);
    expect(texts("I bought a cinnamon swirl.", [1, 3])).toEqual(["swirl"]);
  });

  it("are no verb forms, adverbs or names", () => {
    expect(texts("The cashier saw that the fifty was a counterfeit.", [1])).toEqual(["counterfeit"]);
    expect(texts("They finally arrived in Berlin.")).toEqual([]);
  });
});

describe("German nouns and leftover English nouns", () => {
  it("pair nearest place first, each English noun once; a competitor takes its own", () => {
    const gaps = [
      { words: [1], place: 0.1 },
      { words: [8], place: 0.9 },
    ];
    const links = gapLinks(
      [
        { candidate: 0, place: 0.15, receiving: false },
        { candidate: 1, place: 0.8, receiving: true },
        { candidate: 2, place: 0.2, receiving: true },
      ],
      gaps,
    );
    expect(links).toEqual([{ candidate: 1, gap: gaps[1] }]);
  });

  it("leave a noun without a leftover English noun near its place alone", () => {
    expect(gapLinks([{ candidate: 0, place: 0, receiving: true }], [{ words: [9], place: 1 }])).toEqual([]);
  });
});

describe("complex prepositions", () => {
  it("are no nouns left over: 'in front of'", () => {
    expect(texts("A crowd gathered in front of the town hall.", [1, 7, 8])).toEqual([]);
  });
});
