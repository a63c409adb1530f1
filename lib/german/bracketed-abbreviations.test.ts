import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("an abbreviation in brackets after a name", () => {
  it("is a name, though the dictionary lists the letters as a noun", () => {
    const words = analyse("Die Europäische Arzneimittel-Agentur (EMA) hat den Impfstoff zugelassen.");
    expect(word(words, "EMA")).toMatchObject({ lemma: "EMA", pos: "name" });
  });

  it("is left alone after a common noun", () => {
    const words = analyse("Die Anlage hat eine Einbruchmeldeanlage (EMA) bekommen.");
    expect(word(words, "EMA")?.pos).not.toBe("name");
  });
});
