import { z } from "zod";
import { TEXT_LIMITS } from "@/lib/limits";
import { DAILY_GOAL, DAILY_NEW_CARDS } from "@/lib/settings/limits";
import { REVIEW_MODES } from "./prompt";
import type { CardSnapshot, GradeValue } from "./scheduler";

const id = z.string().min(1).max(64);

export const gradeInput = z.object({
  cardId: id,
  /** The card version the learner was shown: the grade applies only if nobody graded it since. */
  version: z.number().int().min(0),
  grade: z
    .number()
    .int()
    .min(1)
    .max(4)
    .transform((grade) => grade as GradeValue),
  mode: z.enum(REVIEW_MODES),
  answer: z.string().max(TEXT_LIMITS.answer).optional(),
  durationMs: z.number().int().min(0).max(86_400_000),
});
export type GradeInput = z.infer<typeof gradeInput>;

export const undoInput = z.object({ logId: id });
export const cardInput = z.object({ cardId: id });
export const noInput = z.object({});

export const settingsInput = z.object({
  dailyNewLimit: z.number().int().min(DAILY_NEW_CARDS.min).max(DAILY_NEW_CARDS.max),
  dailyGoal: z.number().int().min(DAILY_GOAL.min).max(DAILY_GOAL.max),
});
export type SettingsInput = z.infer<typeof settingsInput>;

/** ReviewLog.stateBefore / stateAfter, read back from JSON for undo. */
export const cardSnapshot = z.object({
  due: z.string(),
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: z.number(),
  scheduledDays: z.number(),
  learningSteps: z.number(),
  reps: z.number(),
  lapses: z.number(),
  state: z.number(),
  lastReview: z.string().nullable(),
  version: z.number().int(),
  itemStatus: z.string().optional(),
}) satisfies z.ZodType<CardSnapshot & { itemStatus?: string }>;
