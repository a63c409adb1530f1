import "server-only";
import { readableParagraphs } from "@/lib/passages/readable";
import { db } from "@/lib/server/db";
import { safeTimeZone } from "@/lib/time/days";
import { formatGlossary, readGlossaryEntries } from "@/lib/translation/glossary";
import { keyLemmasFor } from "./key-vocabulary";
import { type AssignmentProgress, accuracy, assignmentProgress } from "./progress";
import { factsKey, loadLearnerFacts, NO_FACTS } from "./progress-data";

// Every query here takes the viewer's id and filters by it: a class is found only through its
// teacher (or, for learners, through their own enrollment).

export async function listTeacherClasses(teacherId: string) {
  const classes = await db.classroom.findMany({
    where: { teacherId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      joinCode: true,
      closedAt: true,
      _count: { select: { enrollments: { where: { removedAt: null } }, assignments: true } },
    },
  });
  return classes.map(({ _count, ...c }) => ({
    ...c,
    learnerCount: _count.enrollments,
    assignmentCount: _count.assignments,
  }));
}

/** Published passages a teacher may assign: their own and the product's (no author). */
export async function listAssignablePassages(teacherId: string) {
  return db.passage.findMany({
    where: { status: "PUBLISHED", personal: false, OR: [{ authorId: teacherId }, { authorId: null }] },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true },
  });
}

export type ClassDashboard = NonNullable<Awaited<ReturnType<typeof getClassDashboard>>>;

/** The class page of its teacher: roster, assignments and progress. Null for anyone else. */
export async function getClassDashboard(teacherId: string, classId: string, now = new Date()) {
  const classroom = await findTeachersClass(teacherId, classId);
  if (!classroom) return null;
  const active = classroom.enrollments.filter((e) => e.removedAt === null);
  const assignments = classroom.assignments.map(assignmentOf);
  const learners = await learnerRows(active, assignments, now);
  return {
    id: classroom.id,
    name: classroom.name,
    joinCode: classroom.joinCode,
    closedAt: classroom.closedAt,
    createdAt: classroom.createdAt,
    timeZone: safeTimeZone(classroom.teacher.timeZone),
    glossaryText: formatGlossary(readGlossaryEntries(classroom.glossaryEntries)),
    /** The id DeepL last gave the glossary; whether DeepL still has it is asked by GlossaryState. */
    glossaryId: classroom.glossaryId,
    learners,
    removed: classroom.enrollments
      .filter((e) => e.removedAt !== null)
      .map((e) => ({ userId: e.userId, name: e.user.name, email: e.user.email, removedAt: e.removedAt })),
    assignments: assignmentSummaries(assignments, learners),
  };
}

/** The class with its roster and assignments, found only through its teacher. */
function findTeachersClass(teacherId: string, classId: string) {
  return db.classroom.findFirst({
    where: { id: classId, teacherId },
    select: {
      id: true,
      name: true,
      joinCode: true,
      closedAt: true,
      createdAt: true,
      glossaryId: true,
      glossaryEntries: true,
      teacher: { select: { timeZone: true } },
      enrollments: {
        orderBy: { joinedAt: "asc" },
        select: {
          userId: true,
          joinedAt: true,
          removedAt: true,
          user: { select: { name: true, email: true, level: true } },
        },
      },
      assignments: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          dueAt: true,
          target: true,
          targetCount: true,
          createdAt: true,
          passage: {
            select: {
              id: true,
              title: true,
              keyVocabulary: true,
              _count: { select: { paragraphs: { where: readableParagraphs } } },
            },
          },
        },
      },
    },
  });
}

type Classroom = NonNullable<Awaited<ReturnType<typeof findTeachersClass>>>;
type Enrollment = Classroom["enrollments"][number];
type ClassAssignment = ReturnType<typeof assignmentOf>;

