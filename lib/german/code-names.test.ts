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

describe("a capital inside a word, after a small letter", () => {
  it.each([
    ["Laut einer Umfrage liegt die AfD knapp vorn.", "AfD"],
    ["Der Verfassungsschutz beobachtet die AfD.", "AfD"],
    ["Die Partei DiePARTEI tritt an.", "DiePARTEI"],
  ])("%s: %s is a name", (sentence, text) => {
    expect(word(analyse(sentence), text)).toMatchObject({ pos: "name", lemma: text });
  });

  it("leaves a legal form, the capital I of both genders and a dictionary's BahnCard alone", () => {
    expect(word(analyse("Die GmbH zahlt keine Steuern."), "GmbH")?.pos).not.toBe("name");
    expect(word(analyse("Alle LehrerInnen kommen."), "LehrerInnen")?.pos).not.toBe("name");
    expect(word(analyse("Er kaufte eine BahnCard."), "BahnCard")?.pos).toBe("noun");
  });
});
