import "server-only";
import { db } from "@/lib/server/db";
import { LIMIT_WINDOW_MS, type LibraryUsage } from "./limits";

const OWN = (userId: string) => ({ authorId: userId, personal: true });

/** The learner's own texts, newest first, with their reading progress. */
export async function listOwnTexts(userId: string) {
  const [texts, reads] = await Promise.all([
    db.passage.findMany({
      where: OWN(userId),
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        title: true,
        wordCount: true,
        difficulty: true,
        createdAt: true,
        _count: { select: { paragraphs: { where: { kind: { in: ["BODY", "EMBED"] } } } } },
      },
    }),
    db.readingProgress.groupBy({
      by: ["passageId"],
      where: { userId, passage: OWN(userId) },
      _count: { _all: true },
    }),
  ]);
  const readBy = new Map(reads.map((row) => [row.passageId, row._count._all]));
  return texts.map(({ _count, ...text }) => ({
    ...text,
    paragraphCount: _count.paragraphs,
    readCount: readBy.get(text.id) ?? 0,
  }));
}

/** What counts against the learner's limits: texts and characters of the last 24 hours, texts kept. */
export async function libraryUsage(userId: string, now = new Date()): Promise<LibraryUsage> {
  const since = new Date(now.getTime() - LIMIT_WINDOW_MS);
  const [today, kept] = await Promise.all([
    db.passage.aggregate({
      where: { ...OWN(userId), createdAt: { gte: since } },
      _count: { _all: true },
      _sum: { importedChars: true },
    }),
    db.passage.count({ where: OWN(userId) }),
  ]);
  return { textsToday: today._count._all, charsToday: today._sum.importedChars ?? 0, textsKept: kept };
}
