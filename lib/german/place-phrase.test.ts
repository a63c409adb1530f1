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

describe("Haus in nach Hause and zu Hause", () => {
  it.each([
    ["Geh nach Hause.", "home"],
    ["Ich bin heute Abend zu Hause.", "home"],
    ["Sie arbeitet von zu Hause aus.", "home"],
  ])("%s: Hause = %s", (sentence, gloss) => {
    expect(word(analyse(sentence), "Hause").glosses[0]).toBe(gloss);
  });

  it("keeps house for the house itself and for im Hause", () => {
    expect(word(analyse("Das Haus am See ist alt."), "Haus").glosses[0]).toBe("house");
    expect(word(analyse("Im Hause Müller ist es still."), "Hause").glosses[0]).toBe("house");
  });
});
