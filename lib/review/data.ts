import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { dayKey, safeTimeZone } from "@/lib/time/days";
import { type CardState, previewIntervals } from "./scheduler";

/** Items in these statuses are reviewed; known and ignored words are not. */
export const REVIEWABLE = ["NEW", "LEARNING"] as const;
const MAX_DUE = 200;
// A calendar day lasts at most 25 hours (DST), so this window always covers "today" in any zone.
const TODAY_WINDOW_MS = 26 * 3_600_000;

/** The columns FSRS schedules with (lib/review/scheduler.ts's CardState). */
export const fsrsCardFields = {
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  state: true,
  lastReview: true,
} as const;

export const cardSelect = {
  id: true,
  version: true,
  ...fsrsCardFields,
  item: {
    select: {
      id: true,
      lemma: true,
      surface: true,
      pos: true,
      gender: true,
      plural: true,
      gloss: true,
      grammar: true,
      context: true,
      contextTranslation: true,
      status: true,
    },
  },
} satisfies Prisma.ReviewCardSelect;

export type CardRow = Prisma.ReviewCardGetPayload<{ select: typeof cardSelect }>;

/** What the review screen gets for one card (no FSRS internals). */
export interface ReviewCardView {
  cardId: string;
  version: number;
  due: string;
  state: number;
  /** Milliseconds until the card comes back for Again, Hard, Good, Easy (as of loading). */
  intervals: [number, number, number, number];
  item: Omit<CardRow["item"], "status">;
}

export function toCardView(row: CardRow, now = new Date()): ReviewCardView {
  const { status: _status, ...item } = row.item;
  return {
    cardId: row.id,
    version: row.version,
    due: row.due.toISOString(),
    state: row.state,
    intervals: previewIntervals(cardStateOf(row), now),
    item,
  };
}

export function cardStateOf(row: CardState): CardState {
  const { due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview } =
    row;
  return { due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview };
}

/** Today's reviews in the learner's zone: how many, and how many of them introduced a new card. */
async function reviewsToday(userId: string, timeZone: string, now: Date) {
  const logs = await db.reviewLog.findMany({
    where: { userId, reviewedAt: { gte: new Date(now.getTime() - TODAY_WINDOW_MS), lte: now } },
    select: { reviewedAt: true, stateBefore: true },
  });
  const today = dayKey(now, timeZone);
  const todays = logs.filter((log) => dayKey(log.reviewedAt, timeZone) === today);
  const introduced = todays.filter((log) => (log.stateBefore as { state?: number } | null)?.state === 0).length;
  return { reviewed: todays.length, introduced };
}

/** The review queue: cards due now (oldest first), then new cards up to what is left of today's new-card limit. */
export async function reviewQueue(userId: string, now = new Date()) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { dailyNewLimit: true, dailyGoal: true, timeZone: true },
  });
  const reviewable = { userId, item: { status: { in: [...REVIEWABLE] } } } satisfies Prisma.ReviewCardWhereInput;
  const [due, today] = await Promise.all([
    db.reviewCard.findMany({
      where: { ...reviewable, state: { not: 0 }, due: { lte: now } },
      select: cardSelect,
      orderBy: [{ due: "asc" }, { id: "asc" }],
      take: MAX_DUE,
    }),
    reviewsToday(userId, safeTimeZone(user.timeZone), now),
  ]);
  const newLeft = Math.max(0, user.dailyNewLimit - today.introduced);
  const [fresh, newTotal, nextDue] = await Promise.all([
    newLeft
      ? db.reviewCard.findMany({
          where: { ...reviewable, state: 0 },
          select: cardSelect,
          orderBy: [{ due: "asc" }, { id: "asc" }],
          take: newLeft,
        })
      : [],
    db.reviewCard.count({ where: { ...reviewable, state: 0 } }),
    nextDueAt(userId),
  ]);
  return {
    cards: [...due, ...fresh].map((row) => toCardView(row, now)),
    /** New cards held back by today's limit. */
    newWaiting: newTotal - fresh.length,
    nextDue: nextDue?.toISOString() ?? null,
    dueCount: due.length,
    newCount: fresh.length,
    newToday: today.introduced,
    reviewedToday: today.reviewed,
    dailyNewLimit: user.dailyNewLimit,
    dailyGoal: user.dailyGoal,
  };
}

/** One of the learner's cards as the review screen shows it; null when it is not theirs or not reviewable. */
export async function cardForReview(userId: string, cardId: string): Promise<ReviewCardView | null> {
  const row = await db.reviewCard.findFirst({
    where: { id: cardId, userId, item: { status: { in: [...REVIEWABLE] } } },
    select: cardSelect,
  });
  return row ? toCardView(row) : null;
}

/** When the learner's next review is due (new cards aside). */
export async function nextDueAt(userId: string): Promise<Date | null> {
  const next = await db.reviewCard.findFirst({
    where: { userId, state: { not: 0 }, item: { status: { in: [...REVIEWABLE] } } },
    orderBy: { due: "asc" },
    select: { due: true },
  });
  return next?.due ?? null;
}
