import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyseText } from "@/lib/passages/analyse-text";
import { keyVocabulary } from "./key-vocabulary";

const seed = analyseText(
  readFileSync(join(process.cwd(), "content/articles/article-2017-01-alibaba-trump.de.txt"), "utf8"),
);

describe("key vocabulary", () => {
  const b1 = keyVocabulary(seed, "B1");

  it("includes the seed's hard compounds at B1", () => {
    const lemmas = b1.map((k) => k.lemma);
    expect(lemmas).toContain("Baumilliardär");
    expect(lemmas).toContain("Wahlkampfversprechen");
  });

  it("has only content words, no names or foreign words, each lemma once", () => {
    expect(b1.every((k) => ["noun", "verb", "adj"].includes(k.pos))).toBe(true);
    const keys = b1.map((k) => `${k.lemma}/${k.pos}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(b1.map((k) => k.lemma)).not.toContain("Trump");
  });

  it("leaves out words at or below the level and shrinks as the level rises", () => {
    expect(b1.every((k) => !["A1", "A2", "B1"].includes(k.band))).toBe(true);
    expect(keyVocabulary(seed, "C1").length).toBeLessThan(b1.length);
    expect(keyVocabulary(seed, "A1").length).toBeGreaterThan(b1.length);
  });

  it("counts repeats and lists the rarest first", () => {
    expect(b1.find((k) => k.lemma === "Arbeitsplatz")?.count).toBe(3);
    const first = b1[0];
    const last = b1[b1.length - 1];
    expect((first?.rank ?? 1e9) >= (last?.rank ?? 0) || first?.rank === undefined).toBe(true);
  });
});
