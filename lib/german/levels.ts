// The CEFR levels, once. Light on purpose (no lexicon): client components reach it through settings and
// the assignment form.
export const CEFR_LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2"] as const;
export type Level = (typeof CEFR_LEVELS)[number];

/** The levels a learner can pick, and that key vocabulary is stored for (a C2 reader needs no key list). */
export const LEARNER_LEVELS = ["A1", "A2", "B1", "B2", "C1"] as const satisfies readonly Level[];
export type LearnerLevel = (typeof LEARNER_LEVELS)[number];
