// How much a learner may import into their own library. Translation is paid per character and the
// engine's work is CPU on a shared server, so both are bounded per account. Pure.
import { MAX_IMPORT_CHARS } from "@/lib/passages/import-text";

export const LIBRARY_LIMITS = {
  /** Texts imported in the last 24 hours. */
  textsPerDay: 10,
  /** Characters imported in the last 24 hours (three full-length texts). */
  charsPerDay: 3 * MAX_IMPORT_CHARS,
  /** Texts kept at once; deleting one makes room. */
  textsKept: 200,
} as const;

export const LIMIT_WINDOW_MS = 24 * 60 * 60 * 1000;

export type LimitCode = "texts_per_day" | "chars_per_day" | "texts_kept";

export interface LibraryUsage {
  textsToday: number;
  charsToday: number;
  textsKept: number;
}

/** The limit a new text of `chars` characters would break, or null when it fits. */
export function limitReached(usage: LibraryUsage, chars: number, limits = LIBRARY_LIMITS): LimitCode | null {
  if (usage.textsKept >= limits.textsKept) return "texts_kept";
  if (usage.textsToday >= limits.textsPerDay) return "texts_per_day";
  if (usage.charsToday + chars > limits.charsPerDay) return "chars_per_day";
  return null;
}
