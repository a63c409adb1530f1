import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("unknown words get an honest card", () => {
  const words = analyse("Der Glorbifax schnarzelte gestern laut, und die Mimsel haben geplonkt.");

  it.each([
    ["Glorbifax", "Glorbifax", "noun"],
    ["schnarzelte", "schnarzeln", "verb"],
    ["Mimsel", "Mimsel", "noun"],
    ["geplonkt", "plonken", "verb"],
  ])("%s: lemma guessed as %s (%s), no glosses", (text, lemma, pos) => {
    expect(word(words, text)).toMatchObject({ lemma, pos, known: false, glosses: [], band: "unknown" });
  });

  it("reads an unknown present of an -eln or -ern verb as that verb", () => {
    expect(word(analyse("Er schnurpelt den Reifen."), "schnurpelt")).toMatchObject({
      lemma: "schnurpeln",
      pos: "verb",
      known: false,
    });
  });

  it("knows the words around them", () => {
    expect(word(words, "gestern")).toMatchObject({ known: true, lemma: "gestern" });
    expect(word(words, "laut")).toMatchObject({ known: true, lemma: "laut" });
  });

  it("states gender and plural only where the ending fixes them", () => {
    const w = word(analyse("Die Plonkifizierung der Welt geht weiter."), "Plonkifizierung");
    expect(w).toMatchObject({ known: false, pos: "noun", gender: "f", plural: "Plonkifizierungen", glosses: [] });
  });

  it("reads an unknown noun in -tik, -nik, -rik or -sik as feminine", () => {
    expect(word(analyse("Ich bin Neuling in der Aquaristik."), "Aquaristik")).toMatchObject({
      pos: "noun",
      gender: "f",
      plural: "Aquaristiken",
    });
  });

  it("never gives a compound of unknown parts a gloss", () => {
    const w = word(analyse("Das Zworgelgrummel war laut."), "Zworgelgrummel");
    expect(w.known).toBe(false);
    expect(w.glosses).toEqual([]);
  });
});
