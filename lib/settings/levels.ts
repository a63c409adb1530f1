import type { LearnerLevel } from "@/lib/german/key-vocabulary";

/** The reading levels a learner can pick; lib/reading/data.ts picks key vocabulary by it. */
export const LEVELS = ["A1", "A2", "B1", "B2", "C1"] as const satisfies readonly LearnerLevel[];
export type Level = (typeof LEVELS)[number];