function assignmentOf(a: Classroom["assignments"][number]) {
  return {
    id: a.id,
    passageId: a.passage.id,
    title: a.passage.title,
    dueAt: a.dueAt,
    target: a.target,
    targetCount: a.targetCount,
    readableCount: a.passage._count.paragraphs,
    keyVocabulary: a.passage.keyVocabulary,
    assignedAt: a.createdAt,
  };
}

/** One row per active learner: progress on each assignment (since it was assigned), totals, activity. */
async function learnerRows(active: Enrollment[], assignments: ClassAssignment[], now: Date) {
  const [facts, activity] = await Promise.all([
    loadLearnerFacts(
      active.map((e) => ({ id: e.userId, level: e.user.level })),
      assignments.map((a) => ({ id: a.passageId, keyVocabulary: a.keyVocabulary, since: a.assignedAt })),
    ),
    loadActivity(
      active.map((e) => e.userId),
      assignments.map((a) => a.passageId),
    ),
  ]);
  const paragraphsTotal = assignments.reduce((sum, a) => sum + a.readableCount, 0);
  return active.map((enrollment) => {
    const progress: Record<string, AssignmentProgress> = {};
    let paragraphsRead = 0;
    let wordsSaved = 0;
    for (const a of assignments) {
      const f = facts.get(factsKey(enrollment.userId, a.passageId)) ?? NO_FACTS;
      progress[a.id] = assignmentProgress(
        { ...a, keyLemmas: keyLemmasFor(a.keyVocabulary, enrollment.user.level) },
        f,
        now,
      );
      paragraphsRead += Math.min(f.paragraphsRead, a.readableCount);
      wordsSaved += f.wordsSaved;
    }
    const reviews = activity.reviews.get(enrollment.userId) ?? { total: 0, correct: 0 };
    return {
      userId: enrollment.userId,
      name: enrollment.user.name,
      email: enrollment.user.email,
      joinedAt: enrollment.joinedAt,
      paragraphsRead,
      paragraphsTotal,
      wordsSaved,
      reviews: reviews.total,
      accuracy: accuracy(reviews.correct, reviews.total),
      lastActive: activity.lastActive.get(enrollment.userId) ?? null,
      progress,
    };
  });
}

/** Per assignment: how many learners have finished it and how many have started. */
function assignmentSummaries(
  assignments: ClassAssignment[],
  learners: { progress: Record<string, AssignmentProgress> }[],
) {
  return assignments.map(({ keyVocabulary: _words, assignedAt: _at, ...a }) => {
    const statuses = learners.map((l) => l.progress[a.id]!);
    return {
      ...a,
      completed: statuses.filter((s) => s.status === "done").length,
      started: statuses.filter((s) => s.status !== "not_started").length,
      learnerCount: learners.length,
    };
  });
}

/** Reviews of words from the class's passages, and when each learner last did anything at all. */
async function loadActivity(userIds: string[], passageIds: string[]) {
  const reviews = new Map<string, { total: number; correct: number }>();
  const lastActive = new Map<string, Date>();
  if (userIds.length === 0) return { reviews, lastActive };
  const users = { userId: { in: userIds } };
  const [logs, lastRead, lastSaved, lastReview] = await Promise.all([
    passageIds.length === 0
      ? Promise.resolve([])
      : db.reviewLog.groupBy({
          by: ["userId", "correct"],
          where: { ...users, card: { item: { passageId: { in: passageIds } } } },
          _count: { _all: true },
        }),
    db.readingProgress.groupBy({ by: ["userId"], where: users, _max: { readAt: true } }),
    db.vocabularyItem.groupBy({ by: ["userId"], where: users, _max: { createdAt: true } }),
    db.reviewLog.groupBy({ by: ["userId"], where: users, _max: { reviewedAt: true } }),
  ]);
  for (const row of logs) {
    const value = reviews.get(row.userId) ?? { total: 0, correct: 0 };
    value.total += row._count._all;
    if (row.correct) value.correct += row._count._all;
    reviews.set(row.userId, value);
  }
  const later = (userId: string, date: Date | null) => {
    const current = lastActive.get(userId);
    if (date && (!current || date > current)) lastActive.set(userId, date);
  };
  for (const row of lastRead) later(row.userId, row._max.readAt);
  for (const row of lastSaved) later(row.userId, row._max.createdAt);
  for (const row of lastReview) later(row.userId, row._max.reviewedAt);
  return { reviews, lastActive };
}

