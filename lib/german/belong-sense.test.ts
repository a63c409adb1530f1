import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("gehören with a phrase of where to", () => {
  it.each([
    ["Gekochte Essensreste gehören nicht auf den Kompost.", "gehören"],
    ["Das Buch gehört ins Regal.", "gehört"],
    ["Das gehört nicht hierher.", "gehört"],
    ["Der Müll gehört in die Tonne.", "gehört"],
  ])("%s: %s = to belong (somewhere)", (sentence, text) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe("to belong");
  });

  it.each([
    ["Das Auto gehört meinem Bruder.", "gehört", "to belong to"],
    ["Wem gehört das Haus in der Altstadt?", "gehört", "to belong to"],
    ["Das Haus gehört zu den ältesten der Stadt.", "gehört", "to be part of"],
  ])("an owner, a place where, or zu: %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });
});
