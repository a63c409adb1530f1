import { describe, expect, it } from "vitest";
import { analysePassage } from "@/lib/german/analyse";
import { translationChooser } from "./translation-chooser";

function glossWith(german: string, english: string, text: string): string | undefined {
  const passage = analysePassage({ paragraphs: [{ kind: "body", lang: "de", sentences: [german] }] }, undefined, {
    chooseMeanings: translationChooser([[[english]]]),
  });
  return passage.paragraphs[0]?.sentences[0]?.words.find((w) => w?.text === text)?.glosses[0];
}

describe("an adjective's meaning read off the translation where no gloss matches", () => {
  it.each([
    // After a form of be, words of degree between.
    ["Vorsicht, die Straße ist heute Morgen glatt!", "Careful, the road is icy this morning!", "glatt", "icy"],
    ["Der Rock ist mir zu weit.", "The skirt is too loose on me.", "weit", "loose"],
    // Before the English of its noun.
    ["Sie bekam eine feste Stelle bei einer Bank.", "She got a permanent job at a bank.", "feste", "permanent"],
  ])("%s / %s: %s = %s", (german, english, text, gloss) => {
    expect(glossWith(german, english, text)).toBe(gloss);
  });

  it("keeps a gloss the translation has", () => {
    expect(glossWith("Die Straße ist glatt.", "The road is slippery.", "glatt")).toBe("slippery");
  });
});
