import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a reflexive dative beside an accusative object takes the verb's plain sense", () => {
  it.each([
    ["Ich wasche mir die Hände.", "wasche", "to wash"],
    ["Er hat sich den Arm verletzt.", "verletzt", "to hurt"],
    ["Die Spielerin hat sich das Knie verletzt.", "verletzt", "to hurt"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("keeps the reflexive sense where the pronoun is the object", () => {
    expect(word(analyse("Ich habe mich verletzt."), "verletzt").glosses[0]).toBe("to injure yourself");
    expect(word(analyse("Wir waschen uns."), "waschen").glosses[0]).toBe("to wash oneself");
    // The noun after sich is the subject here, not an object.
    expect(word(analyse("Gestern hat sich die Frau verletzt."), "verletzt").glosses[0]).toBe("to injure yourself");
    // A noun of time is an adverbial; a noun in a preposition's phrase is no object.
    expect(word(analyse("Sie wäscht sich jeden Morgen."), "wäscht").glosses[0]).toBe("to wash oneself");
    expect(word(analyse("Er hat sich bei der Arbeit verletzt."), "verletzt").glosses[0]).toBe("to injure yourself");
  });
});
