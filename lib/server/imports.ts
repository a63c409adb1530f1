// An import from analysed text to a stored passage without holding the server: the engine on a worker
// thread (lib/passages/analyse-pool.ts), the rows in short transactions under a pending row (lib/passages/batched-store.ts),
// progress on that row for the importer's page to poll, and the passage visible only once complete.
import type { PassageTranslations } from "@/lib/align/translation-chooser";
import { databaseConfig } from "@/lib/db/config";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { analyseOffThread } from "@/lib/passages/analyse-pool";
import {
  type BatchParagraph,
  beginPending,
  discardPending,
  finishPending,
  type PassageFields,
  sweepInterruptedImports,
  writeParagraphs,
} from "@/lib/passages/batched-store";
import type { ImportedPassage } from "@/lib/passages/import-text";
import type { PreparedPassage } from "@/lib/passages/prepare";

/** The share of the progress bar the analysis takes; writing the rows takes the rest. */
export const ANALYSIS_SHARE = 40;
/** How far behind its last batch a pending row of a running import can be, on a shared PostgreSQL. */
const STALE_AFTER_MS = 10 * 60_000;

/**
 * Pending rows older than this were left by an interrupted import. The embedded database has one
 * process: anything from before it started. On PostgreSQL other servers may be importing right now.
 */
export function interruptedBefore(now = Date.now()): Date {
  return databaseConfig().kind === "pglite" ? new Date(now - process.uptime() * 1000) : new Date(now - STALE_AFTER_MS);
}

const swept = globalThis as unknown as { bruckeImportsSwept?: Promise<unknown> };

/** Once per process, before its first import: remove what interrupted imports left. */
function sweepOnce(db: PrismaClient): Promise<unknown> {
  swept.bruckeImportsSwept ??= sweepInterruptedImports(db, interruptedBefore()).catch(() => 0);
  return swept.bruckeImportsSwept;
}

export interface ImportJob {
  /** The passage's own fields; the analysis adds key vocabulary and difficulty. */
  fields: Omit<PassageFields, "keyVocabulary" | "difficulty">;
  /** A key of the importer's choosing its page polls progress with (see importProgress). */
  importKey?: string;
  /** Prepared elsewhere already (tests, scripts): only the writing is batched. */
  prepared?: PreparedPassage;
}

/** Analyses `imported` off the request thread and stores it in batches; returns the new passage's id. */
export async function runImport(
  db: PrismaClient,
  imported: ImportedPassage,
  job: ImportJob,
  translations?: PassageTranslations,
): Promise<string> {
  await sweepOnce(db);
  const id = await beginPending(db, {
    ...(job.fields.authorId !== undefined && { authorId: job.fields.authorId }),
    ...(job.importKey !== undefined && { importKey: job.importKey }),
  });
  try {
    const prepared = job.prepared ?? (await analyseOffThread(imported, translations, reportAnalysis(db, id)));
    await writeAndFinish(db, id, prepared.paragraphs, {
      ...job.fields,
      keyVocabulary: prepared.keyVocabulary,
      difficulty: prepared.difficulty,
    });
    return id;
  } catch (error) {
    await discardPending(db, id).catch(() => undefined);
    throw error;
  }
}

/** Writes the rows in batches under the pending row `id`, then makes it the passage. */
export async function writeAndFinish(
  db: PrismaClient,
  id: string,
  paragraphs: readonly BatchParagraph[],
  fields: PassageFields,
): Promise<void> {
  await writeParagraphs(db, id, paragraphs, {
    progress: (written, total) => ANALYSIS_SHARE + Math.floor(((100 - ANALYSIS_SHARE) * written) / total),
  });
  await finishPending(db, id, fields, paragraphs);
}

/** Progress of the analysis onto the pending row: one small update per few percent. */
export function reportAnalysis(db: PrismaClient, id: string) {
  let last = 0;
  return (fraction: number) => {
    const percent = Math.floor(fraction * ANALYSIS_SHARE);
    if (percent < last + 4) return;
    last = percent;
    // Not awaited, so updates may commit out of order (on PostgreSQL's pool they do): one only ever
    // raises the figure, and a late one never takes back what the saving batches have written since.
    void db.passage
      .updateMany({
        where: { id, status: "IMPORTING", importProgress: { lt: percent } },
        data: { importProgress: percent },
      })
      .catch(() => undefined);
  };
}

export type ImportProgress = { stage: "analysing" | "saving"; percent: number } | { stage: "unknown" };

/** What the importer's page shows while its import runs. */
export async function importProgress(db: PrismaClient, userId: string, importKey: string): Promise<ImportProgress> {
  const row = await db.passage.findFirst({
    where: { importKey, authorId: userId, status: "IMPORTING" },
    select: { importProgress: true },
  });
  if (!row) return { stage: "unknown" };
  const percent = row.importProgress ?? 0;
  return { stage: percent < ANALYSIS_SHARE ? "analysing" : "saving", percent };
}
