import "server-only";
import { db } from "@/lib/server/db";
import { type DeeplConfig, isGlossaryNotFound, syncGlossary } from "@/lib/server/deepl";
import { logger } from "@/lib/server/logger";
import { REQUEST_PATH_DEEPL } from "./config";
import { readGlossaryEntries } from "./glossary";

/**
 * Makes DeepL hold the class's glossary and stores its id; returns the id to translate with (null
 * for an empty glossary, or for a class that is not this teacher's). Throws TranslationError;
 * the stored id is cleared then, so a failed sync never leaves translations using old terms and the
 * class page says the glossary is not at DeepL. `goneId`: an id DeepL said it does not know.
 */
export async function syncClassGlossary(
  teacherId: string,
  classId: string,
  config: DeeplConfig = REQUEST_PATH_DEEPL,
  goneId?: string,
): Promise<string | null> {
  const classroom = await db.classroom.findFirst({
    where: { id: classId, teacherId },
    select: { id: true, glossaryId: true, glossaryEntries: true },
  });
  if (!classroom) return null;
  const entries = readGlossaryEntries(classroom.glossaryEntries);
  try {
    const existing = classroom.glossaryId && classroom.glossaryId !== goneId ? classroom.glossaryId : undefined;
    const id = await syncGlossary(`bruecke-class-${classroom.id}`, entries, existing, config);
    if (id !== classroom.glossaryId)
      await db.classroom.update({ where: { id: classroom.id }, data: { glossaryId: id } });
    return id;
  } catch (error) {
    if (classroom.glossaryId) await db.classroom.update({ where: { id: classroom.id }, data: { glossaryId: null } });
    throw error;
  }
}

/** The glossary id to translate with: the stored one, or a fresh sync when entries exist but DeepL has none yet. */
export async function glossaryForTranslation(teacherId: string, classId: string): Promise<string | undefined> {
  const classroom = await db.classroom.findFirst({
    where: { id: classId, teacherId },
    select: { glossaryId: true, glossaryEntries: true },
  });
  if (!classroom) return undefined;
  if (classroom.glossaryId) return classroom.glossaryId;
  if (Object.keys(readGlossaryEntries(classroom.glossaryEntries)).length === 0) return undefined;
  return (await syncClassGlossary(teacherId, classId)) ?? undefined;
}

/**
 * Runs DeepL requests with the class glossary (none without a class). DeepL forgets glossaries:
 * deleted, expired, or made with another key (DEEPL_AUTH_KEY changed). On its "Glossary not found"
 * the glossary is made again from the stored entries, once per run however many requests were in
 * flight, and each failed request is retried once with the new id.
 */
export async function withClassGlossary(
  teacherId: string,
  classId: string | null | undefined,
  config: DeeplConfig = REQUEST_PATH_DEEPL,
): Promise<<T>(request: (glossaryId: string | undefined) => Promise<T>) => Promise<T>> {
  let id = classId ? await glossaryForTranslation(teacherId, classId) : undefined;
  let recreation: Promise<string | undefined> | undefined;
  return async (request) => {
    const used = id;
    try {
      return await request(used);
    } catch (error) {
      if (!classId || !used || !isGlossaryNotFound(error)) throw error;
      recreation ??= syncClassGlossary(teacherId, classId, config, used).then((created) => {
        logger.info({ event: "glossary_recreated", classId }, "DeepL glossary recreated from the stored entries");
        return created ?? undefined;
      });
      id = await recreation;
      return request(id);
    }
  };
}
