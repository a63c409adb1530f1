import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a verb of cancelling with an event", () => {
  it.each([
    ["Der Unterricht fällt am Montag aus.", "fällt", "to be cancelled"],
    ["Wegen des Streiks wurden zahlreiche Flüge gestrichen.", "gestrichen", "to cancel"],
    // A compound on an event noun: Stadtfest.
    ["Das Stadtfest wurde wegen des Regens abgesagt.", "abgesagt", "to cancel"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("leaves other senses without an event", () => {
    expect(word(analyse("Sie hat die Wand gestrichen."), "gestrichen").glosses[0]).toBe("to paint");
    expect(word(analyse("Der Strom ist ausgefallen."), "ausgefallen").glosses[0]).toBe("to fail");
  });
});
