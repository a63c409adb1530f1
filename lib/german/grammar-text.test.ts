import { describe, expect, it } from "vitest";
import { adjectivalText, grammarLine, principalPartsText, weakNounText } from "./grammar-text";

describe("grammar written out", () => {
  it("lists principal parts with the perfect's auxiliary", () => {
    expect(principalPartsText("gehen", { past: "ging", participle: "gegangen", auxiliary: "sein" })).toBe(
      "gehen – ging – ist gegangen",
    );
    expect(principalPartsText("empfangen", { present: "empfängt", past: "empfing", participle: "empfangen" })).toBe(
      "empfangen – empfängt – empfing – empfangen",
    );
    expect(principalPartsText("abheben", { past: "hob ab", participle: "abgehoben" }, true)).toBe(
      "sich abheben – hob ab – abgehoben",
    );
  });

  it("declines weak nouns and nominalised adjectives", () => {
    expect(weakNounText("Kollege", "Kollegen")).toBe("der Kollege, den/dem Kollegen, des Kollegen");
    expect(weakNounText("Name", "Namens")).toBe("der Name, den/dem Namen, des Namens");
    expect(adjectivalText("Vorsitzende", "m")).toBe("der Vorsitzende, ein Vorsitzender");
    expect(adjectivalText("Vorsitzende", "f")).toBe("die Vorsitzende, eine Vorsitzende");
  });

  it("makes one line for a saved word, empty without grammar", () => {
    const base = { pos: "verb" as const, glosses: [], band: "B1" as const, known: true };
    expect(grammarLine({ ...base, lemma: "erinnern", reflexive: true })).toBe("sich erinnern");
    expect(grammarLine({ ...base, pos: "noun", lemma: "Student", gender: "m", weak: { genitive: "Studenten" } })).toBe(
      "n-Deklination: der Student, den/dem Studenten, des Studenten",
    );
    expect(grammarLine({ ...base, lemma: "machen" })).toBe("");
  });
});
