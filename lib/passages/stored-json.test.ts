import { describe, expect, it } from "vitest";
import { parseKeyVocabulary, parseStoredTokens } from "./stored-json";

const hund = { text: "Hund", lemma: "Hund", pos: "noun", gender: "m", glosses: ["dog"], band: "A1", known: true };

describe("stored JSON", () => {
  it("reads tokens as stored, keeping fields a newer engine added", () => {
    const tokens = [
      { text: "Der", start: 0, type: "word" },
      { text: "Hund", start: 4, type: "word", analysis: { ...hund, sense: 2 } },
      {
        text: "ging",
        start: 9,
        type: "word",
        analysis: {
          ...hund,
          text: "ging",
          lemma: "gehen",
          pos: "verb",
          principalParts: { past: "ging", participle: "gegangen", auxiliary: "sein" },
          form: { kinds: ["past"] },
        },
      },
    ];
    expect(parseStoredTokens(tokens)).toEqual(tokens);
  });

  it("checks the grammar a card shows", () => {
    const withGrammar = (grammar: object) => [
      { text: "Hund", start: 0, type: "word", analysis: { ...hund, ...grammar } },
    ];
    expect(parseStoredTokens(withGrammar({ weak: { genitive: "Hundes" } }))).toHaveLength(1);
    expect(parseStoredTokens(withGrammar({ weak: true }))).toEqual([]);
    expect(parseStoredTokens(withGrammar({ form: { kinds: ["pluperfect"] } }))).toEqual([]);
    expect(parseStoredTokens(withGrammar({ principalParts: { past: "ging" } }))).toEqual([]);
  });

  it("reads a malformed row as no tokens instead of passing the wrong shape on", () => {
    expect(parseStoredTokens([{ text: "Hund", start: "4", type: "word" }])).toEqual([]);
    expect(parseStoredTokens({ not: "an array" })).toEqual([]);
    expect(
      parseStoredTokens([{ text: "Hund", start: 0, type: "word", analysis: { ...hund, pos: "noun-ish" } }]),
    ).toEqual([]);
  });

  it("reads key vocabulary per level, and null or garbage as none", () => {
    const b1 = [
      {
        lemma: "Hund",
        pos: "noun",
        glosses: ["dog"],
        band: "A1",
        count: 2,
        first: { paragraph: 0, sentence: 0, token: 1 },
      },
    ];
    expect(parseKeyVocabulary({ B1: b1 })).toEqual({ B1: b1 });
    expect(parseKeyVocabulary(null)).toEqual({});
    expect(parseKeyVocabulary([1, 2])).toEqual({});
    expect(parseKeyVocabulary({ B1: [{ lemma: 3 }] })).toEqual({});
  });
});
