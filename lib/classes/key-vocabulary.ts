// Which key words an assignment asks a learner to review. The import stores the passage's key
// vocabulary per learner level (lib/passages/prepare.ts); a learner gets the list for their own level,
// the same one the reader shows them. Pure.
import { keyVocabularyLevel } from "@/lib/passages/key-vocabulary-level";
import { parseKeyVocabulary } from "@/lib/passages/stored-json";

/** How many key words "review its key vocabulary" asks for unless the teacher sets a number. */
export const DEFAULT_KEY_WORDS = 10;

/** Lemmas of the stored key vocabulary for a learner level, in the stored (most useful first) order. */
export function keyLemmasFor(value: unknown, level: string | null | undefined): string[] {
  const words = parseKeyVocabulary(value)[keyVocabularyLevel(level)] ?? [];
  return words.map((word) => word.lemma);
}