/** What the join page shows before a learner confirms. Null for codes that match no class. */
export async function getJoinPreview(userId: string, code: string) {
  const classroom = await db.classroom.findUnique({
    where: { joinCode: code },
    select: {
      id: true,
      name: true,
      closedAt: true,
      teacherId: true,
      teacher: { select: { name: true } },
      enrollments: { where: { userId }, select: { removedAt: true } },
    },
  });
  if (!classroom) return null;
  const enrollment = classroom.enrollments[0];
  const state =
    classroom.teacherId === userId
      ? "own_class"
      : enrollment?.removedAt
        ? "removed"
        : enrollment
          ? "member"
          : classroom.closedAt
            ? "closed"
            : "open";
  return { name: classroom.name, teacherName: classroom.teacher.name, state } as const;
}

export type LearnerClass = Awaited<ReturnType<typeof listLearnerClasses>>[number];

/** The classes a learner is in, with their assignments and the learner's own progress. */
export async function listLearnerClasses(userId: string, now = new Date()) {
  const [enrollments, user] = await Promise.all([
    db.enrollment.findMany({
      where: { userId, removedAt: null },
      orderBy: { joinedAt: "desc" },
      select: {
        classroom: {
          select: {
            id: true,
            name: true,
            closedAt: true,
            teacher: { select: { name: true } },
            assignments: {
              orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
              select: {
                id: true,
                dueAt: true,
                target: true,
                targetCount: true,
                createdAt: true,
                passage: {
                  select: {
                    id: true,
                    title: true,
                    status: true,
                    keyVocabulary: true,
                    _count: { select: { paragraphs: { where: readableParagraphs } } },
                  },
                },
              },
            },
          },
        },
      },
    }),
    db.user.findUnique({ where: { id: userId }, select: { timeZone: true, level: true } }),
  ]);
  // A passage is readable by learners only while published.
  const classes = enrollments.map((e) => ({
    ...e.classroom,
    assignments: e.classroom.assignments.filter((a) => a.passage.status === "PUBLISHED"),
  }));
  // A passage assigned in two classes counts reading since the first assignment.
  const passages = new Map<string, { keyVocabulary: unknown; since: Date }>();
  for (const a of classes.flatMap((c) => c.assignments)) {
    const known = passages.get(a.passage.id);
    if (!known || a.createdAt < known.since)
      passages.set(a.passage.id, { keyVocabulary: a.passage.keyVocabulary, since: a.createdAt });
  }
  const level = user?.level ?? null;
  const facts = await loadLearnerFacts(
    [{ id: userId, level }],
    [...passages].map(([id, p]) => ({ id, ...p })),
  );
  const timeZone = safeTimeZone(user?.timeZone);
  return classes.map((c) => ({
    id: c.id,
    name: c.name,
    closed: c.closedAt !== null,
    teacherName: c.teacher.name,
    timeZone,
    assignments: c.assignments.map((a) => ({
      id: a.id,
      passageId: a.passage.id,
      title: a.passage.title,
      dueAt: a.dueAt,
      target: a.target,
      targetCount: a.targetCount,
      progress: assignmentProgress(
        { ...a, readableCount: a.passage._count.paragraphs, keyLemmas: keyLemmasFor(a.passage.keyVocabulary, level) },
        facts.get(factsKey(userId, a.passage.id)) ?? NO_FACTS,
        now,
      ),
    })),
  }));
}
