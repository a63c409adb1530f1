import "server-only";
import type { ImportErrorCode } from "@/lib/errors/import-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ParagraphKind } from "@/lib/german/types";
import { analyseOffThread } from "@/lib/passages/analyse-pool";
import { type BatchParagraph, beginPending, discardPending, writeParagraphs } from "@/lib/passages/batched-store";
import { engineVersion } from "@/lib/passages/engine-version";
import { importGermanText, MAX_IMPORT_CHARS, normalizeText, sizeProblem } from "@/lib/passages/import-text";
import type { PreparedPassage } from "@/lib/passages/prepare";
import { reanalysePassage } from "@/lib/passages/reanalyse";
import { countWords } from "@/lib/passages/store";
import { db } from "@/lib/server/db";
import { runImport } from "@/lib/server/imports";
import { COMPLETE_PASSAGE } from "@/lib/server/passage-access";
import { isTranslatable, type Kind, resolveOrigin, type StoredTranslation } from "./draft";
import type { SaveDraftInput, SaveTranslationsInput } from "./schema";

const KIND: Record<Kind, ParagraphKind> = { HEADING: "heading", BODY: "body", EMBED: "embed", SOURCE: "source" };

export type ImportRejection = { field: "title"; code: "title_missing" } | { field: "text"; code: ImportErrorCode };

/** Imports pasted text as a draft of this teacher. Rejections are returned, not thrown: they are the teacher's to fix. */
export async function importPassage(
  teacherId: string,
  input: { title: string; text: string; importKey?: string | undefined },
): Promise<{ ok: true; passageId: string } | ({ ok: false } & ImportRejection)> {
  const title = input.title.trim();
  if (!title) return { ok: false, field: "title", code: "title_missing" };
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
      status: "DRAFT",
      authorId: teacherId,
    },
    ...(input.importKey !== undefined && { importKey: input.importKey }),
  });
  return { ok: true, passageId: id };
}

// A 50,000-character draft is hundreds of nested rows: more than Prisma's default 5 s on a slow disk.
const TRANSACTION = { maxWait: 10_000, timeout: 30_000 };

export type SaveOutcome =
  | { ok: true; version: string }
  | {
      ok: false;
      code: "not_found" | "published" | "changed" | "too_long" | "too_many_paragraphs" | "too_many_sentences" | "empty";
    };

/**
 * Replaces a draft's paragraphs with the editor's version. Sentences are re-tokenised; each
 * translation's origin is judged against the stored sentences it came from. The steps: check size,
 * owner, state and version; normalise the edit; analyse it on a worker thread; write the new paragraphs
 * in short transactions under a pending row nobody reads; then one small transaction checks state and
 * version again and swaps the new paragraphs in (the old ones move to a pending row deleted in batches
 * afterwards). The database is never held for the whole save, and the draft is the old or the new one.
 */
export async function saveDraft(teacherId: string, input: SaveDraftInput): Promise<SaveOutcome> {
  const total = input.paragraphs.reduce((n, p) => n + p.sentences.reduce((m, s) => m + s.text.length, 0), 0);
  if (total > MAX_IMPORT_CHARS) return { ok: false, code: "too_long" };
  const tooMany = sizeProblem(input.paragraphs);
  if (tooMany) return { ok: false, code: tooMany };
  // Nobody but the author gets the analysis work done for them (the last transaction checks again).
  const passage = await loadDraftForSave(db, teacherId, input.passageId);
  if (!passage) return { ok: false, code: "not_found" };
  const refused = refusal(passage, input.version);
  if (refused) return { ok: false, code: refused };
  const edited = normaliseEdit(input.paragraphs);
  if (edited.length === 0) return { ok: false, code: "empty" };
  const prepared = await analyseEdit(edited);
  const paragraphs = judgeOrigins(edited, prepared, storedTranslations(passage));
  const pending = await beginPending(db, { authorId: teacherId });
  let discard = pending;
  try {
    await writeParagraphs(db, pending, toBatch(paragraphs));
    const outcome = await db.$transaction(async (tx) => {
      const current = await tx.passage.findFirst({
        where: { id: input.passageId, authorId: teacherId, ...COMPLETE_PASSAGE },
        select: { status: true, updatedAt: true },
      });
      if (!current) return { ok: false, code: "not_found" } as const;
      const stale = refusal(current, input.version);
      if (stale) return { ok: false, code: stale } as const;
      const old = await swapContent(tx, passage.id, pending, teacherId);
      const version = await updateDraftFields(tx, passage.id, input, paragraphs, prepared);
      return { ok: true, version, old } as const;
    }, TRANSACTION);
    if (!outcome.ok) return outcome;
    discard = outcome.old;
    return { ok: true, version: outcome.version };
  } finally {
    // The old content after a swap, the new one when the swap did not happen: removed in batches.
    await discardPending(db, discard).catch(() => undefined);
  }
}

