import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a preposition of a phrase of time governs nothing", () => {
  it.each([
    // am Monatsende: überweisen an "to refer to" needs an object, not a time.
    ["Das Gehalt wird am Monatsende überwiesen.", "überwiesen", "to transfer"],
    ["Die Mannschaft führt zur Pause mit 2:0.", "führt", "to lead"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("leaves the preposition of a noun that names no time to the verb", () => {
    expect(word(analyse("Der Arzt hat ihn an einen Kollegen überwiesen."), "überwiesen").glosses[0]).toBe(
      "to refer to",
    );
    expect(word(analyse("Das führt zu Problemen."), "führt").glosses[0]).toBe("to lead to");
  });

  it.each([
    // an of time takes the dative: an + accusative is the verb's object, however much its noun names a time.
    ["Er hat nicht an unseren Hochzeitstag gedacht.", "gedacht", "to think about"],
    ["Sie denkt oft an den Abend in Rom.", "denkt", "to think about"],
    ["Sie denkt an einen Sommer am Meer.", "denkt", "to think about"],
  ])("%s: %s = %s (an + accusative)", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("keeps an + dative a phrase of time", () => {
    expect(word(analyse("Das Gehalt wird an jedem Monatsende überwiesen."), "überwiesen").glosses[0]).toBe(
      "to transfer",
    );
    expect(word(analyse("Das Gehalt wird an den Wochenenden überwiesen."), "überwiesen").glosses[0]).toBe(
      "to transfer",
    );
  });
});
