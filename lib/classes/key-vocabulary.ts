// Which key words an assignment asks a learner to review. The import stores the passage's key
// vocabulary per learner level ({ "B1": [{ lemma, … }], … }, lib/passages/prepare.ts); a learner
// gets the list for their own level, the same one the reader shows them. Pure.
import { keyVocabularyLevel } from "@/lib/passages/key-vocabulary-level";

/** How many key words "review its key vocabulary" asks for unless the teacher sets a number. */
export const DEFAULT_KEY_WORDS = 10;

/** Lemmas of the stored key vocabulary for a learner level, in the stored (most useful first) order. */
export function keyLemmasFor(value: unknown, level: string | null | undefined): string[] {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [];
  const words = (value as Record<string, unknown>)[keyVocabularyLevel(level)];
  if (!Array.isArray(words)) return [];
  return words.flatMap((word) =>
    word && typeof word === "object" && typeof (word as { lemma?: unknown }).lemma === "string"
      ? [(word as { lemma: string }).lemma]
      : [],
  );
}
