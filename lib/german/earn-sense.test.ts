import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a verb of earning with money or an amount", () => {
  it.each([
    ["Als Pflegekraft verdient sie nicht besonders viel.", "verdient", "to earn"],
    ["Sie verdient als Ärztin sehr gut.", "verdient", "to earn"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("leaves a thing deserved alone", () => {
    expect(word(analyse("Das Team hat den Sieg verdient."), "verdient").glosses[0]).toBe("to deserve");
    // An amount word before a noun or "als" names no sum: "mehr Respekt", "mehr als verdient".
    expect(word(analyse("Er hat mehr Respekt verdient."), "verdient").glosses[0]).toBe("to deserve");
    expect(word(analyse("Sie hat es mehr als verdient."), "verdient").glosses[0]).toBe("to deserve");
  });
});
