// Stored analyses follow the engine: a passage analysed by another engine version is analysed again
// from its stored sentences and translations. Only derived data changes (each sentence's tokens, the
// passage's key vocabulary, difficulty, word count and engine version): passage, paragraph and sentence
// ids, translations and their origins stay, so reading progress, saved words, review cards and teachers'
// corrections, which hang on those ids or live in their own rows, are untouched.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ParagraphKind as DbParagraphKind } from "@/lib/generated/prisma/enums";
import type { ParagraphKind } from "@/lib/german/types";
import { engineVersion, staleEngine } from "./engine-version";
import { preparePassage } from "./prepare";
import { countWords } from "./store";

const KIND: Record<DbParagraphKind, ParagraphKind> = {
  HEADING: "heading",
  BODY: "body",
  EMBED: "embed",
  SOURCE: "source",
};

// A long passage is hundreds of sentence updates: more than Prisma's default 5 s on a slow disk.
const TRANSACTION = { maxWait: 10_000, timeout: 60_000 };

/** Ids of passages not analysed by this engine version. */
export async function stalePassages(db: PrismaClient, version = engineVersion()): Promise<string[]> {
  const rows = await db.passage.findMany({
    where: staleEngine(version),
    select: { id: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => r.id);
}

function loadPassage(db: Pick<PrismaClient, "passage">, id: string) {
  return db.passage.findUnique({
    where: { id },
    select: {
      updatedAt: true,
      paragraphs: {
        orderBy: { position: "asc" },
        select: {
          kind: true,
          lang: true,
          sentences: {
            orderBy: { position: "asc" },
            select: { id: true, text: true, translations: { where: { lang: "en" }, select: { segments: true } } },
          },
        },
      },
    },
  });
}

/**
 * Analyses one passage again with the current engine and its stored translations. Returns false when
 * the passage is gone. If a teacher edits it meanwhile, their save (analysed by the same engine) wins.
 */
export async function reanalysePassage(db: PrismaClient, id: string, version = engineVersion()): Promise<boolean> {
  const stored = await loadPassage(db, id);
  if (!stored) return false;
  const prepared = preparePassage(
    {
      paragraphs: stored.paragraphs.map((p) => ({
        kind: KIND[p.kind],
        lang: p.lang === "en" ? "en" : "de",
        sentences: p.sentences.map((s) => s.text),
      })),
    },
    stored.paragraphs.map((p) => p.sentences.map((s) => s.translations[0]?.segments)),
  );
  return db.$transaction(async (tx) => {
    const now = await loadPassage(tx, id);
    const same =
      now &&
      JSON.stringify(now.paragraphs.map((p) => p.sentences.map((s) => [s.id, s.text]))) ===
        JSON.stringify(stored.paragraphs.map((p) => p.sentences.map((s) => [s.id, s.text])));
    if (!same) return now !== null;
    for (const [pi, paragraph] of stored.paragraphs.entries()) {
      for (const [si, sentence] of paragraph.sentences.entries()) {
        const tokens = prepared.paragraphs[pi]?.sentences[si]?.tokens ?? [];
        await tx.sentence.update({ where: { id: sentence.id }, data: { tokens: tokens as unknown as object } });
      }
    }
    await tx.passage.update({
      where: { id },
      data: {
        engineVersion: version,
        keyVocabulary: prepared.keyVocabulary as unknown as object,
        difficulty: prepared.difficulty ?? null,
        wordCount: countWords(prepared.paragraphs),
        // Not an edit: a teacher's open draft editor keeps its version.
        updatedAt: stored.updatedAt,
      },
    });
    return true;
  }, TRANSACTION);
}

/** Re-analyses every stale passage; returns how many were analysed again. */
export async function reanalyseStale(
  db: PrismaClient,
  options: { version?: string; onPassage?: (id: string, index: number, total: number) => void } = {},
): Promise<number> {
  const version = options.version ?? engineVersion();
  const ids = await stalePassages(db, version);
  let done = 0;
  for (const [i, id] of ids.entries()) {
    options.onPassage?.(id, i, ids.length);
    if (await reanalysePassage(db, id, version)) done++;
  }
  return done;
}
