// The levels key vocabulary is stored for, and which list a learner gets. No engine imports: client
// components (the assignment form) reach this module too.
import { LEARNER_LEVELS, type LearnerLevel } from "@/lib/german/levels";

export const KEY_VOCABULARY_LEVELS: readonly LearnerLevel[] = LEARNER_LEVELS;

/** Their own level, B1 for visitors and anything unrecognised. */
export function keyVocabularyLevel(level: string | null | undefined): LearnerLevel {
  return KEY_VOCABULARY_LEVELS.find((l) => l === level) ?? "B1";
}
