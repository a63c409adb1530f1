// What the reader ships to the browser so a word card opens with no network round trip: each distinct
// analysis once, and per sentence the index of each token's analysis. Pure: no framework imports.
import { cardEntryOf } from "@/lib/german/card-entry";
import type { CardEntry } from "@/lib/german/types";
import type { StoredToken } from "@/lib/passages/stored-token";

export interface WordData {
  entries: CardEntry[];
  /** Sentence key ("<paragraph position>-<sentence index>") → per token: entry index, or -1. */
  sentences: Record<string, number[]>;
}

/** A card needs only the likeliest senses; the rest would weigh on every page load. */
const MAX_GLOSSES = 6;

export function buildWordData(paragraphs: { position: number; sentences: { tokens: StoredToken[] }[] }[]): WordData {
  const entries: CardEntry[] = [];
  const seen = new Map<string, number>();
  const sentences: Record<string, number[]> = {};
  for (const paragraph of paragraphs) {
    paragraph.sentences.forEach((sentence, s) => {
      sentences[`${paragraph.position}-${s}`] = sentence.tokens.map((token) => {
        if (!token.analysis) return -1;
        const entry = cardEntryOf(token.analysis);
        const compact: CardEntry = { ...entry, glosses: entry.glosses.slice(0, MAX_GLOSSES) };
        const key = JSON.stringify(compact);
        let index = seen.get(key);
        if (index === undefined) {
          index = entries.push(compact) - 1;
          seen.set(key, index);
        }
        return index;
      });
    });
  }
  return { entries, sentences };
}

/** Each lemma of the passage once: what the reader asks the learner's statuses for. */
export function passageLemmas(words: WordData): string[] {
  return [...new Set(words.entries.map((entry) => entry.lemma))];
}
