import { describe, expect, it } from "vitest";
import { analysePassage } from "./analyse";
import "./test-helpers";

function lastWord(sentences: string[], text: string) {
  const passage = analysePassage({ paragraphs: [{ kind: "body", lang: "de", sentences }] });
  const words = passage.paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.words));
  return words.filter((w) => w?.text === text).at(-1);
}

describe("a form two nouns share", () => {
  it("is the noun an earlier sentence named (Drachen after Drache: dragons, not kites)", () => {
    const w = lastWord(["Hoch oben wohnte ein kleiner Drache.", "Die anderen Drachen lachten ihn aus."], "Drachen");
    expect(w).toMatchObject({ lemma: "Drache", pos: "noun", gender: "m" });
  });

  it("keeps its own headword without such a sentence", () => {
    expect(lastWord(["Im Herbst lassen die Kinder Drachen steigen."], "Drachen")?.lemma).toBe("Drachen");
  });
});
