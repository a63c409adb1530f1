import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a reflexive pronoun that belongs to lassen, not to the infinitive it governs", () => {
  it.each([
    ["Das Programm lässt sich leicht an die eigenen Bedürfnisse anpassen.", "anpassen", "to accommodate yourself to"],
    ["Der Fleck lässt sich leicht entfernen.", "entfernen", "to absent yourself"],
    ["Er lässt sich die Haare schneiden.", "schneiden", "to intersect"],
  ])("%s: %s is not the reflexive %s", (sentence, text, gloss) => {
    const w = word(analyse(sentence), text);
    expect(w.glosses[0]).not.toBe(gloss);
    expect(w.reflexive).toBeUndefined();
  });

  it.each([
    ["Der Fleck lässt sich leicht entfernen.", "entfernen", "to remove"],
    ["Er lässt sich die Haare schneiden.", "schneiden", "to cut"],
    ["Sie hat sich die Nägel machen lassen.", "machen", "to make"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it.each([
    ["Der Fleck hat sich leicht entfernen können.", "entfernen"],
    ["Ich habe mich entfernt.", "entfernt"],
  ])("a verb without lassen keeps its reflexive use: %s", (sentence, text) => {
    expect(word(analyse(sentence), text).reflexive).toBe(true);
  });
});
