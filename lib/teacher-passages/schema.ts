import { z } from "zod";
import { MAX_IMPORT_CHARS } from "@/lib/passages/import-text";
import { PARAGRAPH_KINDS } from "./draft";

const id = z.string().trim().min(1).max(64);
const title = z.string().trim().min(1).max(200);
export const FORMALITIES = ["default", "more", "less"] as const;

const translateOptions = {
  /** Whose glossary to translate with; the class must be the teacher's. */
  classId: id.nullable().optional(),
  formality: z.enum(FORMALITIES).optional(),
};

export const importPassageInput = z.object({
  // Checked by the mutation, so an empty title comes back as a translated field error, like the text.
  title: z.string().max(200),
  // Longer texts are rejected by importText with "too_long"; the slack only keeps the payload bounded.
  text: z.string().max(MAX_IMPORT_CHARS * 2),
  translate: z.boolean(),
  ...translateOptions,
});

export const translatePassageInput = z.object({ passageId: id, ...translateOptions });

export const passageIdInput = z.object({ passageId: id });

const segments = z.array(z.string().trim().min(1).max(2_000)).max(20);

export const saveDraftInput = z.object({
  passageId: id,
  /** The passage's updatedAt the editor started from: a save over newer changes is refused. */
  version: z.string().max(40),
  title,
  titleEn: z.string().trim().max(200),
  paragraphs: z
    .array(
      z.object({
        kind: z.enum(PARAGRAPH_KINDS),
        lang: z.enum(["de", "en"]),
        sentences: z
          .array(
            z.object({ from: z.array(id).max(50), text: z.string().trim().min(1).max(5_000), translation: segments }),
          )
          .min(1)
          .max(500),
      }),
    )
    .min(1)
    .max(2_000),
});

export const saveTranslationsInput = z.object({
  passageId: id,
  titleEn: z.string().trim().max(200),
  sentences: z.array(z.object({ sentenceId: id, translation: segments })).max(10_000),
});

export type SaveDraftInput = z.infer<typeof saveDraftInput>;
export type SaveTranslationsInput = z.infer<typeof saveTranslationsInput>;
export type Formality = (typeof FORMALITIES)[number];
