// Shared by the engine's unit tests: analyse one sentence and find a word in it.
import { analyseSentence } from "./analyse";
import { tokenize } from "./tokenize";
import type { WordAnalysis } from "./types";

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
