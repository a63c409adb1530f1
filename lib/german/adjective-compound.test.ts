import { describe, expect, it } from "vitest";
import { adjectiveCompound } from "./adjective-compound";
import { getLexicon } from "./lexicon";
import { analyse, word } from "./test-helpers";

const lex = getLexicon();

describe("adjectives of a noun and a productive head", () => {
  it.each([
    ["autofrei", "car-free"],
    ["fahrradfreundlich", "bicycle-friendly"],
    // A noun of more than one English word takes a phrase, after its linking -s.
    ["verkehrsarm", "low in road traffic"],
  ])("%s: %s", (lower, gloss) => {
    expect(adjectiveCompound(lex, lower)?.gloss).toBe(gloss);
  });

  it("shows the parts on the card, as a noun compound does", () => {
    expect(word(analyse("Die Innenstadt ist autofrei."), "autofrei")).toMatchObject({
      lemma: "autofrei",
      pos: "adj",
      glosses: ["car-free"],
      parts: [
        { text: "auto", lemma: "Auto", gloss: "car" },
        { text: "frei", lemma: "frei", gloss: "free" },
      ],
    });
  });

  it("takes an uninflected one the dictionary and the full-form data lack for that adjective", () => {
    // rauchfrei was "other" with no gloss after "ist"; its inflected form rauchfreies was already the adjective.
    expect(word(analyse("Das Restaurant ist rauchfrei."), "rauchfrei")).toMatchObject({
      lemma: "rauchfrei",
      pos: "adj",
      glosses: ["smoke-free"],
    });
  });

  it("leaves the dictionary's own adjectives and words of no noun alone", () => {
    expect(word(analyse("Der Urlaub war stressfrei."), "stressfrei").glosses[0]).toBe("stress-free");
    expect(adjectiveCompound(lex, "frei")).toBeUndefined();
    expect(adjectiveCompound(lex, "xyzfrei")).toBeUndefined();
  });
});
