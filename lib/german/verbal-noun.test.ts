import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";
import { gerund } from "./verbal-noun";

describe("the -ing form of an English verb gloss", () => {
  it.each([
    ["to tidy up", "tidying up"],
    ["to make", "making"],
    ["to see", "seeing"],
    ["to lie", "lying"],
    ["to stop", "stopping"],
    ["to run out of", "running out of"],
    ["to open", "opening"],
    ["to visit", "visiting"],
    ["to fix", "fixing"],
    ["to play", "playing"],
    ["to enter", "entering"],
    ["to be", "being"],
  ])("%s → %s", (gloss, ing) => {
    expect(gerund(gloss)).toBe(ing);
  });

  it("leaves a gloss that is no infinitive", () => {
    expect(gerund("tidy")).toBeUndefined();
  });
});

describe("a verb used as a noun that the dictionary does not list", () => {
  it("is a neuter noun with the verb's meanings as -ing forms", () => {
    const card = word(analyse("Wer beim Aufräumen mithelfen möchte, meldet sich."), "Aufräumen");
    expect(card).toMatchObject({ lemma: "Aufräumen", pos: "noun", gender: "n", known: true });
    expect(card.glosses.every((g) => /ing\b/.test(g))).toBe(true);
    expect(word(analyse("Das Betreten der Baustelle ist verboten."), "Betreten")).toMatchObject({ gender: "n" });
  });

  it("wins over a compound guessed from pieces (Eins·Teig + en)", () => {
    expect(word(analyse("Schon beim Einsteigen fällt das Cockpit auf."), "Einsteigen")).toMatchObject({
      lemma: "Einsteigen",
      pos: "noun",
      gender: "n",
    });
    expect(word(analyse("Schon beim Einsteigen fällt das Cockpit auf."), "Einsteigen").parts).toBeUndefined();
  });

  it("has a stem of two letters too (üben)", () => {
    expect(word(analyse("Kühlen Sie das Gelenk nach dem Üben mit einem Tuch."), "Üben")).toMatchObject({
      lemma: "Üben",
      pos: "noun",
      gender: "n",
      known: true,
    });
  });

  it("takes its genitive in -s", () => {
    expect(word(analyse("Die Kosten des Aufräumens trägt der Verein."), "Aufräumens")).toMatchObject({
      lemma: "Aufräumen",
      gender: "n",
    });
  });
});

describe("a capitalised infinitive coordinated with a verb used as a noun", () => {
  it.each([
    ["Laufen und Kämpfen hat heute gestimmt.", "Kämpfen"],
    ["Schwimmen oder Wünschen hilft nicht.", "Wünschen"],
  ])("%s: %s is the verb used as a noun, not another noun's plural", (sentence, text) => {
    expect(word(analyse(sentence), text)).toMatchObject({ pos: "noun", lemma: text, gender: "n" });
  });

  it.each([
    // Beside a common noun, or after a plural article, the plural stays.
    ["Pflanzen und Tiere brauchen Wasser.", "Pflanzen", "Pflanze"],
    ["In den Kämpfen und Schlachten starben viele.", "Kämpfen", "Kampf"],
  ])("%s: %s stays %s", (sentence, text, lemma) => {
    expect(word(analyse(sentence), text).lemma).toBe(lemma);
  });

  it.each([
    ["Rudern ist gesund.", "Rudern"],
    ["Töpfern für Einsteiger", "Töpfern"],
  ])(
    "%s: opening the sentence, %s is the verb used as a noun, no dative plural with nothing to govern it",
    (s, text) => {
      expect(word(analyse(s), text)).toMatchObject({ pos: "noun", lemma: text, gender: "n" });
    },
  );

  it.each([
    // A nominative plural too, or a command before Sie.
    ["Angeln sind teuer.", "Angeln", "Angel", "noun"],
    ["Löffeln Sie die Suppe.", "Löffeln", "löffeln", "verb"],
  ])("%s: %s stays %s", (sentence, text, lemma, pos) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma, pos });
  });
});
