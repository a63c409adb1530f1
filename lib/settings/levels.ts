import { LEARNER_LEVELS, type LearnerLevel } from "@/lib/german/levels";

/** The reading levels a learner can pick; lib/reading/data.ts picks key vocabulary by it. */
export const LEVELS = LEARNER_LEVELS;
export type Level = LearnerLevel;
