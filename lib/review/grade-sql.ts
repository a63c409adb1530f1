import "server-only";
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CardSnapshot, CardState } from "./scheduler";

export interface GradeWrite {
  cardId: string;
  userId: string;
  /** The version the learner was shown: nothing is written unless the card still has it. */
  version: number;
  after: CardState;
  log: {
    grade: number;
    mode: string;
    correct: boolean;
    stateBefore: CardSnapshot & { itemStatus: string };
    stateAfter: CardSnapshot;
    durationMs: number;
  };
  now: Date;
}

// Timestamps go in as ISO text cast to `timestamp` (Prisma's DateTime columns hold UTC without a zone, and
// PostgreSQL drops the "Z" of such a literal), so the server's TimeZone setting can never shift them.
const at = (date: Date) => date.toISOString();

/**
 * One statement: the card's new FSRS state and version (only if it still has the version the learner was
 * shown), the word's step from NEW to LEARNING, and the log row. Data-modifying WITH clauses all run, in one
 * snapshot, so the statement is atomic on its own. Returns the log row's id, or null when the version had
 * moved on (another tab graded the card first): then nothing was written.
 */
export async function writeGrade(db: PrismaClient, write: GradeWrite): Promise<string | null> {
  const { after, log } = write;
  const logId = randomUUID();
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH card AS (
      UPDATE "ReviewCard" SET
        "due" = ${at(after.due)}::timestamp, "stability" = ${after.stability}::float8,
        "difficulty" = ${after.difficulty}::float8, "elapsedDays" = ${after.elapsedDays}::int,
        "scheduledDays" = ${after.scheduledDays}::int, "learningSteps" = ${after.learningSteps}::int,
        "reps" = ${after.reps}::int, "lapses" = ${after.lapses}::int, "state" = ${after.state}::int,
        "lastReview" = ${after.lastReview ? at(after.lastReview) : null}::timestamp, "version" = "version" + 1
      WHERE "id" = ${write.cardId} AND "userId" = ${write.userId} AND "version" = ${write.version}::int
      RETURNING "id", "itemId"
    ), item AS (
      UPDATE "VocabularyItem" SET "status" = 'LEARNING', "updatedAt" = ${at(write.now)}::timestamp
      WHERE "id" = (SELECT "itemId" FROM card) AND "status" = 'NEW'
    )
    INSERT INTO "ReviewLog"
      ("id", "cardId", "userId", "grade", "mode", "correct", "stateBefore", "stateAfter", "durationMs", "reviewedAt")
    SELECT ${logId}, card."id", ${write.userId}, ${log.grade}::int, ${log.mode}, ${log.correct}::boolean,
      ${JSON.stringify(log.stateBefore)}::jsonb, ${JSON.stringify(log.stateAfter)}::jsonb, ${log.durationMs}::int,
      ${at(write.now)}::timestamp
    FROM card
    RETURNING "id"`;
  return rows[0]?.id ?? null;
}
