// Shared by the engine's unit tests: analyse one sentence and find a word in it.
import { beforeAll } from "vitest";
import { analyseSentence } from "./analyse";
import { getLexicon } from "./lexicon";
import { tokenize } from "./tokenize";
import type { WordAnalysis } from "./types";

// The lexicon loads on first use: load it before a file's first test, under the hook's long time limit,
// so a busy machine (it takes seconds there) does not time out whichever test happens to come first.
beforeAll(() => {
  getLexicon();
}, 180_000);

export function analyse(sentence: string): (WordAnalysis | null)[] {
  return analyseSentence(tokenize(sentence), sentence);
}

/** The analysis of the `nth` (0-based) token with this text. */
export function word(words: readonly (WordAnalysis | null)[], text: string, nth = 0): WordAnalysis {
  const found = words.filter((w): w is WordAnalysis => w?.text === text)[nth];
  if (!found) throw new Error(`no word "${text}" in ${words.map((w) => w?.text ?? "·").join(" ")}`);
  return found;
}

export function indexOf(words: readonly (WordAnalysis | null)[], text: string, nth = 0): number {
  let seen = -1;
  return words.findIndex((w) => w?.text === text && ++seen === nth);
}
