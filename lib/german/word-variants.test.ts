import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("spelling variants and short forms", () => {
  it.each([
    ["Viele Länder, z. B. Frankreich, kamen.", "z. B.", "zum Beispiel"],
    ["Er kam bzw. sie kam.", "bzw.", "beziehungsweise"],
    ["Äpfel, Birnen usw. waren da.", "usw.", "und so weiter"],
    ["Es kostet 3,5 Mrd. Euro.", "Mrd.", "Milliarde"],
  ])("%s: %s = %s", (sentence, text, lemma) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma, known: true });
  });

  it("reads a name after a title, even one that is also a noun", () => {
    expect(word(analyse("Gestern sprach Dr. Müller im Radio."), "Müller")).toMatchObject({
      pos: "name",
      lemma: "Müller",
    });
  });

  it("reads words with a clitic 's as their base", () => {
    const words = analyse("Vorgestern hat's geregnet.");
    expect(word(words, "hat's")).toMatchObject({ lemma: "haben", pos: "verb" });
  });

  it("reads words in capitals by their ordinary spelling", () => {
    const words = analyse("DIE GROSSE NACHRICHT KAM HEUTE.");
    expect(word(words, "NACHRICHT")).toMatchObject({ lemma: "Nachricht", pos: "noun", gender: "f" });
    expect(word(words, "KAM")).toMatchObject({ lemma: "kommen", pos: "verb" });
    expect(word(words, "GROSSE")).toMatchObject({ lemma: "groß", pos: "adj" });
  });

  it.each([
    ["Das ist eine grosse Freude.", "grosse", "groß", "adj"],
    ["Er hat sich den Kopf gestossen.", "gestossen", "stoßen", "verb"],
    ["Ausserdem regnete es.", "Ausserdem", "außerdem", "adv"],
    // A name stays a name: Strauss is no ostrich.
    ["Gestern dirigierte Strauss das Orchester.", "Strauss", "Strauss", "name"],
  ])("reads Swiss ss for ß where the word is unknown otherwise: %s", (sentence, text, lemma, pos) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma, pos });
  });

  it("keeps abbreviations in capitals: EU, NATO, USA", () => {
    const words = analyse("Die EU und die USA stritten.");
    expect(word(words, "EU")).toMatchObject({ lemma: "EU", gender: "f", known: true });
    expect(word(words, "USA")).toMatchObject({ lemma: "USA", pos: "name" });
  });

  it("completes a truncated compound with the next one's head", () => {
    const w = word(analyse("Import- und Exportzölle steigen."), "Import-");
    expect(w).toMatchObject({ lemma: "Importzoll", pos: "noun", gender: "m" });
  });

  it("reads a sentence-initial bare stem as an imperative", () => {
    expect(word(analyse("Lass uns abwarten, was passiert!"), "Lass")).toMatchObject({ lemma: "lassen", pos: "verb" });
  });
});

describe("finite verb or participle adjective", () => {
  it.each([
    ["Sie arbeitet viel und verdient etwa 2800 Euro.", "verdient", "verdienen", "verb"],
    ["Ökonomen erwarten, dass sich die Lage entspannt.", "entspannt", "entspannen", "verb"],
    ["Das Auto, das vor dem Haus steht, gehört meinem Nachbarn.", "gehört", "gehören", "verb"],
    ["Die Kinder spielten, während die Eltern das Essen vorbereiteten.", "vorbereiteten", "vorbereiten", "verb"],
    ["Besonders betroffen sind Familien.", "betroffen", "betroffen", "adj"],
    ["Er war entspannt.", "entspannt", "entspannt", "adj"],
  ])("%s: %s → %s (%s)", (sentence, text, lemma, pos) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma, pos });
  });
});
