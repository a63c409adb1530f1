// What a review card asks in each mode, and what answer it expects. Pure; shared by the review UI and
// the grade action (which re-checks typed answers itself rather than trusting the browser).

import { type Article, germanWithArticle, nounArticle } from "@/lib/german/articles";
import { escapeRegExp } from "@/lib/german/tokenize";
import type { AnswerTarget } from "./answer-check";

export const REVIEW_MODES = ["recognition", "recall", "cloze"] as const;
export type ReviewMode = (typeof REVIEW_MODES)[number];

export interface PromptItem {
  lemma: string;
  surface: string;
  pos: string;
  gender: string | null;
  plural: string | null;
  gloss: string;
  context: string | null;
}

export interface Cloze {
  before: string;
  answer: string;
  after: string;
}

/** What the learner is given to find the answer: never the answer itself. */
export interface Hint {
  /** The meaning, unless it contains the answer (a gloss like "kleinzureden" would give it away). */
  meaning: string | null;
  /** Nouns: the article. */
  article?: Article;
  /** When there is no usable meaning: the first letter and how many letters follow. */
  firstLetter?: { letter: string; length: number };
}

export type Prompt =
  | { mode: "recognition"; german: string; context: string | null }
  | { mode: "recall"; hint: Hint; target: AnswerTarget; noContext: boolean }
  | { mode: "cloze"; hint: Hint; cloze: Cloze; target: AnswerTarget };

const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("de").replace(/ß/g, "ss");

/** The sentence with the word blanked: the word as it stands there, else its dictionary form; null if neither occurs. */
export function makeCloze(sentence: string | null, surface: string, lemma: string): Cloze | null {
  if (!sentence) return null;
  for (const word of [surface, lemma]) {
    if (!word.trim()) continue;
    const match = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, "iu").exec(sentence);
    if (match) {
      return {
        before: sentence.slice(0, match.index),
        answer: match[0],
        after: sentence.slice(match.index + match[0].length),
      };
    }
  }
  return null;
}

/** Does the meaning contain (a form of) the answer, so that showing it would give the answer away? */
export function givesAway(meaning: string, answers: string[]): boolean {
  const text = fold(meaning);
  return answers.some((answer) => {
    const word = fold(answer.trim());
    return word.length > 0 && new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}`, "u").test(text);
  });
}

/**
 * Cloze: the meaning unless it contains the answer, else the first letter. Recall: the meaning is the question,
 * so it stays even for a cognate (Problem: "problem"); only a missing meaning is replaced by the first letter.
 */
export function makeHint(item: PromptItem, answer: string, article: Article | undefined, cloze: boolean): Hint {
  const gloss = item.gloss.trim();
  const usable = gloss && !(cloze && givesAway(gloss, [answer, item.lemma, item.surface]));
  const meaning = usable ? gloss : null;
  const letters = [...answer];
  return {
    meaning,
    ...(article ? { article } : {}),
    ...(meaning ? {} : { firstLetter: { letter: letters[0] ?? "", length: letters.length } }),
  };
}

export function buildPrompt(item: PromptItem, mode: ReviewMode): Prompt {
  if (mode === "recognition") return { mode, german: germanWithArticle(item), context: item.context };
  const article = nounArticle(item);
  if (mode === "cloze") {
    const cloze = makeCloze(item.context, item.surface, item.lemma);
    if (cloze) {
      return {
        mode,
        hint: makeHint(item, cloze.answer, article, true),
        cloze,
        target: { word: cloze.answer, otherForms: [item.lemma, item.surface] },
      };
    }
  }
  return {
    mode: "recall",
    hint: makeHint(item, item.lemma, undefined, false),
    target: { word: item.lemma, ...(article ? { article } : {}), otherForms: [item.surface] },
    noContext: mode === "cloze",
  };
}
