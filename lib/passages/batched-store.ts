// Writes a large passage in many short transactions, so the embedded database (one query at a time) is
// never held for long and other learners' requests run between the batches. The passage is a pending
// row (status IMPORTING, no title) while its paragraphs are written: every query leaves such rows out,
// and one small last transaction gives it its title and real status. So a passage is complete or absent,
// as with one transaction; what an interrupted import leaves behind is removed at the next start.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ParagraphKind as DbParagraphKind, PassageStatus } from "@/lib/generated/prisma/enums";
import type { ParagraphKind } from "@/lib/german/types";
import { type NewPassage, passageColumns } from "./store";

const KIND: Record<ParagraphKind | DbParagraphKind, DbParagraphKind> = {
  heading: "HEADING",
  body: "BODY",
  embed: "EMBED",
  source: "SOURCE",
  HEADING: "HEADING",
  BODY: "BODY",
  EMBED: "EMBED",
  SOURCE: "SOURCE",
};

/** What one transaction should take at most; the batch size follows the time the last one took. */
const TARGET_MS = 120;
/** Stored bytes (mostly each sentence's token JSON) of the first batch, and the bounds of later ones. */
const FIRST_BATCH_BYTES = 48_000;
const MIN_BATCH_BYTES = 4_000;
const MAX_BATCH_BYTES = 1_000_000;
/** Paragraph rows a batch deletes when a pending passage is thrown away. */
const DELETE_BATCH = 100;

export type BatchParagraph = {
  kind: ParagraphKind | DbParagraphKind;
  lang: string;
  sentences: NewPassage["paragraphs"][number]["sentences"];
};

/** The row a passage is written under until it is complete: read by nobody. */
export async function beginPending(
  db: PrismaClient,
  owner: { authorId?: string; importKey?: string } = {},
): Promise<string> {
  const { id } = await db.passage.create({
    data: { title: "", status: "IMPORTING", authorId: owner.authorId, importKey: owner.importKey, importProgress: 0 },
    select: { id: true },
  });
  return id;
}

export interface WriteOptions {
  /** Called after each committed batch with the sentences written so far and in all. */
  onBatch?: (written: number, total: number) => void;
  /** The progress column of the pending row, 0–100, for each batch (written in the batch's transaction). */
  progress?: (written: number, total: number) => number;
}

/** Writes paragraphs under a pending row, in transactions of about TARGET_MS each. */
export async function writeParagraphs(
  db: PrismaClient,
  passageId: string,
  paragraphs: readonly BatchParagraph[],
  options: WriteOptions = {},
): Promise<{ batches: number }> {
  const total = paragraphs.reduce((n, p) => n + p.sentences.length, 0);
  let budget = FIRST_BATCH_BYTES;
  let written = 0;
  let batches = 0;
  let next = 0;
  while (next < paragraphs.length) {
    // Whole paragraphs, as many as fit the byte budget (at least one).
    let bytes = 0;
    const end = (() => {
      let i = next;
      while (i < paragraphs.length) {
        const size = paragraphBytes(paragraphs[i]!);
        if (i > next && bytes + size > budget) break;
        bytes += size;
        i++;
      }
      return i;
    })();
    const batch = paragraphs.slice(next, end);
    const started = performance.now();
    const rows = batchRows(passageId, batch, next);
    written += rows.sentences.length;
    await db.$transaction([
      db.paragraph.createMany({ data: rows.paragraphs }),
      db.sentence.createMany({ data: rows.sentences }),
      ...(rows.translations.length ? [db.sentenceTranslation.createMany({ data: rows.translations })] : []),
      db.passage.update({
        where: { id: passageId },
        data: { importProgress: options.progress?.(written, total) ?? Math.round((100 * written) / total) },
        select: { id: true },
      }),
    ]);
    batches++;
    options.onBatch?.(written, total);
    const took = Math.max(1, performance.now() - started);
    budget = Math.min(MAX_BATCH_BYTES, Math.max(MIN_BATCH_BYTES, Math.round((bytes * TARGET_MS) / took)));
    next = end;
    // Leave the database to other requests for as long as the batch held it. Yielding only until the
    // requests already queued had run was not enough: a reader page sends its queries one after another,
    // so on the embedded database (one query at a time) each of them waited behind a whole batch.
    if (next < paragraphs.length) await new Promise((resolve) => setTimeout(resolve, Math.min(took, TARGET_MS)));
  }
  return { batches };
}

function paragraphBytes(paragraph: BatchParagraph): number {
  return paragraph.sentences.reduce((n, s) => n + s.text.length + JSON.stringify(s.tokens).length, 200);
}

function batchRows(passageId: string, paragraphs: readonly BatchParagraph[], firstPosition: number) {
  const rows = {
    paragraphs: [] as { id: string; passageId: string; position: number; kind: DbParagraphKind; lang: string }[],
    sentences: [] as { id: string; paragraphId: string; position: number; text: string; tokens: object }[],
    translations: [] as {
      sentenceId: string;
      lang: string;
      segments: string[];
      origin: NonNullable<BatchParagraph["sentences"][number]["translation"]>["origin"];
    }[],
  };
  for (const [offset, paragraph] of paragraphs.entries()) {
    const paragraphId = randomUUID();
    rows.paragraphs.push({
      id: paragraphId,
      passageId,
      position: firstPosition + offset,
      kind: KIND[paragraph.kind],
      lang: paragraph.lang,
    });
    for (const [position, sentence] of paragraph.sentences.entries()) {
      const id = randomUUID();
      rows.sentences.push({
        id,
        paragraphId,
        position,
        text: sentence.text,
        tokens: sentence.tokens as unknown as object,
      });
      if (sentence.translation)
        rows.translations.push({
          sentenceId: id,
          lang: "en",
          segments: sentence.translation.segments,
          origin: sentence.translation.origin,
        });
    }
  }
  return rows;
}

export type PassageFields = Omit<NewPassage, "paragraphs" | "status"> & { status: Exclude<PassageStatus, "IMPORTING"> };

/** The last, small transaction: the pending row becomes the passage, with all its paragraphs written. */
export async function finishPending(
  db: PrismaClient,
  passageId: string,
  input: PassageFields,
  paragraphs: readonly BatchParagraph[],
): Promise<void> {
  await db.passage.update({
    where: { id: passageId },
    data: {
      ...passageColumns(input, paragraphs),
      importKey: null,
      importProgress: null,
    },
    select: { id: true },
  });
}

/** Deletes a pending (or replaced) passage's rows a few paragraphs at a time, then the row itself. */
export async function discardPending(db: PrismaClient, passageId: string): Promise<void> {
  for (;;) {
    const ids = (await db.paragraph.findMany({ where: { passageId }, select: { id: true }, take: DELETE_BATCH })).map(
      (p) => p.id,
    );
    if (ids.length === 0) break;
    await db.paragraph.deleteMany({ where: { id: { in: ids } } });
    await new Promise((resolve) => setImmediate(resolve));
  }
  await db.passage.deleteMany({ where: { id: passageId, status: "IMPORTING" } });
}

/**
 * Removes what interrupted imports left: pending rows not touched since `before` (each batch touches
 * its row). On the embedded database the app's start time (no other process writes it); with several
 * servers on PostgreSQL a time no running import can be that far behind.
 */
export async function sweepInterruptedImports(db: PrismaClient, before: Date): Promise<number> {
  const stale = await db.passage.findMany({
    where: { status: "IMPORTING", updatedAt: { lt: before } },
    select: { id: true },
  });
  for (const { id } of stale) await discardPending(db, id);
  return stale.length;
}
