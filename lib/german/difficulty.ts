// Difficulty bands estimated from frequency rank (zxcvbn-ts German lists: Wikipedia and subtitles,
// word forms not lemmas). CEFR levels are defined by what learners can do, not by word lists, so this is
// only an estimate: the UI should say so.
import { CEFR_LEVELS, type Level } from "./levels";
import type { WordAnalysis } from "./types";

export type { Level };

export type Band = WordAnalysis["band"];
export const LEVELS: readonly Level[] = CEFR_LEVELS;

// Upper rank bound of each band; the lists count inflected forms, so bounds are a few times the size of
// the CEFR lemma inventories (~650 A1, ~1300 A2, ~2400 B1 words).
const BOUNDS: readonly [Level, number][] = [
  ["A1", 1000],
  ["A2", 2500],
  ["B1", 5000],
  ["B2", 10000],
  ["C1", 20000],
];

export function bandOf(rank: number | undefined): Band {
  if (rank === undefined) return "unknown";
  for (const [level, bound] of BOUNDS) if (rank <= bound) return level;
  return "C2";
}

/** 0 for A1 … 5 for C2; unknown counts as hardest. */
export function levelIndex(band: Band): number {
  return band === "unknown" ? LEVELS.length : LEVELS.indexOf(band);
}
