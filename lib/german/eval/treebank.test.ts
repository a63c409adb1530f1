import { describe, expect, it } from "vitest";
import { getLexicon } from "../lexicon";
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

  it("counts the conjunction where the treebank's fine tag says comparison or infinitive conjunction, not ADP's", () => {
    expect(posMatches("conj", "ADP", "als", "_", "KOKOM")).toBe(true);
    expect(posMatches("conj", "ADP", "um", "_", "KOUI")).toBe(true);
    expect(posMatches("conj", "ADP", "als", "_", "APPR")).toBe(false);
  });

  it("counts a word of a multi-word name by its own lemma, not by a neighbour's", () => {
    expect(lemmaMatches(engine("Müntefering", "Franz Müntefering"), gold("Müntefering", "Müntefering", "PROPN"))).toBe(
      true,
    );
    expect(lemmaMatches(engine("nehme", "in Kauf nehmen"), gold("nehme", "nehmen", "VERB"))).toBe(true);
    expect(lemmaMatches(engine("Herrn", "Herrn Comey"), gold("Herrn", "Herr", "NOUN"))).toBe(false);
  });

  it("counts the reformed spelling of the treebank's old-spelling lemma, not a Swiss ss for a current ß", () => {
    const lex = getLexicon();
    expect(lemmaMatches(engine("daß", "dass"), gold("daß", "daß", "SCONJ"), lex)).toBe(true);
    expect(lemmaMatches(engine("Flusses", "Fluss"), gold("Flusses", "Fluß", "NOUN"), lex)).toBe(true);
    expect(lemmaMatches(engine("Spass", "Spass"), gold("Spass", "Spaß", "NOUN"), lex)).toBe(false);
  });

  it("counts an adjectival participle for the treebank's verb, and the infinitive for a form it left as it stands", () => {
    const lex = getLexicon();
    const adj = (text: string, lemma: string) => ({ ...engine(text, lemma), pos: "adj" }) as WordAnalysis;
    expect(lemmaMatches(adj("begeistert", "begeistert"), gold("begeistert", "begeistern", "ADJ"), lex)).toBe(true);
    const verb = (text: string, lemma: string) => ({ ...engine(text, lemma), pos: "verb" }) as WordAnalysis;
    expect(lemmaMatches(verb("getränkt", "tränken"), gold("getränkt", "getränkt", "VERB"), lex)).toBe(true);
    expect(lemmaMatches(verb("umzubenennen", "umbenennen"), gold("umzubenennen", "umzubenennen", "VERB"), lex)).toBe(
      true,
    );
    // Where the part of speech is wrong the lemma is too: the adjective bekannt is no form of bekennen.
    expect(lemmaMatches(verb("bekannt", "bekennen"), gold("bekannt", "bekannt", "ADV"), lex)).toBe(false);
    expect(lemmaMatches(adj("bestellt", "bestellt"), gold("bestellt", "bestellen", "VERB"), lex)).toBe(false);
    expect(lemmaMatches(engine("loben", "loben"), gold("loben", "lieben", "VERB"), lex)).toBe(false);
  });

  it("counts another form of a determiner's paradigm and an ordinal with its -e", () => {
    expect(lemmaMatches(engine("dies", "dies"), gold("dies", "dieser", "DET"))).toBe(true);
    expect(lemmaMatches(engine("anderen", "andere"), gold("anderen", "anderer", "DET"))).toBe(true);
    expect(lemmaMatches(engine("alles", "alles"), gold("alles", "alle", "PRON"))).toBe(true);
    expect(lemmaMatches(engine("den", "den"), gold("den", "der", "DET"))).toBe(false);
    expect(lemmaMatches({ ...engine("ersten", "erste"), pos: "num" }, gold("ersten", "erst", "ADJ"))).toBe(true);
    expect(lemmaMatches({ ...engine("Rechten", "Rechte"), pos: "noun" }, gold("Rechten", "Recht", "NOUN"))).toBe(false);
  });
});
