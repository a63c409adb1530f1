import { z } from "zod";
import { PARTS_OF_SPEECH } from "@/lib/german/types";

const text = (max: number) => z.string().trim().min(1).max(max);

/** Only the fields given are corrected; null removes a field (no gender, no plural, not a compound). */
export const correctionPatch = z
  .object({
    lemma: text(100).optional(),
    pos: z.enum(PARTS_OF_SPEECH).optional(),
    gender: z.enum(["m", "f", "n"]).nullable().optional(),
    plural: text(100).nullable().optional(),
    parts: z
      .array(z.object({ text: text(60), gloss: z.string().trim().max(100) }))
      .min(2)
      .max(8)
      .nullable()
      .optional(),
    /** The meaning in this context: one of the card's glosses or the learner's own words. */
    gloss: text(300).optional(),
    name: z.boolean().optional(),
  })
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, { message: "empty correction" });

export type CorrectionPatch = z.infer<typeof correctionPatch>;

/** Where the corrected word is: the passage, its sentence key ("<paragraph position>-<sentence index>"), the token. */
const wordAt = {
  passageId: z.string().trim().min(1).max(64),
  sentenceKey: z.string().regex(/^\d{1,5}-\d{1,5}$/),
  tokenIndex: z.number().int().min(0).max(10_000),
  /** The passage's author only: the correction applies to every reader of this passage. */
  forPassage: z.boolean().default(false),
};

export const saveCorrectionInput = z.object({ ...wordAt, patch: correctionPatch });
export const resetCorrectionInput = z.object(wordAt);

export type SaveCorrectionInput = z.infer<typeof saveCorrectionInput>;
export type ResetCorrectionInput = z.infer<typeof resetCorrectionInput>;
