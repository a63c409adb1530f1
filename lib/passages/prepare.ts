// From imported text to what the store writes: each sentence tokenised and analysed once, at import,
// with the passage's key vocabulary and estimated difficulty, so the reader never recomputes them.
import { type PassageTranslations, translationChooser } from "@/lib/align/translation-chooser";
import { type AnalysedPassage, analysePassage, type PassageOptions } from "@/lib/german/analyse";
import { LEVELS, levelIndex } from "@/lib/german/difficulty";
import { type KeyWord, keyVocabulary, type LearnerLevel } from "@/lib/german/key-vocabulary";
import type { ImportedPassage } from "./import-text";
import { KEY_VOCABULARY_LEVELS } from "./key-vocabulary-level";
import type { NewPassage } from "./store";

const KEY_VOCABULARY_SIZE = 40;

export type StoredKeyVocabulary = Partial<Record<LearnerLevel, KeyWord[]>>;

export interface PreparedPassage {
  paragraphs: NewPassage["paragraphs"];
  keyVocabulary: StoredKeyVocabulary;
  difficulty: string | undefined;
}

/**
 * `translations` (per paragraph, per sentence: its English sentences) let the engine choose each word's
 * meaning from what the translator wrote.
 */
export function preparePassage(
  imported: ImportedPassage,
  translations?: PassageTranslations,
  onProgress?: PassageOptions["onProgress"],
): PreparedPassage {
  const analysed = analysePassage(imported, undefined, {
    ...(translations && { chooseMeanings: translationChooser(translations) }),
    ...(onProgress && { onProgress }),
  });
  const paragraphs = analysed.paragraphs.map((paragraph) => ({
    kind: paragraph.kind,
    lang: paragraph.lang,
    sentences: paragraph.sentences.map((sentence) => ({
      text: sentence.text,
      tokens: sentence.tokens.map((token, i) => {
        const analysis = sentence.words[i];
        return analysis ? { ...token, analysis } : token;
      }),
    })),
  }));
  const keyVocabularyByLevel: StoredKeyVocabulary = {};
  for (const level of KEY_VOCABULARY_LEVELS)
    keyVocabularyByLevel[level] = keyVocabulary(analysed, level).slice(0, KEY_VOCABULARY_SIZE);
  return { paragraphs, keyVocabulary: keyVocabularyByLevel, difficulty: estimateDifficulty(analysed) };
}

/**
 * The lowest level at which a reader knows 95% of the passage's running German words (a common
 * threshold for reading without a dictionary). An estimate from frequency: labelled as such in the UI.
 */
export function estimateDifficulty(passage: AnalysedPassage): string | undefined {
  const counts = LEVELS.map(() => 0);
  let total = 0;
  for (const paragraph of passage.paragraphs) {
    if (paragraph.kind === "source" || paragraph.lang !== "de") continue;
    for (const sentence of paragraph.sentences) {
      for (const word of sentence.words) {
        if (!word || word.name || word.foreign) continue;
        total++;
        const index = Math.min(levelIndex(word.band), LEVELS.length - 1);
        counts[index] = (counts[index] ?? 0) + 1;
      }
    }
  }
  if (total === 0) return undefined;
  let covered = 0;
  for (const [i, level] of LEVELS.entries()) {
    covered += counts[i] ?? 0;
    if (covered / total >= 0.95) return level;
  }
  return "C2";
}
