import { describe, expect, it } from "vitest";
import { draft } from "./draft";
import { getLexicon } from "./lexicon";
import { englishPlural, pluralHeadGloss } from "./plural-head";
import type { Draft } from "./sentence-context";
import { analyse, word } from "./test-helpers";

describe("englishPlural", () => {
  it.each([
    ["good", "goods"],
    ["small business", "small businesses"],
    ["city", "cities"],
    ["day", "days"],
    ["tax", "taxes"],
    ["match", "matches"],
  ])("%s → %s", (singular, plural) => {
    expect(englishPlural(singular)).toBe(plural);
  });

  it("leaves a gloss that does not end in a word alone", () => {
    expect(englishPlural("sth.")).toBeUndefined();
  });
});

describe("a plural compound whose head's English has a plural of its own", () => {
  it.each([
    ["Die USA setzten Alibaba auf die Liste der Märkte für Piraterie-Güter.", "Piraterie-Güter", "piracy goods"],
    ["Die Polizei fand die Piraterie-Güter im Hafen.", "Piraterie-Güter", "piracy goods"],
    ["Sie handeln mit Piraterie-Gütern.", "Piraterie-Gütern", "piracy goods"],
    // A closed compound the dictionary lacks, in the dative plural.
    ["Der Zoll fand Kisten mit Schmuggelgütern.", "Schmuggelgütern", "smuggling goods"],
  ])("%s: %s is %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses).toEqual([gloss]);
  });

  it("keeps the singular for the singular", () => {
    expect(word(analyse("Das Piraterie-Gut lag im Hafen."), "Piraterie-Gut").glosses).toEqual(["piracy good"]);
  });

  it("keeps the lemma's gloss for a head whose plural is only the plural (US-Firmen: US company)", () => {
    expect(word(analyse("Viele US-Firmen verkaufen dort."), "US-Firmen").glosses).toEqual(["US company"]);
  });
});

/** A composed compound on Mittel, whose plural is its singular and whose senses include "mean" and "means". */
function mittelDraft(aligned: string[]): Draft {
  const d = draft("Reisemittel", "Reisemittel", "noun", undefined, true);
  d.composed = true;
  d.a.glosses = ["travel mean"];
  d.a.parts = [
    { text: "Reise", lemma: "Reise", gloss: "travel" },
    { text: "mittel", lemma: "Mittel", gloss: "mean" },
  ];
  d.a.form = { singular: ["nom", "dat", "acc"], plural: ["nom", "gen", "dat", "acc"] };
  d.choice = { aligned: aligned.map((text) => ({ text, sentence: 0, start: 0, end: text.length })) };
  return d;
}

describe("a head that may be singular or plural", () => {
  it("takes the plural when the translation has it", () => {
    const d = mittelDraft(["means"]);
    pluralHeadGloss(getLexicon(), d);
    expect(d.a.glosses).toEqual(["travel means"]);
  });

  it("keeps the singular without that evidence", () => {
    const d = mittelDraft([]);
    pluralHeadGloss(getLexicon(), d);
    expect(d.a.glosses).toEqual(["travel mean"]);
  });

  it("leaves a dictionary word's own gloss alone", () => {
    const d = mittelDraft(["means"]);
    delete d.composed;
    pluralHeadGloss(getLexicon(), d);
    expect(d.a.glosses).toEqual(["travel mean"]);
  });
});
