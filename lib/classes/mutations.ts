import "server-only";
import { randomInt } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { endOfDayInZone, safeTimeZone } from "@/lib/time/days";
import { generateJoinCode, normalizeJoinCode } from "./join-code";
import type { AssignInput } from "./schema";

// Each mutation first finds the class through its teacher (or the passage through its author) and
// returns null when that fails: the action turns null into "not_found", so nobody learns what exists.

const ownClass = (teacherId: string, classId: string) =>
  db.classroom.findFirst({ where: { id: classId, teacherId }, select: { id: true } });

export async function createClass(teacherId: string, name: string) {
  // 31^8 codes: a collision is rare, and the unique index turns it into a retry.
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.classroom.create({
        data: { teacherId, name, joinCode: generateJoinCode(randomInt) },
        select: { id: true, joinCode: true },
      });
    } catch (error) {
      const duplicate = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!duplicate || attempt >= 4) throw error;
    }
  }
}

export type JoinOutcome = "joined" | "member" | "closed" | "removed" | "own_class" | "unknown_code";

export async function joinClass(
  userId: string,
  rawCode: string,
): Promise<{ outcome: JoinOutcome; className?: string }> {
  const code = normalizeJoinCode(rawCode);
  const classroom = code
    ? await db.classroom.findUnique({
        where: { joinCode: code },
        select: {
          id: true,
          name: true,
          closedAt: true,
          teacherId: true,
          enrollments: { where: { userId }, select: { removedAt: true } },
        },
      })
    : null;
  if (!classroom) return { outcome: "unknown_code" };
  const className = classroom.name;
  const enrollment = classroom.enrollments[0];
  if (classroom.teacherId === userId) return { outcome: "own_class", className };
  // A removed learner still has the code: only the teacher can let them back in.
  if (enrollment?.removedAt) return { outcome: "removed", className };
  if (enrollment) return { outcome: "member", className };
  if (classroom.closedAt) return { outcome: "closed", className };
  await db.enrollment.upsert({
    where: { classId_userId: { classId: classroom.id, userId } },
    create: { classId: classroom.id, userId },
    update: {},
  });
  return { outcome: "joined", className };
}

/** Removes (or, with `removed: false`, re-admits) a learner. Their own reading and words stay theirs. */
export async function setLearnerRemoved(teacherId: string, classId: string, userId: string, removed: boolean) {
  if (!(await ownClass(teacherId, classId))) return null;
  const { count } = await db.enrollment.updateMany({
    where: { classId, userId, removedAt: removed ? null : { not: null } },
    data: { removedAt: removed ? new Date() : null },
  });
  return { changed: count };
}

export async function setClassClosed(teacherId: string, classId: string, closed: boolean) {
  const { count } = await db.classroom.updateMany({
    where: { id: classId, teacherId },
    data: { closedAt: closed ? new Date() : null },
  });
  return count === 0 ? null : { closed };
}

/** Stores the glossary entries; the DeepL copy is made by syncClassGlossary. */
export async function saveGlossaryEntries(teacherId: string, classId: string, entries: Record<string, string>) {
  const { count } = await db.classroom.updateMany({
    where: { id: classId, teacherId },
    data: { glossaryEntries: entries },
  });
  return count === 0 ? null : { entries: Object.keys(entries).length };
}

export async function assignPassage(teacherId: string, input: AssignInput) {
  const [classroom, passage] = await Promise.all([
    db.classroom.findFirst({
      where: { id: input.classId, teacherId },
      select: { id: true, teacher: { select: { timeZone: true } } },
    }),
    db.passage.findFirst({
      where: {
        id: input.passageId,
        status: "PUBLISHED",
        personal: false,
        OR: [{ authorId: teacherId }, { authorId: null }],
      },
      select: { id: true },
    }),
  ]);
  if (!classroom || !passage) return null;
  const dueAt = input.dueDate ? endOfDayInZone(input.dueDate, safeTimeZone(classroom.teacher.timeZone)) : null;
  const targetCount =
    input.target === "SAVE_WORDS"
      ? (input.targetCount ?? 1)
      : input.target === "REVIEW_KEY_VOCAB"
        ? (input.targetCount ?? null)
        : null;
  const data = { dueAt, target: input.target, targetCount };
  return db.assignment.upsert({
    where: { classId_passageId: { classId: classroom.id, passageId: passage.id } },
    create: { classId: classroom.id, passageId: passage.id, ...data },
    update: data,
    select: { id: true },
  });
}

export async function unassignPassage(teacherId: string, classId: string, passageId: string) {
  if (!(await ownClass(teacherId, classId))) return null;
  const { count } = await db.assignment.deleteMany({ where: { classId, passageId } });
  return count === 0 ? null : { removed: count };
}
