import { describe, expect, it } from "vitest";
import { adjectiveDegree, positiveOfComparative } from "./adjective-degree";
import { analyse, word } from "./test-helpers";

describe("adjectiveDegree", () => {
  it.each([
    ["groß", "größten", "superlative"],
    ["alt", "ältesten", "superlative"],
    ["schnell", "schnellste", "superlative"],
    ["gut", "besten", "superlative"],
    ["viel", "meisten", "superlative"],
    ["klein", "kleinere", "comparative"],
    ["jung", "jünger", "comparative"],
    ["hoch", "höher", "comparative"],
    ["gut", "besser", "comparative"],
  ] as const)("%s: %s is the %s", (lemma, surface, degree) => {
    expect(adjectiveDegree(lemma, surface)).toBe(degree);
  });

  it("needs 'als' to call a bare -er form the comparative (ein kleiner Hund)", () => {
    expect(adjectiveDegree("klein", "kleiner")).toBeUndefined();
    expect(adjectiveDegree("klein", "kleiner", "als")).toBe("comparative");
  });

  it("calls a bare -er form last in its sentence the comparative (es wird später.)", () => {
    expect(adjectiveDegree("spät", "später", undefined, true)).toBe("comparative");
    expect(adjectiveDegree("spät", "später", "Gast", false)).toBeUndefined();
  });

  it("leaves the positive alone", () => {
    expect(adjectiveDegree("fest", "feste")).toBeUndefined();
    expect(adjectiveDegree("rot", "roten")).toBeUndefined();
    expect(adjectiveDegree("klein", "klein")).toBeUndefined();
  });
});

describe("irregular comparatives used as adverbs", () => {
  it("names the positive of lieber and besser, nothing for other words", () => {
    expect(positiveOfComparative("lieber")).toBe("gern");
    expect(positiveOfComparative("Besser")).toBe("gut");
    expect(positiveOfComparative("schneller")).toBeUndefined();
  });

  it("gives the adverb lieber the lemma gern in a sentence", () => {
    expect(word(analyse("Ich trinke lieber Tee."), "lieber")).toMatchObject({ pos: "adv", lemma: "gern" });
  });

  it("reads am liebsten as the superlative of gern, liebsten before a noun as lieb's", () => {
    expect(word(analyse("Am liebsten kocht sie Suppe."), "liebsten")).toMatchObject({ pos: "adv", lemma: "gern" });
    expect(word(analyse("Meine liebsten Freunde kommen."), "liebsten")).toMatchObject({ pos: "adj", lemma: "lieb" });
  });
});
