// Comparative and superlative of an adjective form, when its shape says it for certain: größten is the
// superlative of groß, kleinere the comparative of klein; "kleiner" alone may be either the comparative or
// an inflected klein ("ein kleiner Hund"), so only a following "als" or the end of the sentence ("es wird
// später.": an inflected attributive form is never last) makes it the comparative.
import type { FormKind } from "./types";

const IRREGULAR: Record<string, { comparative: string; superlative: string }> = {
  gut: { comparative: "besser", superlative: "best" },
  viel: { comparative: "mehr", superlative: "meist" },
  hoch: { comparative: "höher", superlative: "höchst" },
  nah: { comparative: "näher", superlative: "nächst" },
  gern: { comparative: "lieber", superlative: "liebst" },
};
const ENDING = "(?:e|en|em|er|es)";

/**
 * "Ich trinke lieber Tee", "wer lieber am Wasser bleibt": an irregular comparative used as an adverb is a form
 * of its positive (lieber: gern, besser: gut), though the dictionary lists it as an adverb of its own.
 */
export function positiveOfComparative(word: string): string | undefined {
  const lower = word.toLowerCase();
  return Object.entries(IRREGULAR).find(([, forms]) => forms.comparative === lower)?.[0];
}

/** The lemma and its umlauted stem (alt → ält, groß → größ, jung → jüng). */
function stems(lemma: string): string[] {
  const umlaut = lemma.replace(/(a(?=u)|[aou])([^aeiouäöü]*)$/, (_m, v: string, rest: string) => {
    const map: Record<string, string> = { a: "ä", o: "ö", u: "ü" };
    return (map[v] ?? v) + rest;
  });
  return umlaut === lemma ? [lemma] : [lemma, umlaut];
}

/**
 * "comparative", "superlative" or undefined (the positive, or not certain). `nextWord` is the word after
 * the form; `sentenceEnd` says the form ends its sentence.
 */
export function adjectiveDegree(
  lemma: string,
  surface: string,
  nextWord?: string,
  sentenceEnd = false,
): FormKind | undefined {
  const lower = surface.toLowerCase();
  if (lower === lemma) return undefined;
  const irregular = IRREGULAR[lemma];
  if (irregular) {
    if (new RegExp(`^${irregular.superlative}${ENDING}$`).test(lower)) return "superlative";
    if (new RegExp(`^${irregular.comparative}${ENDING}?$`).test(lower)) return "comparative";
  }
  for (const stem of stems(lemma)) {
    if (!lower.startsWith(stem)) continue;
    const rest = lower.slice(stem.length);
    // größt-: after ß the superlative takes only -t.
    if (new RegExp(`^(?:e?st${stem.endsWith("ß") ? "|t" : ""})${ENDING}$`).test(rest)) return "superlative";
    if (new RegExp(`^er${ENDING}$`).test(rest)) return "comparative";
    // "größer", "älter": the umlaut marks the comparative; "kleiner als": the comparison does.
    if (rest === "er" && (stem !== lemma || sentenceEnd || nextWord?.toLowerCase() === "als")) return "comparative";
  }
  return undefined;
}
