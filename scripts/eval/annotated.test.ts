import { describe, expect, it } from "vitest";
import { getLexicon } from "../../lib/german/lexicon";
import { scoreAnnotated } from "./annotated";
import { EVAL_TEXTS } from "./texts";

describe("hand-annotated evaluation texts", () => {
  it("are well-formed: every line has a known part of speech", () => {
    const kinds = new Set(["noun", "verb", "adj", "adv", "name"]);
    for (const t of EVAL_TEXTS) for (const line of t.words) expect(kinds.has(line.split(" | ")[2] ?? "")).toBe(true);
  });

  it("find every annotated word in the engine's analysis, in order", () => {
    const scores = scoreAnnotated(getLexicon());
    expect(scores.misses.filter((m) => m.includes("not found"))).toEqual([]);
    expect(scores.lemma.total).toBe(EVAL_TEXTS.reduce((n, t) => n + t.words.length, 0));
    expect(scores.pos.right).toBeGreaterThan(0);
  });
});