/** Learners' reading progress hangs on published paragraphs: only translations change after publishing. */
function refusal(passage: { status: string; updatedAt: Date }, version: string): "published" | "changed" | null {
  if (passage.status !== "DRAFT") return "published";
  if (passage.updatedAt.toISOString() !== version) return "changed";
  return null;
}

type EditedParagraph = SaveDraftInput["paragraphs"][number];
type Tx = Prisma.TransactionClient;

/** The editor's text as the importer would have it: normalised, one line per sentence, no empty ones. */
function normaliseEdit(paragraphs: EditedParagraph[]): EditedParagraph[] {
  return paragraphs
    .map((p) => ({
      ...p,
      sentences: p.sentences
        .map((s) => ({
          ...s,
          text: normalizeText(s.text)
            .replace(/\s*\n\s*/g, " ")
            .trim(),
        }))
        .filter((s) => s.text !== ""),
    }))
    .filter((p) => p.sentences.length > 0);
}

/**
 * The importer's own preparation (tokens, analysis, key vocabulary, difficulty), so an edited draft
 * reads like an imported one. The editor's translations choose each word's meaning, as the stored ones
 * do for a published passage.
 */
function analyseEdit(edited: EditedParagraph[]): Promise<PreparedPassage> {
  return analyseOffThread(
    {
      paragraphs: edited.map((p) => ({ kind: KIND[p.kind], lang: p.lang, sentences: p.sentences.map((s) => s.text) })),
    },
    edited.map((p) => (isTranslatable(p.kind) ? p.sentences.map((s) => s.translation) : undefined)),
  );
}

function loadDraftForSave(tx: Tx, teacherId: string, passageId: string) {
  return tx.passage.findFirst({
    where: { id: passageId, authorId: teacherId, ...COMPLETE_PASSAGE },
    select: {
      id: true,
      status: true,
      updatedAt: true,
      paragraphs: {
        select: {
          sentences: {
            select: { id: true, translations: { where: { lang: "en" }, select: { segments: true, origin: true } } },
          },
        },
      },
    },
  });
}

type DraftForSave = NonNullable<Awaited<ReturnType<typeof loadDraftForSave>>>;

function storedTranslations(passage: DraftForSave): Map<string, StoredTranslation | null> {
  const stored = new Map<string, StoredTranslation | null>();
  for (const p of passage.paragraphs)
    for (const s of p.sentences) stored.set(s.id, (s.translations[0] as StoredTranslation | undefined) ?? null);
  return stored;
}

/** Each sentence with its tokens, its translation and that translation's origin. */
function judgeOrigins(
  edited: EditedParagraph[],
  prepared: PreparedPassage,
  stored: Map<string, StoredTranslation | null>,
) {
  return edited.map((p, i) => ({
    kind: p.kind,
    lang: p.lang,
    sentences: p.sentences.map((s, j) => {
      const segments = isTranslatable(p.kind) ? s.translation : [];
      // Ids that are not this passage's sentences count as unknown, never as someone else's data.
      const origin = resolveOrigin(
        segments,
        s.from.map((id) => (stored.has(id) ? stored.get(id)! : null)),
      );
      return { text: s.text, tokens: prepared.paragraphs[i]!.sentences[j]!.tokens, segments, origin };
    }),
  }));
}

/** The judged paragraphs as the batched store writes them. */
function toBatch(paragraphs: ReturnType<typeof judgeOrigins>): BatchParagraph[] {
  return paragraphs.map((p) => ({
    kind: p.kind,
    lang: p.lang,
    sentences: p.sentences.map((s) => ({
      text: s.text,
      tokens: s.tokens,
      ...(s.origin && { translation: { segments: s.segments, origin: s.origin } }),
    })),
  }));
}

/**
 * Moves the draft's paragraphs to a new pending row and the ones written under `pending` to the draft
 * (two updates of paragraph rows, whatever the size of their sentences), then drops the emptied
 * `pending` row. Returns the row holding the old content, to be deleted.
 */
