import { describe, expect, it } from "vitest";
import type { WordAnalysis } from "@/lib/german/types";
import { buildWordData, passageLemmas } from "./word-data";

const analysis = (text: string, lemma: string, glosses: string[] = ["x"]): WordAnalysis => ({
  text,
  lemma,
  pos: "noun",
  gender: "m",
  glosses,
  band: "B1",
  known: true,
});

describe("buildWordData", () => {
  it("stores each distinct analysis once and maps tokens to it", () => {
    const data = buildWordData([
      {
        position: 3,
        sentences: [
          {
            tokens: [
              { text: "Markt", start: 0, type: "word", analysis: analysis("Markt", "Markt") },
              { text: ",", start: 5, type: "punct" },
              { text: "Markt", start: 7, type: "word", analysis: analysis("Markt", "Markt") },
              { text: "Märkte", start: 13, type: "word", analysis: analysis("Märkte", "Markt") },
            ],
          },
        ],
      },
    ]);
    // Same analysis apart from the surface form → one entry.
    expect(data.entries).toHaveLength(1);
    expect(data.sentences["3-0"]).toEqual([0, -1, 0, 0]);
    expect(data.entries[0]).not.toHaveProperty("text");
  });

  it("keeps only the likeliest glosses", () => {
    const many = Array.from({ length: 10 }, (_, i) => `sense ${i}`);
    const data = buildWordData([
      {
        position: 0,
        sentences: [
          { tokens: [{ text: "Kraft", start: 0, type: "word", analysis: analysis("Kraft", "Kraft", many) }] },
        ],
      },
    ]);
    expect(data.entries[0]?.glosses).toEqual(many.slice(0, 6));
  });

  it("lists each lemma of the passage once, for the learner's statuses", () => {
    const data = buildWordData([
      {
        position: 0,
        sentences: [
          {
            tokens: [
              { text: "Markt", start: 0, type: "word", analysis: analysis("Markt", "Markt", ["market"]) },
              { text: "Märkte", start: 6, type: "word", analysis: analysis("Märkte", "Markt", ["markets"]) },
              { text: "Haus", start: 13, type: "word", analysis: analysis("Haus", "Haus") },
            ],
          },
        ],
      },
    ]);
    expect(data.entries).toHaveLength(3);
    expect(passageLemmas(data)).toEqual(["Markt", "Haus"]);
  });

  it("shows an idiom's verb as the idiom: its card and vocabulary entry are the idiom's", () => {
    const gestellt: WordAnalysis = {
      ...analysis("gestellt", "stellen", ["to promise"]),
      pos: "verb",
      idiom: "in Aussicht stellen",
    };
    const data = buildWordData([
      { position: 0, sentences: [{ tokens: [{ text: "gestellt", start: 0, type: "word", analysis: gestellt }] }] },
    ]);
    expect(data.entries[0]?.lemma).toBe("in Aussicht stellen");
    expect(passageLemmas(data)).toEqual(["in Aussicht stellen"]);
  });
});
