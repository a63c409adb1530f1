import { describe, expect, it } from "vitest";
import {
  cardinalValue,
  englishCardinal,
  englishOrdinal,
  numberAdjective,
  ordinalFigure,
  ordinalValue,
} from "./numbers";
import { analyse, word } from "./test-helpers";

describe("cardinal numbers written as one word", () => {
  it.each([
    ["zehntausend", 10000],
    ["zweitausend", 2000],
    ["tausend", 1000],
    ["eintausend", 1000],
    ["dreihundertzwölf", 312],
    ["hundertundeins", 101],
    ["hunderteins", 101],
    ["tausendundeins", 1001],
    ["einundzwanzig", 21],
    ["neunundneunzig", 99],
    ["zweitausendsiebzehn", 2017],
    ["fünfhunderttausend", 500000],
    ["siebzehn", 17],
    ["eins", 1],
    // Not numbers, though they start or end like one.
    ["einundzwanzigste", undefined],
    ["einsam", undefined],
    ["undzwanzig", undefined],
    ["einsundzwanzig", undefined],
    ["zehnhundert", undefined],
    ["tausendtausend", undefined],
  ])("%s = %s", (w, n) => expect(cardinalValue(w)).toBe(n));

  it.each([
    [10000, "ten thousand"],
    [312, "three hundred and twelve"],
    [21, "twenty-one"],
    [2017, "two thousand and seventeen"],
    [500000, "five hundred thousand"],
    [1250, "one thousand two hundred and fifty"],
  ])("%s in English is %s", (n, en) => expect(englishCardinal(n)).toBe(en));

  it("gives a number the dictionary lacks a card of its own", () => {
    expect(word(analyse("Mehr als zehntausend Menschen kamen."), "zehntausend")).toMatchObject({
      lemma: "zehntausend",
      pos: "num",
      glosses: ["ten thousand"],
    });
  });

  it("glosses a number compounded with an adjective the dictionary has for a small number", () => {
    const dictionary: Record<string, string[][]> = { dreijährig: [["three-year-old"], ["three-year"], ["triennial"]] };
    const senses = (hw: string) => dictionary[hw] ?? [];
    expect(numberAdjective("fünfzigjähriges", senses)).toEqual({
      lemma: "fünfzigjährig",
      glosses: ["fifty-year-old", "fifty-year"],
    });
    expect(numberAdjective("fünfundzwanzigjährige", senses)?.glosses[0]).toBe("twenty-five-year-old");
    expect(numberAdjective("großjährig", senses)).toBeUndefined();
  });

  it("gives the card of such an adjective in a sentence", () => {
    expect(word(analyse("Ein zwölfstündiger Flug."), "zwölfstündiger")).toMatchObject({
      lemma: "zwölfstündig",
      pos: "adj",
      glosses: ["twelve-hour"],
    });
  });
});

describe("ordinals", () => {
  it.each([
    ["vierte", 4, "fourth", "4th"],
    ["vierten", 4, "fourth", "4th"],
    ["dritten", 3, "third", "3rd"],
    ["siebte", 7, "seventh", "7th"],
    ["zwölfte", 12, "twelfth", "12th"],
    ["zwanzigsten", 20, "twentieth", "20th"],
    ["einundzwanzigste", 21, "twenty-first", "21st"],
    ["achtzigsten", 80, "eightieth", "80th"],
    ["dreiundvierzigsten", 43, "forty-third", "43rd"],
    ["zweihundertste", 200, "two hundredth", "200th"],
  ])("%s is %i: %s, %s", (word, n, english, figure) => {
    expect(ordinalValue(word)).toBe(n);
    expect(englishOrdinal(n)).toBe(english);
    expect(ordinalFigure(n)).toBe(figure);
  });

  it.each(["beste", "letzte", "acht", "mitte", "vierzehn", "zwanzigte", "viertste"])("%s is no ordinal", (word) => {
    expect(ordinalValue(word)).toBeUndefined();
  });

  it("gives any ordinal a card, Ding's where it lists one", () => {
    const words = analyse("Meine Oma feiert ihren achtzigsten Geburtstag. Er geht in die vierte Klasse.");
    expect(word(words, "achtzigsten")).toMatchObject({
      lemma: "achtzigste",
      pos: "num",
      glosses: ["eightieth", "80th"],
    });
    expect(word(words, "vierte")).toMatchObject({ lemma: "vierte", pos: "num" });
    expect(word(words, "vierte").glosses[0]).toBe("fourth");
  });

  it("gives an ordinal used as a noun the place it names", () => {
    expect(word(analyse("Sie wurde Vierte."), "Vierte")).toMatchObject({
      lemma: "Vierte",
      pos: "noun",
      glosses: ["fourth", "4th"],
    });
  });
});
