import "server-only";
import { isReadable, readableParagraphs } from "@/lib/passages/readable";
import { db } from "@/lib/server/db";
import { readablePassageWhere } from "@/lib/server/passage-access";

/** Marks (or unmarks) a paragraph as read for this user; returns the passage's read count. Null when the paragraph is not readable by the user. */
export async function setParagraphRead(userId: string, paragraphId: string, read: boolean) {
  const paragraph = await db.paragraph.findFirst({
    where: { id: paragraphId, passage: readablePassageWhere(userId) },
    select: { passageId: true, kind: true },
  });
  if (!paragraph) return null;
  // Only reading counts: a heading or the source line marked read would push "read" past the total.
  if (!isReadable(paragraph.kind)) return null;
  const { passageId } = paragraph;
  if (read) {
    await db.readingProgress.upsert({
      where: { userId_paragraphId: { userId, paragraphId } },
      create: { userId, paragraphId, passageId },
      update: {},
    });
  } else {
    await db.readingProgress.deleteMany({ where: { userId, paragraphId } });
  }
  const readCount = await db.readingProgress.count({ where: { userId, passageId, paragraph: readableParagraphs } });
  return { passageId, readCount };
}
