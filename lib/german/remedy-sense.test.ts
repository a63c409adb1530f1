import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a noun with a verb of medicine", () => {
  it.each([
    ["Daraus schließen die Forscher, dass das Mittel wirkt.", "Mittel", "remedy"],
    ["Der Arzt hat mir ein Mittel gegen Husten verschrieben.", "Mittel", "remedy"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("keeps its first sense without one", () => {
    expect(word(analyse("Das Mittel der Werte ist fünf."), "Mittel").glosses[0]).toBe("average value");
  });
});
