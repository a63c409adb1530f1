import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a verb with someone to give to", () => {
  it.each([
    ["Kannst du mir bitte das Salz reichen?", "reichen", "to hand"],
    ["Er reicht ihr die Hand.", "reicht", "to hand"],
    // Lending goes both ways in German: to someone else it is lending.
    ["Ich borge dir das Geld bis Freitag.", "borge", "to lend"],
    // To oneself, borrowing.
    ["Ich habe mir ein Auto geliehen.", "geliehen", "to borrow"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("leaves a verb with no one to give to, or one that gives already", () => {
    expect(word(analyse("Das Geld reicht mir nicht."), "reicht").glosses[0]).toBe("to last out");
    expect(word(analyse("Der Kellner bringt uns die Rechnung."), "bringt").glosses[0]).toBe("to bring");
    expect(word(analyse("Kannst du mir dein Fahrrad leihen?"), "leihen").glosses[0]).toBe("to lend");
  });
});
