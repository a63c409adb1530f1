import { describe, expect, it } from "vitest";
import { anySenseSynonyms, englishSynonyms, isEnglishWord } from "./english-synonyms";

const texts = (phrase: string, verb: boolean) => englishSynonyms(phrase, verb).map((s) => s.text);

describe("englishSynonyms", () => {
  it("finds words that share a frequent sense, in both directions", () => {
    expect(texts("film", false)).toContain("movie");
    expect(texts("movie", false)).toContain("film");
    expect(texts("holiday", false)).toEqual(["vacation"]);
    expect(texts("buy", true)).toContain("purchase");
  });

  it("keeps a verb's synonyms apart from a noun's", () => {
    expect(texts("autumn", false)).toContain("fall");
    expect(texts("autumn", true)).toEqual([]);
  });

  it("makes no synonym of a sense rare for either word", () => {
    // "strike" and "hit" share a synset, but not among the two most frequent senses of both.
    expect(texts("strike", true)).not.toContain("hit");
    expect(texts("run", true)).not.toContain("operate");
  });

  it("ranks a synonym by the rarer of the two senses", () => {
    const film = englishSynonyms("film", false);
    expect(film.find((s) => s.text === "movie")?.rank).toBe(0);
    expect(film.find((s) => s.text === "cinema")?.rank).toBe(1);
  });
});

describe("isEnglishWord", () => {
  it("knows English words, not fragments", () => {
    expect(isEnglishWord("water")).toBe(true);
    expect(isEnglishWord("wat")).toBe(false);
  });
});

describe("anySenseSynonyms", () => {
  it("finds synonyms through rarer senses too, ranked by the two senses' places", () => {
    expect(texts("hand", true)).not.toContain("pass");
    const hand = anySenseSynonyms("hand", true);
    expect(hand.map((s) => s.text)).toContain("pass");
    expect(anySenseSynonyms("prove", true).map((s) => s.text)).toContain("rise");
    const ranks = hand.map((s) => s.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(anySenseSynonyms("film", false).find((s) => s.text === "movie")?.rank).toBe(0);
  });
});
