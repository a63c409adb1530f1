import { z } from "zod";
import { importKeyInput } from "@/lib/passages/import-key";
import { MAX_IMPORT_CHARS } from "@/lib/passages/import-text";

const id = z.string().trim().min(1).max(64);

export const importOwnTextInput = z.object({
  // Checked by the mutation, so an empty title comes back as a translated field error.
  title: z.string().max(200),
  // Longer texts are rejected by importText with "too_long"; the slack only keeps the payload bounded.
  text: z.string().max(MAX_IMPORT_CHARS * 2),
  translate: z.boolean(),
  importKey: importKeyInput.optional(),
});

export const renameOwnTextInput = z.object({ passageId: id, title: z.string().trim().min(1).max(200) });

export const ownTextIdInput = z.object({ passageId: id });

export type ImportOwnTextInput = z.infer<typeof importOwnTextInput>;