async function swapContent(tx: Tx, passageId: string, pending: string, authorId: string): Promise<string> {
  const old = await tx.passage.create({
    data: { title: "", status: "IMPORTING", authorId },
    select: { id: true },
  });
  await tx.paragraph.updateMany({ where: { passageId }, data: { passageId: old.id } });
  await tx.paragraph.updateMany({ where: { passageId: pending }, data: { passageId } });
  await tx.passage.delete({ where: { id: pending } });
  return old.id;
}

/** The draft's own fields after a save; returns the new version. */
async function updateDraftFields(
  tx: Tx,
  passageId: string,
  input: SaveDraftInput,
  paragraphs: ReturnType<typeof judgeOrigins>,
  prepared: PreparedPassage,
): Promise<string> {
  const updated = await tx.passage.update({
    where: { id: passageId },
    data: {
      title: input.title,
      titleEn: input.titleEn || null,
      wordCount: countWords(paragraphs),
      difficulty: prepared.difficulty ?? null,
      keyVocabulary: prepared.keyVocabulary as unknown as Prisma.InputJsonValue,
      engineVersion: engineVersion(),
    },
    select: { updatedAt: true },
  });
  return updated.updatedAt.toISOString();
}

/** Translations of a published passage: the structure stays, so learners' progress does too. */
export async function saveTranslations(teacherId: string, input: SaveTranslationsInput) {
  const passage = await db.passage.findFirst({
    where: { id: input.passageId, authorId: teacherId },
    select: {
      id: true,
      paragraphs: {
        select: {
          kind: true,
          sentences: {
            select: { id: true, translations: { where: { lang: "en" }, select: { segments: true, origin: true } } },
          },
        },
      },
    },
  });
  if (!passage) return null;
  const own = new Map<string, StoredTranslation | null>();
  for (const p of passage.paragraphs) {
    if (!isTranslatable(p.kind)) continue;
    for (const s of p.sentences) own.set(s.id, (s.translations[0] as StoredTranslation | undefined) ?? null);
  }
  const writes = input.sentences.flatMap(({ sentenceId, translation }): Prisma.PrismaPromise<unknown>[] => {
    if (!own.has(sentenceId)) return [];
    const before = own.get(sentenceId) ?? null;
    const origin = resolveOrigin(translation, [before]);
    if (origin === null)
      return before ? [db.sentenceTranslation.deleteMany({ where: { sentenceId, lang: "en" } })] : [];
    if (before && origin === before.origin && before.segments.join("\n") === translation.join("\n")) return [];
    return [
      db.sentenceTranslation.upsert({
        where: { sentenceId_lang: { sentenceId, lang: "en" } },
        create: { sentenceId, lang: "en", segments: translation, origin },
        update: { segments: translation, origin },
      }),
    ];
  });
  await db.$transaction([
    ...writes,
    db.passage.update({ where: { id: passage.id }, data: { titleEn: input.titleEn || null } }),
  ]);
  // New translations choose the words' meanings and what the reader lights: analyse again with them.
  if (writes.length) await reanalysePassage(db, passage.id);
  return { saved: writes.length };
}

/** Publishes a draft: it appears in every reader's list and can be assigned. */
export async function publishPassage(teacherId: string, passageId: string) {
  const passage = await db.passage.findFirst({
    where: { id: passageId, authorId: teacherId },
    select: { id: true, status: true, _count: { select: { paragraphs: { where: { kind: "BODY" } } } } },
  });
  if (!passage) return null;
  if (passage.status === "PUBLISHED") return { published: true };
  if (passage._count.paragraphs === 0) return { published: false as const, reason: "no_body" as const };
  await db.passage.update({ where: { id: passage.id }, data: { status: "PUBLISHED" } });
  return { published: true };
}

/** Deletes a draft; published passages stay (learners may have read them). */
export async function deleteDraft(teacherId: string, passageId: string) {
  const { count } = await db.passage.deleteMany({ where: { id: passageId, authorId: teacherId, status: "DRAFT" } });
  return count === 0 ? null : { deleted: true };
}

/** Makes a teacher's passage public (everyone) or private (the teacher and their classes' learners). */
export async function setPassageVisibility(teacherId: string, passageId: string, visibility: "PRIVATE" | "PUBLIC") {
  const { count } = await db.passage.updateMany({
    where: { id: passageId, authorId: teacherId, personal: false },
    data: { visibility },
  });
  return count === 0 ? null : { visibility };
}
