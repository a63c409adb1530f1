import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a genitive in -s before its noun, with no article, is a name's", () => {
  it.each([
    ["Das Orchester spielt Mahlers fünfte Sinfonie.", "Mahlers", "Mahler"],
    ["Bachs Kantaten klingen in der Kirche.", "Bachs", "Bach"],
    ["Wegen Bachs Tod trauerten alle.", "Bachs", "Bach"],
  ])("%s: %s is the name %s", (sentence, text, lemma) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma, pos: "name" });
  });

  it("leaves a common noun's genitive after its article or a noun, and an adverb, alone", () => {
    expect(word(analyse("Des Baches Ufer ist grün."), "Baches")).toMatchObject({ lemma: "Bach", pos: "noun" });
    expect(word(analyse("Am Ende des Monats Zahlung leisten."), "Monats")).toMatchObject({ pos: "noun" });
    expect(word(analyse("Anfang Januars Schnee."), "Januars")).toMatchObject({ pos: "noun" });
    expect(word(analyse("Sonntags Ruhetag."), "Sonntags")).toMatchObject({ pos: "adv" });
    expect(word(analyse("Wir hören Mahler gern."), "Mahler").pos).not.toBe("name");
  });
});
