import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a noun with a verb of rising or falling", () => {
  it.each([
    // Without the verb, the passage's words chose "award" here (Preis für: Ding's phrase).
    ["Die Preise für Lebensmittel sind im vergangenen Jahr deutlich gestiegen.", "Preise", "price"],
    ["Der Händler hat die Preise erhöht.", "Preise", "price"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("leaves a noun the verb says nothing of: Sie hat den Preis gewonnen", () => {
    expect(word(analyse("Sie hat den Preis gewonnen."), "Preis").glosses[0]).toBe("price");
    expect(word(analyse("Die Temperatur ist gestiegen."), "Temperatur").glosses[0]).toBe("temperature");
  });
});
