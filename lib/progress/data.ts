import "server-only";
import { readableParagraphs } from "@/lib/passages/readable";
import { fsrsCardFields, REVIEWABLE } from "@/lib/review/data";
import { estimatedRetention } from "@/lib/review/scheduler";
import { db } from "@/lib/server/db";
import { dayKey, dayRange, safeTimeZone } from "@/lib/time/days";
import { type ActivityBucket, daysGoalMet, knownOverTime, ratio, seriesFor, totalsByDay } from "./stats";
import { computeStreak } from "./streak";

// Activity is counted in 15-minute buckets in SQL: every time zone's offset is a multiple of 15
// minutes, so a bucket never straddles a local midnight, and a year of history stays a few thousand rows.
const BUCKET_SECONDS = 900;

interface BucketRow {
  bucket: number;
  n: number;
  correct: number;
}

const toBuckets = (rows: BucketRow[]): ActivityBucket[] =>
  rows.map((row) => ({ at: new Date(row.bucket * BUCKET_SECONDS * 1000), count: row.n, correct: row.correct }));

function reviewBuckets(userId: string) {
  return db.$queryRaw<BucketRow[]>`
    SELECT floor(extract(epoch FROM "reviewedAt") / ${BUCKET_SECONDS})::int AS bucket, count(*)::int AS n,
           sum(CASE WHEN correct THEN 1 ELSE 0 END)::int AS correct
    FROM "ReviewLog" WHERE "userId" = ${userId} GROUP BY 1`;
}

function readingBuckets(userId: string) {
  return db.$queryRaw<BucketRow[]>`
    SELECT floor(extract(epoch FROM "readAt") / ${BUCKET_SECONDS})::int AS bucket, count(*)::int AS n, 0 AS correct
    FROM "ReadingProgress" WHERE "userId" = ${userId} GROUP BY 1`;
}

/** When each word became known: marked known by the learner, or first reached FSRS long-term review. */
async function knownSince(userId: string): Promise<Date[]> {
  const rows = await db.$queryRaw<{ knownAt: Date | null; learnedAt: Date | null }[]>`
    SELECT v."knownAt" AS "knownAt", min(l."reviewedAt") AS "learnedAt"
    FROM "VocabularyItem" v
    LEFT JOIN "ReviewCard" c ON c."itemId" = v.id
    LEFT JOIN "ReviewLog" l ON l."cardId" = c.id AND (l."stateAfter"->>'state') = '2'
    WHERE v."userId" = ${userId} AND v.status <> 'IGNORED'
    GROUP BY v.id, v."knownAt"`;
  return rows.flatMap((row) => {
    const times = [row.knownAt, row.learnedAt].filter((t): t is Date => t !== null).map((t) => new Date(t).getTime());
    return times.length ? [new Date(Math.min(...times))] : [];
  });
}

async function passagesRead(userId: string) {
  const reads = await db.readingProgress.groupBy({
    by: ["passageId"],
    where: { userId },
    _count: { _all: true },
    _max: { readAt: true },
  });
  if (reads.length === 0) return [];
  const passages = await db.passage.findMany({
    where: { id: { in: reads.map((r) => r.passageId) }, OR: [{ status: "PUBLISHED" }, { authorId: userId }] },
    select: {
      id: true,
      title: true,
      _count: { select: { paragraphs: { where: readableParagraphs } } },
    },
  });
  const byId = new Map(passages.map((p) => [p.id, p]));
  return reads
    .flatMap((read) => {
      const passage = byId.get(read.passageId);
      if (!passage) return [];
      const total = passage._count.paragraphs;
      const count = Math.min(read._count._all, total);
      return [
        {
          id: passage.id,
          title: passage.title,
          read: count,
          total,
          percent: ratio(count, total) ?? 0,
          lastReadAt: read._max.readAt,
        },
      ];
    })
    .sort((a, b) => (b.lastReadAt?.getTime() ?? 0) - (a.lastReadAt?.getTime() ?? 0));
}

/** Everything the progress page shows, for the last `days` days in the learner's time zone. */
export async function progressForUser(userId: string, now = new Date(), days = 30) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true, dailyGoal: true } });
  const timeZone = safeTimeZone(user.timeZone);
  const [reviews, reading, known, cards, passages] = await Promise.all([
    reviewBuckets(userId).then(toBuckets),
    readingBuckets(userId).then(toBuckets),
    knownSince(userId),
    db.reviewCard.findMany({
      where: { userId, state: { not: 0 }, item: { status: { in: [...REVIEWABLE, "KNOWN"] } } },
      select: fsrsCardFields,
    }),
    passagesRead(userId),
  ]);

  const today = dayKey(now, timeZone);
  const range = dayRange(today, days);
  const reviewTotals = totalsByDay(reviews, timeZone);
  const readingTotals = totalsByDay(reading, timeZone);
  const reviewsPerDay = seriesFor(range, reviewTotals);
  const allReviews = reviews.reduce((sum, b) => sum + b.count, 0);
  const allCorrect = reviews.reduce((sum, b) => sum + (b.correct ?? 0), 0);
  const todayReviews = reviewTotals.get(today)?.count ?? 0;
  const knownPerDay = knownOverTime(known, timeZone, range);

  return {
    timeZone,
    today,
    dailyGoal: user.dailyGoal,
    streak: computeStreak([...reviewTotals.keys(), ...readingTotals.keys()], today),
    todayReviews,
    todayParagraphs: readingTotals.get(today)?.count ?? 0,
    goalMetToday: todayReviews >= user.dailyGoal,
    daysGoalMet: daysGoalMet(reviewsPerDay, user.dailyGoal),
    reviewsPerDay,
    knownPerDay,
    wordsKnown: known.length,
    totalReviews: allReviews,
    accuracy: ratio(allCorrect, allReviews),
    retention: estimatedRetention(cards, now),
    passages,
  };
}
