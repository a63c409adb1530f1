import { z } from "zod";
import { MAX_SEGMENTS, PASSAGE_LIMITS, TEXT_LIMITS } from "@/lib/limits";
import { importKeyInput } from "@/lib/passages/import-key";
import { lineField } from "@/lib/text-input";
import { PARAGRAPH_KINDS } from "./draft";

const id = z.string().trim().min(1).max(64);
const title = lineField(TEXT_LIMITS.passageTitle, 1);
const titleEn = lineField(TEXT_LIMITS.passageTitle);
export const FORMALITIES = ["default", "more", "less"] as const;

const translateOptions = {
  /** Whose glossary to translate with; the class must be the teacher's. */
  classId: id.nullable().optional(),
  formality: z.enum(FORMALITIES).optional(),
};

export const importPassageInput = z.object({
  // Checked by the mutation, so an empty title comes back as a translated field error, like the text.
  title: lineField(TEXT_LIMITS.passageTitle),
  // Longer texts are rejected by importText with "too_long"; the slack only keeps the payload bounded.
  text: z.string().max(PASSAGE_LIMITS.characters * 2),
  translate: z.boolean(),
  importKey: importKeyInput.optional(),
  ...translateOptions,
});

export const translatePassageInput = z.object({ passageId: id, ...translateOptions });

export const passageIdInput = z.object({ passageId: id });

export const setVisibilityInput = z.object({ passageId: id, visibility: z.enum(["PRIVATE", "PUBLIC"]) });

const segments = z.array(lineField(TEXT_LIMITS.translationSegment, 1)).max(MAX_SEGMENTS);

export const saveDraftInput = z.object({
  passageId: id,
  /** The passage's updatedAt the editor started from: a save over newer changes is refused. */
  version: z.string().max(40),
  title,
  titleEn,
  paragraphs: z
    .array(
      z.object({
        kind: z.enum(PARAGRAPH_KINDS),
        lang: z.enum(["de", "en"]),
        sentences: z
          .array(
            z.object({
              from: z.array(id).max(50),
              text: z.string().trim().min(1).max(TEXT_LIMITS.sentence),
              translation: segments,
            }),
          )
          .min(1)
          .max(PASSAGE_LIMITS.sentencesPerParagraph),
      }),
    )
    .min(1)
    // Twice the limit only bounds the payload: saveDraft refuses more than the limit with its own code.
    .max(PASSAGE_LIMITS.paragraphs * 2),
});

export const saveTranslationsInput = z.object({
  passageId: id,
  titleEn,
  // Passages imported before PASSAGE_LIMITS may have more sentences than it allows: keep them editable.
  sentences: z.array(z.object({ sentenceId: id, translation: segments })).max(10_000),
});

export type SaveDraftInput = z.infer<typeof saveDraftInput>;
export type SaveTranslationsInput = z.infer<typeof saveTranslationsInput>;
export type Formality = (typeof FORMALITIES)[number];
