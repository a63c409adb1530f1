import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a preposition of a phrase of place governs nothing", () => {
  it.each([
    // kommen nach is "to follow" (nach jemandem kommen), not coming home.
    ["Sie kommt erst um zehn nach Hause.", "kommt", "to come"],
    ["Wann kommst du zu Hause an?", "kommst", "to arrive"],
    ["Im Sommer kommen viele Touristen nach Italien.", "kommen", "to come"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("leaves nach with an article to the verb", () => {
    expect(word(analyse("Der Sohn kommt nach dem Vater."), "kommt").glosses[0]).toBe("to follow");
  });
});
