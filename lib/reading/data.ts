import "server-only";
import { createHash } from "node:crypto";
import { readableParagraphs } from "@/lib/passages/readable";
import { parseKeyVocabulary, parseStoredTokens } from "@/lib/passages/stored-json";
import { db } from "@/lib/server/db";
import { readablePassageWhere, sharedPassageWhere } from "@/lib/server/passage-access";

/** Shared passages the viewer may read, newest first, with the viewer's reading progress when signed in. */
export async function listPassages(userId: string | null) {
  const passages = await db.passage.findMany({
    where: sharedPassageWhere(userId),
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      title: true,
      titleEn: true,
      publishedOn: true,
      source: true,
      wordCount: true,
      difficulty: true,
      _count: { select: { paragraphs: { where: readableParagraphs } } },
    },
  });
  const readCounts = userId
    ? await db.readingProgress.groupBy({ by: ["passageId"], where: { userId }, _count: { _all: true } })
    : [];
  const readBy = new Map(readCounts.map((row) => [row.passageId, row._count._all]));
  return passages.map(({ _count, ...passage }) => ({
    ...passage,
    paragraphCount: _count.paragraphs,
    readCount: readBy.get(passage.id) ?? 0,
  }));
}

/**
 * What the reader needs about a passage for this viewer, without its text: the header, the content
 * version (the article itself comes from the shared cache, lib/reading/article-cache.ts) and the
 * viewer's read marks. Null when the viewer may not read it: drafts are visible to their author only.
 */
export async function getPassageForReader(passageId: string, userId: string | null) {
  // The viewer's read marks are asked for alongside the passage (one round trip, not two): they are the
  // viewer's own rows, and are dropped unread when the passage turns out not to be theirs to read.
  const [passage, read] = await Promise.all([
    db.passage.findFirst({
      where: { AND: [{ id: passageId }, readablePassageWhere(userId)] },
      select: {
        id: true,
        title: true,
        titleEn: true,
        source: true,
        publishedOn: true,
        place: true,
        status: true,
        personal: true,
        authorId: true,
        difficulty: true,
        keyVocabulary: true,
        updatedAt: true,
        engineVersion: true,
      },
    }),
    userId ? db.readingProgress.findMany({ where: { userId, passageId }, select: { paragraphId: true } }) : [],
  ]);
  if (!passage) return null;
  const { authorId, keyVocabulary, updatedAt, engineVersion, ...rest } = passage;
  return {
    ...rest,
    authorId,
    /** Whether the viewer wrote it: their corrections may then apply to every reader (a teacher's passage). */
    ownedByViewer: authorId !== null && authorId === userId,
    version: contentVersion(updatedAt, engineVersion),
    keyVocabulary: parseKeyVocabulary(keyVocabulary),
    readParagraphIds: read.map((row) => row.paragraphId),
  };
}

/**
 * A passage's content version. Every edit of a passage's paragraphs, sentences or translations also
 * updates the passage row (saveDraft, saveTranslations, translatePassage), so its updatedAt changes with
 * the content; a re-analysis by a new engine keeps updatedAt (lib/passages/reanalyse.ts) and changes
 * engineVersion instead.
 */
function contentVersion(updatedAt: Date, engineVersion: string | null): string {
  const engine = createHash("sha256")
    .update(engineVersion ?? "")
    .digest("base64url")
    .slice(0, 8);
  return `${updatedAt.getTime().toString(36)}-${engine}`;
}

/**
 * A passage's paragraphs, sentences, tokens and translations: the same for every reader. No access
 * check here: callers check with getPassageForReader first (the article cache is only reached that way).
 */
export async function getPassageContent(passageId: string, translationLang = "en") {
  const passage = await db.passage.findUnique({
    where: { id: passageId },
    select: {
      updatedAt: true,
      engineVersion: true,
      paragraphs: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          kind: true,
          lang: true,
          sentences: {
            orderBy: { position: "asc" },
            select: {
              text: true,
              tokens: true,
              translations: { where: { lang: translationLang }, select: { segments: true } },
            },
          },
        },
      },
    },
  });
  if (!passage) return null;
  return {
    version: contentVersion(passage.updatedAt, passage.engineVersion),
    paragraphs: passage.paragraphs.map((paragraph) => ({
      ...paragraph,
      sentences: paragraph.sentences.map(({ translations, tokens, text }) => ({
        text,
        tokens: parseStoredTokens(tokens),
        translation: translations[0] ?? null,
      })),
    })),
  };
}
