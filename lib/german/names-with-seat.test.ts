import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a club or firm named with its town", () => {
  it.each([
    ["Er spielte früher bei Benfica Lissabon.", "Benfica", "Lissabon", "Benfica Lissabon"],
    ["Der Stürmer wechselt zu Ajax Amsterdam.", "Ajax", "Amsterdam", "Ajax Amsterdam"],
  ])("%s: after a preposition, %s %s is one name", (sentence, first, second, lemma) => {
    const words = analyse(sentence);
    expect(word(words, first)).toMatchObject({ pos: "name", lemma });
    expect(word(words, second)).toMatchObject({ pos: "name", lemma });
  });

  it.each([
    // After a conjunction: a subject and the town it visits.
    ["Als Merkel Paris besuchte, war es kalt.", "Paris"],
    // A first name of the lists before a town is a person's.
    ["Das Geschenk ging an Paula Potsdam.", "Potsdam"],
  ])("%s: %s stays a name of its own", (sentence, town) => {
    expect(word(analyse(sentence), town)).toMatchObject({ pos: "name", lemma: town });
  });
});
