import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a place's name after an indefinite article", () => {
  it("is the common noun, with the article's gender (eine Pfalz: an imperial palace)", () => {
    expect(word(analyse("Der Kaiser ließ hier einst eine Pfalz bauen."), "Pfalz")).toMatchObject({
      pos: "noun",
      lemma: "Pfalz",
      gender: "f",
    });
  });

  it.each([
    // With the definite article the region; a city of the gazetteer stays itself.
    ["In der Pfalz wächst Wein.", "Pfalz"],
    ["Sie wohnt in einem Berlin, das es nicht mehr gibt.", "Berlin"],
  ])("%s: %s stays the name", (sentence, text) => {
    expect(word(analyse(sentence), text).pos).toBe("name");
  });
});
