import "server-only";
import { readableParagraphs } from "@/lib/passages/readable";
import { db } from "@/lib/server/db";
import { readablePassageWhere } from "@/lib/server/passage-access";
import { dayKey, dayRange, safeTimeZone } from "@/lib/time/days";
import { KNOWN_STABILITY_DAYS, type KnownRow, knownSince, MATURE_INTERVAL_DAYS, measuredRetention } from "./known";
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

/**
 * Every saved word with what decides whether it is known (lib/progress/known.ts): its status, part of speech,
 * when it was marked known, its card's stability now, and since when that stability has stayed at or above
 * the threshold (the first review after the last one that left it below).
 */
function knownRows(userId: string): Promise<KnownRow[]> {
  return db.$queryRaw<KnownRow[]>`
    SELECT v.lemma, v.status::text AS status, v.pos, v."knownAt" AS "knownAt", v."updatedAt" AS "updatedAt",
           c.stability AS stability,
           (SELECT min(l."reviewedAt") FROM "ReviewLog" l
             WHERE l."cardId" = c.id AND (l."stateAfter"->>'stability')::float8 >= ${KNOWN_STABILITY_DAYS}
               AND l."reviewedAt" > coalesce(
                 (SELECT max(b."reviewedAt") FROM "ReviewLog" b
                   WHERE b."cardId" = c.id AND (b."stateAfter"->>'stability')::float8 < ${KNOWN_STABILITY_DAYS}),
                 '-infinity'::timestamp)) AS "stableAt"
    FROM "VocabularyItem" v
    LEFT JOIN "ReviewCard" c ON c."itemId" = v.id
    WHERE v."userId" = ${userId} AND v.status <> 'IGNORED'`;
}

/** Mature reviews (the card was scheduled MATURE_INTERVAL_DAYS or more ahead) and how many were recalled. */
async function matureReviews(userId: string): Promise<{ reviews: number; recalled: number }> {
  const [row] = await db.$queryRaw<{ reviews: number; recalled: number }[]>`
    SELECT count(*)::int AS reviews, coalesce(sum(CASE WHEN correct THEN 1 ELSE 0 END), 0)::int AS recalled
    FROM "ReviewLog"
    WHERE "userId" = ${userId} AND ("stateBefore"->>'scheduledDays')::float8 >= ${MATURE_INTERVAL_DAYS}`;
  return row ?? { reviews: 0, recalled: 0 };
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
    where: { AND: [{ id: { in: reads.map((r) => r.passageId) } }, readablePassageWhere(userId)] },
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
  const [reviews, reading, known, mature, passages] = await Promise.all([
    reviewBuckets(userId).then(toBuckets),
    readingBuckets(userId).then(toBuckets),
    knownRows(userId).then((rows) => knownSince(rows)),
    matureReviews(userId),
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
    retention: measuredRetention(mature.reviews, mature.recalled),
    passages,
  };
}
