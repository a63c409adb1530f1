import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("the sense of a noun from Ding's phrase of it and its verb", () => {
  it("takes the sense the phrase's English names: einen kurzen Blick werfen, to look over", () => {
    expect(word(analyse("Er warf einen kurzen Blick in den Spiegel."), "Blick").glosses[0]).toBe("look");
  });

  it("keeps the first sense without such a phrase", () => {
    expect(word(analyse("Vom Turm hat man einen schönen Blick über die Stadt."), "Blick").glosses[0]).toBe("view");
  });
});

describe("the sense of a verb from Ding's phrase of it and a noun of its clause", () => {
  it.each([
    ["Die Hanse trieb Handel mit vielen Städten.", "trieb", "to trade"],
    ["Er macht große Fortschritte.", "macht", "to progress"],
  ])("takes the phrase's sense: %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("keeps the verb's own senses without such a phrase", () => {
    expect(word(analyse("Die Kinder machen im Garten viel Lärm."), "machen").glosses[0]).toBe("to make");
  });

  it("takes no phrase whose noun stands in a preposition's phrase the phrase lacks", () => {
    // "Leine ziehen" is "to vamoose"; pulling on a lead is ziehen an.
    expect(word(analyse("Der Hund zieht ständig an der Leine."), "zieht").glosses[0]).toBe("to pull");
    expect(word(analyse("Wir haben schnell Leine gezogen."), "gezogen").glosses[0]).toBe("to vamoose");
  });
});
