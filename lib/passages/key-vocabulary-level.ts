// The levels key vocabulary is stored for, and which list a learner gets. No engine imports: client
// components (the assignment form) reach this module too.
import type { LearnerLevel } from "@/lib/german/key-vocabulary";

export const KEY_VOCABULARY_LEVELS: readonly LearnerLevel[] = ["A1", "A2", "B1", "B2", "C1"];

/** Their own level, B1 for visitors and anything unrecognised. */
export function keyVocabularyLevel(level: string | null | undefined): LearnerLevel {
  return KEY_VOCABULARY_LEVELS.find((l) => l === level) ?? "B1";
}
