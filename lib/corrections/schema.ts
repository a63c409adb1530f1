import { z } from "zod";
import { correctionPatch } from "./patch";

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
