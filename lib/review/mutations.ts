import "server-only";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { checkAnswer, countsAsRecalled } from "./answer-check";
import { type CardRow, cardSelect, cardStateOf, toCardView } from "./data";
import { sessionCard, writeGrade } from "./grade-sql";
import { buildPrompt } from "./prompt";
import { applyGrade, fromSnapshot, toSnapshot } from "./scheduler";
import { cardSnapshot, type GradeInput, type SettingsInput } from "./schema";

// An idle tab is not study time: one answer counts for at most five minutes.
const MAX_DURATION_MS = 5 * 60_000;

/**
 * Grades a card: FSRS state and one ReviewLog row. The card is read, then everything is written by one
 * statement (lib/review/grade-sql.ts) that applies only to the version the learner was shown, so two tabs
 * grading the same card give one grade and one conflict. One statement is atomic by itself: no
 * transaction holds a connection (or the embedded database, which runs one query at a time) across
 * round trips, which is what a class grading at once waited on (9 round trips a grade before, 5 now).
 */
export async function gradeCard(userId: string, input: GradeInput, now = new Date()) {
  const row = await db.reviewCard.findFirst({ where: { id: input.cardId, userId }, select: cardSelect });
  return gradeRow(userId, row, input, now);
}

/**
 * gradeCard for the holder of session `token` (app/api/review/grade): the session, its user and that
 * user's card are read in one round trip, so a grade is two (that read and the write). An unknown or
 * expired session is "unauthenticated"; someone else's card is "not_found", as for a card that is not there.
 */
export async function gradeCardForSession(token: string, input: GradeInput, now = new Date()) {
  const found = await sessionCard(db, token, input.cardId, now);
  if (!found) throw new AppError("unauthenticated");
  return gradeRow(found.userId, found.card, input, now);
}

async function gradeRow(userId: string, row: CardRow | null, input: GradeInput, now: Date) {
  if (!row) throw new AppError("not_found");
  if (row.version !== input.version) throw new AppError("conflict");

  const before = cardStateOf(row);
  const after = applyGrade(before, input.grade, now);
  const prompt = buildPrompt(row.item, input.mode);
  const check = prompt.mode === "recognition" ? null : checkAnswer(input.answer ?? "", prompt.target);
  const correct = countsAsRecalled(check, input.grade);

  const logId = await writeGrade(db, {
    cardId: row.id,
    userId,
    version: input.version,
    after,
    log: {
      grade: input.grade,
      mode: prompt.mode,
      correct,
      stateBefore: { ...toSnapshot(before, row.version), itemStatus: row.item.status },
      stateAfter: toSnapshot(after, row.version + 1),
      durationMs: Math.min(input.durationMs, MAX_DURATION_MS),
    },
    now,
  });
  if (logId === null) throw new AppError("conflict");
  return { logId, correct, check, card: toCardView({ ...row, ...after, version: row.version + 1 }, now) };
}

export type GradeResult = Awaited<ReturnType<typeof gradeRow>>;

/**
 * Takes back a grade: restores the card as it was and deletes the log row. Only the card's latest grade
 * can be undone, so undoing step by step walks back through the history. The card's version is read
 * before the latest-log check and guards the update, so a grade from another tab in between is a conflict.
 */
export async function undoGrade(userId: string, logId: string) {
  return db.$transaction(async (tx) => {
    const log = await tx.reviewLog.findFirst({
      where: { id: logId, userId },
      select: { id: true, cardId: true, stateBefore: true },
    });
    if (!log) throw new AppError("not_found");
    const { version } = await tx.reviewCard.findUniqueOrThrow({ where: { id: log.cardId }, select: { version: true } });
    const latest = await tx.reviewLog.findFirst({
      where: { cardId: log.cardId },
      orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    if (latest?.id !== log.id) throw new AppError("conflict");
    const before = cardSnapshot.parse(log.stateBefore);
    const { count } = await tx.reviewCard.updateMany({
      where: { id: log.cardId, userId, version },
      data: { ...fromSnapshot(before), version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("conflict");
    await tx.reviewLog.delete({ where: { id: log.id } });
    const card = await tx.reviewCard.findUniqueOrThrow({ where: { id: log.cardId }, select: cardSelect });
    if (before.itemStatus === "NEW" && card.item.status === "LEARNING") {
      await tx.vocabularyItem.update({ where: { id: card.item.id }, data: { status: "NEW" } });
    }
    return { card: toCardView(card) };
  });
}

export async function updateReviewSettings(userId: string, settings: SettingsInput) {
  return db.user.update({ where: { id: userId }, data: settings, select: { dailyNewLimit: true, dailyGoal: true } });
}
