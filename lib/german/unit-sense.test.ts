import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a noun right after a number", () => {
  it.each([
    ["Der neue Monitor hat eine Bildschirmdiagonale von 27 Zoll.", "Zoll", "inch"],
    ["Das Schiff fuhr mit zwanzig Knoten nach Norden.", "Knoten", "knot"],
    ["Der Anker liegt zehn Faden tief.", "Faden", "fathom"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("takes no unit without a number or after an ordinal", () => {
    expect(word(analyse("Am Zoll musste er seinen Koffer öffnen."), "Zoll").glosses[0]).not.toBe("inch");
    expect(word(analyse("Der Faden ist gerissen."), "Faden").glosses[0]).toBe("thread");
    expect(word(analyse("Die erste Tonne ist schon voll."), "Tonne").glosses[0]).toBe("barrel");
  });
});
