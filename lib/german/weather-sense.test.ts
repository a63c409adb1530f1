import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a verb whose subject is weather takes the weather sense", () => {
  it.each([
    // aufziehen's weather sense is among those Ding files after its everyday ones: it joins the card.
    ["Am Nachmittag ziehen dunkle Wolken auf.", "ziehen", "to brew"],
    ["Ein Gewitter zieht auf.", "zieht", "to brew"],
    ["Der Wind frischt am Abend auf.", "frischt", "to pick up"],
    ["Der Regen blieb den ganzen Tag aus.", "blieb", "to hold off"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("keeps a first sense that already says what weather does", () => {
    expect(word(analyse("Der Wind weht aus Westen."), "weht").glosses[0]).toBe("to blow");
  });

  it("leaves the verb alone where the weather is no subject", () => {
    expect(word(analyse("Sie hat drei Kinder aufgezogen."), "aufgezogen").glosses[0]).toBe("to nurse");
    expect(word(analyse("Im Regen zieht sie die Kinder auf."), "zieht").glosses[0]).toBe("to nurse");
  });
});
