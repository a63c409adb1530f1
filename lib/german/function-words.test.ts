import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("article or pronoun", () => {
  it.each([
    ["Wir prüfen das.", "das"],
    ["Die Strafverfolger sehen das anders.", "das"],
    ["Hat das denn zur Folge, dass er geht?", "das"],
  ])("%s: %s with no noun phrase after it is the pronoun", (sentence, text) => {
    expect(word(analyse(sentence), text).pos).toBe("pron");
  });

  it.each([
    ["Die schon genannten Gründe überzeugen.", "Die"],
    ["Wir mögen die sehr gute Küche.", "die"],
    ["Sie kam in das Haus.", "das"],
  ])("%s: %s before its noun phrase stays the article", (sentence, text) => {
    expect(word(analyse(sentence), text).pos).toBe("det");
  });
});
