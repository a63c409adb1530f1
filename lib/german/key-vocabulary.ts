// The words of a passage a learner at a given level most likely does not know yet: content words
// (nouns, verbs, adjectives) whose estimated band is above the level, rarest and most repeated first.

import type { AnalysedPassage } from "./analyse";
import { cardLemma } from "./card-entry";
import { type Band, levelIndex } from "./difficulty";
import type { LearnerLevel } from "./levels";
import type { CompoundPart, PartOfSpeech, WordAnalysis } from "./types";

export type { LearnerLevel };

export interface KeyWord {
  lemma: string;
  pos: PartOfSpeech;
  gender?: "m" | "f" | "n";
  plural?: string;
  glosses: string[];
  parts?: CompoundPart[];
  band: Band;
  rank?: number;
  /** How often the lemma occurs in the passage. */
  count: number;
  /** Where it first occurs: paragraph, sentence and token index. */
  first: { paragraph: number; sentence: number; token: number };
}

const CONTENT = new Set<PartOfSpeech>(["noun", "verb", "adj"]);
// Words without a rank are mostly rare compounds; they rank as if just beyond the C1 band.
const UNRANKED = 30_000;

function eligible(w: WordAnalysis, level: LearnerLevel): boolean {
  if (!CONTENT.has(w.pos) || w.name || w.foreign || !w.known || w.glosses.length === 0) return false;
  return levelIndex(w.band) > levelIndex(level);
}

export function keyVocabulary(passage: AnalysedPassage, level: LearnerLevel): KeyWord[] {
  const byLemma = new Map<string, KeyWord>();
  passage.paragraphs.forEach((p, pi) => {
    p.sentences.forEach((s, si) => {
      s.words.forEach((w, ti) => {
        if (!w || !eligible(w, level)) return;
        // An idiom is its own entry: "in Aussicht stellen", not stellen with the idiom's glosses.
        const lemma = cardLemma(w);
        const key = `${lemma}\t${w.pos}`;
        const seen = byLemma.get(key);
        if (seen) {
          seen.count++;
          return;
        }
        const k: KeyWord = {
          lemma,
          pos: w.pos,
          glosses: w.glosses,
          band: w.band,
          count: 1,
          first: { paragraph: pi, sentence: si, token: ti },
        };
        if (w.gender) k.gender = w.gender;
        if (w.plural) k.plural = w.plural;
        if (w.parts) k.parts = w.parts;
        if (w.rank !== undefined) k.rank = w.rank;
        byLemma.set(key, k);
      });
    });
  });
  const score = (k: KeyWord) => Math.log10(k.rank ?? UNRANKED) + 0.5 * Math.log2(k.count);
  return [...byLemma.values()].sort((a, b) => score(b) - score(a) || (a.lemma < b.lemma ? -1 : 1));
}
