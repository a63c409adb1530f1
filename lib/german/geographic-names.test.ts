import { describe, expect, it } from "vitest";
import { dictionaryName, englishPlaceName, placeNoun } from "./geographic-names";
import { createLexicon } from "./lexicon";
import { dingIndexes } from "./lexicon-index";

// Rows in the asset's format (headword, pos, gender, plurals, verb forms, senses, flags), sorted.
const ENTRIES = [
  "Balkan\tm\t\t\t\tgeogr.~Balkan Mountains\t",
  "Balkan\tn\tm\t\t\tgeogr.~the Balkans\t",
  "Bergkette\tn\tf\tBergketten\t\tgeogr.~mountain range;mountain chain\t",
  "Lofoten\tn\t\t\t\tgeogr.~the Lofoten Islands\tp",
  "Matterhorn\tn\tn\t\t\tgeogr.~the Matterhorn\t",
  "Mittelmeerraum\tn\tm\t\t\tgeogr.~the Mediterranean region;the Mediterranean area;the Mediterranean\t",
  "Ruhr\tm\t\t\t\tgeogr.~Ruhr\t",
  "Ruhr\tn\tf\tRuhren\t\tmed.~dysentery\t",
  "Sahel\tn\tm\t\t\tgeogr.~the Sahel||the Sahel Zone\t",
  "Sudetenland\tn\tn\t\t\tgeogr.,pol.~the Sudetenland\t",
  "Tiergarten\tn\tm\tTiergärten\t\tzoological garden;zoo\t",
].join("\n");

const lex = createLexicon({
  ding: { entries: ENTRIES, english: "", ...dingIndexes(ENTRIES) },
  verbs: { verbs: "", forms: "", separables: "" },
  ranks: { wikipedia: [], subtitles: [], firstnames: [], lastnames: [] },
});

describe("English place names", () => {
  it.each(["the Matterhorn", "the Lofoten Islands", "Lake Constance", "Gulf of Mexico", "the Rhine Basin"])(
    "%s is a name",
    (gloss) => expect(englishPlaceName(gloss)).toBe(true),
  );

  it.each(["the Mediterranean region", "Ruhr area", "mountain range", "the Bermuda triangle", "zoo"])(
    "%s is no name",
    (gloss) => expect(englishPlaceName(gloss)).toBe(false),
  );
});

describe("nouns Ding glosses only with a place's English name", () => {
  it.each(["Matterhorn", "Lofoten", "Sudetenland", "Balkan"])("reads %s as a name", (headword) => {
    expect(placeNoun(lex, headword)).toMatchObject({ lemma: headword, pos: "noun" });
    expect(dictionaryName(lex, headword)).toBeDefined();
  });

  it.each([
    // A common noun of geography, or a region whose English is a common noun too.
    "Bergkette",
    "Mittelmeerraum",
    // A sense with no [geogr.] label, even a rarer one kept for the alignment, keeps the word a noun.
    "Sahel",
    "Tiergarten",
    "Unbekannt",
  ])("keeps %s a noun", (headword) => {
    expect(placeNoun(lex, headword)).toBeUndefined();
  });

  it("keeps a word whose other row is a common noun for context to choose, the name row listed still", () => {
    expect(placeNoun(lex, "Ruhr")).toBeUndefined();
    expect(dictionaryName(lex, "Ruhr")).toMatchObject({ pos: "name" });
  });
});
