// Golden tests: every word of the seed article (golden/seed.ts) and of a second text written for this
// project (golden/second-text.ts) against hand-written expectations.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyseText } from "@/lib/passages/analyse-text";
import { mismatches, parseExpectation } from "./golden/check";
import { SECOND_GOLDEN } from "./golden/second-text";
import { SEED_GOLDEN } from "./golden/seed";
import type { WordAnalysis } from "./types";

const SEED = join(process.cwd(), "content/articles/article-2017-01-alibaba-trump.de.txt");
const SECOND = join(process.cwd(), "tests/fixtures/second-text.de.txt");

// Known gaps, kept with the correct expectation: "text.paragraph.word" → why the engine misses it.
const KNOWN_GAPS: Record<string, string> = {};

function wordsByParagraph(path: string): WordAnalysis[][] {
  const passage = analyseText(readFileSync(path, "utf8"));
  return passage.paragraphs.map((p) =>
    p.sentences.flatMap((s) => s.words.filter((w): w is WordAnalysis => w !== null)),
  );
}

function golden(name: string, path: string, expected: readonly (readonly string[])[]): void {
  describe(`${name}, word by word`, () => {
    const words = wordsByParagraph(path);

    it("has the paragraphs and word counts the expectations were written for", () => {
      expect(words.map((p) => p.length)).toEqual(expected.map((p) => p.length));
    });

    expected.forEach((lines, p) => {
      lines.forEach((line, i) => {
        const e = parseExpectation(line);
        const key = `${name}.${p}.${i}`;
        const test = KNOWN_GAPS[key] ? it.fails : it;
        test(`${key} ${e.text}`, () => {
          expect(mismatches(e, words[p]?.[i])).toEqual([]);
        });
      });
    });
  });
}

golden("seed", SEED, SEED_GOLDEN);
golden("second", SECOND, SECOND_GOLDEN);
