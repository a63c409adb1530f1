// What a review card asks in each mode, and what answer it expects. Pure; shared by the review UI and
// the grade action (which re-checks typed answers itself rather than trusting the browser).

import { articleFor, withArticle } from "@/lib/german/articles";
import { escapeRegExp } from "@/lib/german/tokenize";
import type { AnswerTarget } from "./answer-check";

export const REVIEW_MODES = ["recognition", "recall", "cloze"] as const;
export type ReviewMode = (typeof REVIEW_MODES)[number];

export interface PromptItem {
  lemma: string;
  surface: string;
  pos: string;
  gender: string | null;
  gloss: string;
  context: string | null;
}

export interface Cloze {
  before: string;
  answer: string;
  after: string;
}

export type Prompt =
  | { mode: "recognition"; german: string; context: string | null }
  | { mode: "recall"; gloss: string; target: AnswerTarget; noContext: boolean }
  | { mode: "cloze"; gloss: string; cloze: Cloze; target: AnswerTarget };

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

export function buildPrompt(item: PromptItem, mode: ReviewMode): Prompt {
  if (mode === "recognition") return { mode, german: withArticle(item.lemma, item.gender), context: item.context };
  if (mode === "cloze") {
    const cloze = makeCloze(item.context, item.surface, item.lemma);
    if (cloze) return { mode, gloss: item.gloss, cloze, target: { word: cloze.answer } };
  }
  const article = item.pos === "noun" ? articleFor(item.gender) : undefined;
  return {
    mode: "recall",
    gloss: item.gloss,
    target: { word: item.lemma, ...(article ? { article } : {}) },
    noContext: mode === "cloze",
  };
}
