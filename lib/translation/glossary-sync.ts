import "server-only";
import { db } from "@/lib/server/db";
import { type DeeplConfig, syncGlossary } from "@/lib/server/deepl";
import { REQUEST_PATH_DEEPL } from "./config";
import { readGlossaryEntries } from "./glossary";

/**
 * Makes DeepL hold the class's glossary and stores its id; returns the id to translate with (null
 * for an empty glossary, or for a class that is not this teacher's). Throws TranslationError;
 * the stored id is cleared first, so a failed sync never leaves translations using old terms.
 */
export async function syncClassGlossary(
  teacherId: string,
  classId: string,
  config: DeeplConfig = REQUEST_PATH_DEEPL,
): Promise<string | null> {
  const classroom = await db.classroom.findFirst({
    where: { id: classId, teacherId },
    select: { id: true, glossaryId: true, glossaryEntries: true },
  });
  if (!classroom) return null;
  const entries = readGlossaryEntries(classroom.glossaryEntries);
  try {
    const id = await syncGlossary(`bruecke-class-${classroom.id}`, entries, classroom.glossaryId ?? undefined, config);
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
