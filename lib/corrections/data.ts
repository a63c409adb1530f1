import "server-only";
import { db } from "@/lib/server/db";
import type { ReaderCorrection } from "./patch";
import { type CorrectionPatch, correctionPatch } from "./schema";

/** The scope key of a learner's own corrections, which apply in every passage. */
export const OWN_SCOPE = "*";

/**
 * The corrections a reader of this passage gets for its words: the passage author's (for every reader)
 * and the viewer's own. Callers have checked that the viewer may read the passage.
 */
export async function correctionsForReader(
  passage: { id: string; authorId: string | null },
  viewerId: string | null,
  surfaces: string[],
): Promise<ReaderCorrection[]> {
  const scopes = [
    ...(passage.authorId ? [{ userId: passage.authorId, scope: passage.id }] : []),
    ...(viewerId ? [{ userId: viewerId, scope: OWN_SCOPE }] : []),
  ];
  if (scopes.length === 0 || surfaces.length === 0) return [];
  const rows = await db.wordCorrection.findMany({
    where: { OR: scopes, surface: { in: [...new Set(surfaces)] } },
    select: { surface: true, enginePos: true, patch: true, scope: true },
  });
  return rows.flatMap((row) => {
    const patch = readPatch(row.patch);
    return patch
      ? [{ surface: row.surface, enginePos: row.enginePos, patch, by: row.scope === OWN_SCOPE ? "you" : "teacher" }]
      : [];
  });
}

/** Stored JSON is parsed, never cast: a row written by an older shape is skipped rather than trusted. */
export function readPatch(value: unknown): CorrectionPatch | null {
  const parsed = correctionPatch.safeParse(value);
  return parsed.success ? parsed.data : null;
}
