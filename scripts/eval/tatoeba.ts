// The pieces of the Tatoeba evaluation (scripts/eval-tatoeba.ts) that decide what is measured: which half a
// pair belongs to and which words' translation is plain enough to judge the meaning chosen without it.
import { verbBases } from "../../lib/align/english";

export interface TatoebaPair {
  en: string;
  de: string;
}

/** `English<TAB>German` lines; lines without both are skipped. */
export function parsePairs(text: string): TatoebaPair[] {
  return text.split("\n").flatMap((line) => {
    const [en, de] = line.split("\t");
    return en?.trim() && de?.trim() ? [{ en: en.trim(), de: de.trim() }] : [];
  });
}

/**
 * The half a pair belongs to, by a hash of its English sentence: Tatoeba gives one English sentence several
 * German translations, and they must fall in the same half, or the held-out half would hold near copies of
 * sentences read in the other.
 */
export function half(en: string): "development" | "held-out" {
  let hash = 0x811c9dc5;
  for (let i = 0; i < en.length; i++) hash = Math.imul(hash ^ en.charCodeAt(i), 0x01000193) >>> 0;
  return hash % 2 === 0 ? "development" : "held-out";
}

// Words a gloss may add after its head that the translation need not have ("to agree with" for "agree").
const GLOSS_PREPOSITIONS = new Set([
  "with",
  "to",
  "for",
  "on",
  "of",
  "about",
  "at",
  "in",
  "from",
  "into",
  "over",
  "by",
]);

function formsOf(word: string, verb: boolean): string[] {
  const lower = word.toLowerCase();
  if (verb) return verbBases(lower);
  return [lower, lower.replace(/ies$/, "y"), lower.replace(/es$/, ""), lower.replace(/s$/, "")];
}

/**
 * Whether the gloss chosen with the translation is the English word it was aligned to, as written or
 * inflected: "hat" for "hat", "to agree with" for "agreed". Only such words are judged. A gloss reached
 * through a synonym or a stem ("to call out to" for "call", "hungriness" for "hungry") says more about the
 * aligner than about the German word's meaning.
 */
export function glossIsAligned(gloss: string, aligned: readonly string[], verb: boolean): boolean {
  const [head, ...rest] = gloss.toLowerCase().replace(/^to /, "").split(/\s+/);
  const forms = new Set(aligned.flatMap((w) => w.split(/\s+/)).flatMap((w) => formsOf(w, verb)));
  if (!head || !forms.has(head)) return false;
  return rest.every((w) => forms.has(w) || GLOSS_PREPOSITIONS.has(w));
}
