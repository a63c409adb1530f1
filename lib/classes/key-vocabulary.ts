// Which key words an assignment asks a learner to review. The import stores the passage's key
// vocabulary per learner level ({ "B1": [{ lemma, … }], … }, lib/passages/prepare.ts); a learner
// gets the list for their own level, the same one the reader shows them. Pure.

/** How many key words "review its key vocabulary" asks for unless the teacher sets a number. */
export const DEFAULT_KEY_WORDS = 10;

const LEVELS = ["A1", "A2", "B1", "B2", "C1"] as const;

/** The reader's rule: the learner's own level, B1 for anything else. */
export function keyVocabularyLevel(level: string | null | undefined): (typeof LEVELS)[number] {
  return LEVELS.find((l) => l === level) ?? "B1";
}

/** Lemmas of the stored key vocabulary for a learner level, in the stored (most useful first) order. */
export function keyLemmasFor(value: unknown, level: string | null | undefined): string[] {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [];
  const words = (value as Record<string, unknown>)[keyVocabularyLevel(level)];
  if (!Array.isArray(words)) return [];
  return words.flatMap((word) => (word && typeof word === "object" && typeof (word as { lemma?: unknown }).lemma === "string" ? [(word as { lemma: string }).lemma] : []));
}
