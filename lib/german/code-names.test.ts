import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a capital letter and a number written together", () => {
  it.each([
    ["Anhänger demonstrierten gegen den Ausbau der A6.", "A6", "A6"],
    ["Auf der B27 staut es sich.", "B27", "B27"],
    ["Das Treffen der G7 findet in Rom statt.", "G7", "G7"],
    ["Er fuhr mit einem BMW M4 nach Hause.", "M4", "BMW M4"],
    ["Er fuhr mit einem BMW M4 nach Hause.", "BMW", "BMW M4"],
  ])("%s: %s is the name %s", (sentence, text, lemma) => {
    expect(word(analyse(sentence), text)).toMatchObject({ pos: "name", lemma });
  });

  it("leaves a number with a small letter, and a word, alone", () => {
    expect(word(analyse("Der Ausbau der Straße dauert."), "Ausbau").pos).toBe("noun");
  });
});
