// How far a learner is with an assignment, from counts the data layer gathers. Pure: "now" is an argument.
import { DEFAULT_KEY_WORDS } from "./key-vocabulary";

export type AssignmentTargetKind = "READ_ALL" | "SAVE_WORDS" | "REVIEW_KEY_VOCAB";
export type AssignmentStatus = "not_started" | "in_progress" | "done";

export interface AssignmentSpec {
  target: AssignmentTargetKind;
  targetCount: number | null;
  dueAt: Date | null;
  /** Body and embed paragraphs of the passage: what "read all" means. */
  readableCount: number;
  /** Lemmas of the passage's key vocabulary for this learner's level, most useful first; empty when none. */
  keyLemmas: string[];
}

export interface LearnerFacts {
  /** Paragraphs read since the assignment was made: what counts toward it. */
  paragraphsRead: number;
  /** Paragraphs read before the assignment existed: shown apart, never counted toward it. */
  paragraphsReadEarlier: number;
  /** Words the learner saved from this passage. */
  wordsSaved: number;
  /** Of the words saved from this passage, how many were reviewed at least once. */
  savedWordsReviewed: number;
  /** Lemmas the learner has reviewed at least once (saved from any passage). */
  reviewedLemmas: ReadonlySet<string>;
}

export interface AssignmentProgress {
  done: number;
  total: number;
  /** Reading "read all" assignments: paragraphs read before the assignment (not in `done`). */
  earlier: number;
  status: AssignmentStatus;
  overdue: boolean;
}

export function assignmentProgress(spec: AssignmentSpec, facts: LearnerFacts, now: Date): AssignmentProgress {
  const { done, total } = measure(spec, facts);
  const started = done > 0 || facts.paragraphsRead > 0 || facts.wordsSaved > 0;
  const status: AssignmentStatus = total > 0 && done >= total ? "done" : started ? "in_progress" : "not_started";
  const overdue = status !== "done" && spec.dueAt !== null && spec.dueAt.getTime() < now.getTime();
  const earlier = spec.target === "READ_ALL" ? facts.paragraphsReadEarlier : 0;
  return { done: Math.min(done, total), total, earlier, status, overdue };
}

function measure(spec: AssignmentSpec, facts: LearnerFacts): { done: number; total: number } {
  switch (spec.target) {
    case "READ_ALL":
      return { done: facts.paragraphsRead, total: spec.readableCount };
    case "SAVE_WORDS":
      return { done: facts.wordsSaved, total: Math.max(1, spec.targetCount ?? 1) };
    case "REVIEW_KEY_VOCAB": {
      // The first N key words (N set by the teacher); without key vocabulary, the words the learner
      // saved from the passage stand in for it.
      const keyWords = spec.keyLemmas.slice(0, spec.targetCount ?? DEFAULT_KEY_WORDS);
      return keyWords.length > 0
        ? { done: keyWords.filter((lemma) => facts.reviewedLemmas.has(lemma)).length, total: keyWords.length }
        : { done: facts.savedWordsReviewed, total: Math.max(1, facts.wordsSaved) };
    }
  }
}

/** Share of reviews answered correctly, or null with no reviews. */
export function accuracy(correct: number, total: number): number | null {
  return total > 0 ? correct / total : null;
}
