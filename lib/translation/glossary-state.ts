import "server-only";
import { TranslationError, type TranslationErrorCode } from "@/lib/errors/translation-error";
import { db } from "@/lib/server/db";
import { glossaryExists } from "@/lib/server/deepl";
import { USAGE_DEEPL } from "./config";

export type GlossaryState =
  | { state: "at_deepl" }
  /** Never sent, or a sync failed: it is sent with the next translation. */
  | { state: "not_sent" }
  /** DeepL no longer has it (deleted, expired, another key): it is made again with the next translation. */
  | { state: "gone" }
  | { state: "unknown"; code: TranslationErrorCode };

/**
 * Where a class glossary stands at DeepL, asked of DeepL itself: a stored id only says what DeepL
 * once answered. A glossary DeepL no longer has loses its stored id, so the next translation sends
 * it again before translating. `classId` and `glossaryId` come from the teacher's own dashboard.
 */
export async function readGlossaryState(classId: string, glossaryId: string | null): Promise<GlossaryState> {
  if (!glossaryId) return { state: "not_sent" };
  try {
    if (await glossaryExists(glossaryId, USAGE_DEEPL)) return { state: "at_deepl" };
  } catch (error) {
    if (error instanceof TranslationError) return { state: "unknown", code: error.code };
    throw error;
  }
  // Only if it is still the id DeepL denied: a save in the meantime stored a new one.
  await db.classroom.updateMany({ where: { id: classId, glossaryId }, data: { glossaryId: null } });
  return { state: "gone" };
}
