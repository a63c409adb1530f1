import "server-only";
import type { ImportErrorCode } from "@/lib/errors/import-error";
import { importGermanText } from "@/lib/passages/import-text";
import { db } from "@/lib/server/db";
import { runImport } from "@/lib/server/imports";
import { libraryUsage } from "./data";
import { type LimitCode, limitReached } from "./limits";
import type { ImportOwnTextInput } from "./schema";

export type OwnTextRejection =
  | { field: "title"; code: "title_missing" }
  | { field: "text"; code: ImportErrorCode }
  | { field: "limit"; code: LimitCode };

/**
 * Imports a learner's own text into their private library: the teachers' importer and engine, stored
 * published (there is no draft step) and personal, so only its author can read it. Rejections are
 * returned, not thrown: they are the learner's to fix.
 */
export async function importOwnText(
  userId: string,
  input: Pick<ImportOwnTextInput, "title" | "text" | "importKey">,
  now = new Date(),
): Promise<{ ok: true; passageId: string } | ({ ok: false } & OwnTextRejection)> {
  const title = input.title.trim();
  if (!title) return { ok: false, field: "title", code: "title_missing" };
  const limit = limitReached(await libraryUsage(userId, now), input.text.length);
  if (limit) return { ok: false, field: "limit", code: limit };
  const parsed = importGermanText(input.text);
  if (!parsed.ok) return parsed;
  const imported = parsed.passage;
  // The analysis on a worker thread, the rows in short transactions: other requests run meanwhile.
  const id = await runImport(db, imported, {
    fields: {
      title,
      source: imported.source,
      publishedOn: imported.date,
      place: imported.place,
      status: "PUBLISHED",
      visibility: "PRIVATE",
      personal: true,
      importedChars: input.text.length,
      authorId: userId,
    },
    ...(input.importKey !== undefined && { importKey: input.importKey }),
  });
  return { ok: true, passageId: id };
}

/** Renames one of the learner's own texts; null when it is not theirs. */
export async function renameOwnText(userId: string, passageId: string, title: string) {
  const { count } = await db.passage.updateMany({
    where: { id: passageId, authorId: userId, personal: true },
    data: { title },
  });
  return count === 0 ? null : { title };
}

/** Deletes one of the learner's own texts with its read marks; saved words stay in the vocabulary. */
export async function deleteOwnText(userId: string, passageId: string) {
  const { count } = await db.passage.deleteMany({ where: { id: passageId, authorId: userId, personal: true } });
  return count === 0 ? null : { deleted: true };
}
