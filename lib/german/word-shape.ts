// Spelling helpers shared by the lemmatiser and the compound splitter.

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

export function isAllCaps(word: string): boolean {
  return word.length > 1 && /^[\p{Lu}\d-]+$/u.test(word) && /\p{Lu}/u.test(word);
}

export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function lowerFirst(word: string): string {
  return word.charAt(0).toLowerCase() + word.slice(1);
}

/** Undoes umlaut in the last stem vowel: größ → groß, Plätz → Platz (only one, from the right). */
export function deumlaut(s: string): string | undefined {
  const i = Math.max(s.lastIndexOf("ä"), s.lastIndexOf("ö"), s.lastIndexOf("ü"));
  if (i < 0) return undefined;
  const plain = { ä: "a", ö: "o", ü: "u" }[s[i] as "ä" | "ö" | "ü"];
  return s.slice(0, i) + plain + s.slice(i + 1);
}

/**
 * Masculine and neuter nouns ending so often have a plural spelled like the singular (der/die Lehrer, Wagen,
 * Nebel, Mädchen, Fräulein) that a form of that shape may be a plural where the dictionary gives none.
 */
export const SAME_PLURAL_SHAPE = /(?:el|er|en|chen|lein)$/;
