import { describe, expect, it } from "vitest";
import type { UdToken } from "../tagger/conllu";
import type { WordAnalysis } from "../types";
import { lemmaMatches, posMatches } from "./treebank";

const gold = (form: string, lemma: string, upos: string): UdToken => ({ form, lemma, upos, feats: "_" });
const engine = (text: string, lemma: string): WordAnalysis => ({ text, lemma }) as WordAnalysis;

describe("treebank scoring conventions", () => {
  it("counts a weekday or month the treebank tags PROPN as the noun the card shows", () => {
    expect(posMatches("noun", "PROPN", "Montag")).toBe(true);
    expect(posMatches("noun", "PROPN", "Juli")).toBe(true);
    expect(posMatches("noun", "PROPN", "Kohl")).toBe(false);
  });

  it("counts alles, allem, dies tagged DET as the pronoun the card shows, and no article", () => {
    expect(posMatches("pron", "DET", "alles")).toBe(true);
    expect(posMatches("pron", "DET", "Dies")).toBe(true);
    expect(posMatches("pron", "DET", "die")).toBe(false);
  });

  it("counts an ordinal, ADJ with NumType=Ord, as the numeral the card shows; no other adjective", () => {
    expect(posMatches("num", "ADJ", "ersten", "Case=Dat|NumType=Ord")).toBe(true);
    expect(posMatches("num", "ADJ", "großen", "Case=Dat|Degree=Pos")).toBe(false);
  });

  it("counts a word of a multi-word name by its own lemma, not by a neighbour's", () => {
    expect(lemmaMatches(engine("Müntefering", "Franz Müntefering"), gold("Müntefering", "Müntefering", "PROPN"))).toBe(
      true,
    );
    expect(lemmaMatches(engine("nehme", "in Kauf nehmen"), gold("nehme", "nehmen", "VERB"))).toBe(true);
    expect(lemmaMatches(engine("Herrn", "Herrn Comey"), gold("Herrn", "Herr", "NOUN"))).toBe(false);
  });
});
