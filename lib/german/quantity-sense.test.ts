import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a verb of rising or falling with a quantity", () => {
  it.each([
    // A noun of quantity (or a compound on one: Benzinpreis) makes the change of amount.
    ["Der Preis für Benzin ist stark gesunken.", "gesunken", "to decline"],
    ["Der Benzinpreis ist gesunken.", "gesunken", "to decline"],
    ["Die Zahl der Arbeitslosen hat im Sommer abgenommen.", "abgenommen", "to decline"],
    // A unit of weight makes a person's weight.
    ["Er hat im Urlaub drei Kilo zugenommen.", "zugenommen", "to gain weight"],
    ["Sie hat zehn Kilo abgenommen.", "abgenommen", "to lose weight"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("leaves the first sense without a quantity", () => {
    expect(word(analyse("Das Schiff ist im Sturm gesunken."), "gesunken").glosses[0]).toBe("to sink");
  });
});

describe("bei before a number gives a level", () => {
  it.each([
    ["Die Kosten lagen bei rund 200.000 Euro.", "lagen"],
    ["Die Arbeitslosenquote liegt bei fünf Prozent.", "liegt"],
  ])("%s: liegen is no 'to be up to'", (sentence, text) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe("to lie");
  });

  it("leaves liegen bei a person 'to be up to'", () => {
    expect(word(analyse("Die Entscheidung liegt bei dir."), "liegt").glosses[0]).toBe("to be up to");
  });
});
