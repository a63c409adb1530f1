import "server-only";
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CardRow } from "./data";
import type { PromptItem } from "./prompt";
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

/** The row sessionCard reads: the card's FSRS state, its word as a prompt shows it, and whose it is. */
interface SessionCardRow extends CardState, PromptItem {
  userId: string;
  id: string | null;
  version: number;
  itemId: string;
  grammar: string | null;
  contextTranslation: string | null;
  status: CardRow["item"]["status"];
}

/**
 * In one round trip: whose unexpired session `token` is, and that user's card `cardId` with its word (what
 * cardSelect reads). `null` when the session is unknown or expired; `card: null` when the user has no such
 * card (someone else's, or none).
 */
export async function sessionCard(
  db: PrismaClient,
  token: string,
  cardId: string,
  now: Date,
): Promise<{ userId: string; card: CardRow | null } | null> {
  const rows = await db.$queryRaw<SessionCardRow[]>`
    SELECT s."userId", c."id", c."version", c."due", c."stability", c."difficulty", c."elapsedDays",
      c."scheduledDays", c."learningSteps", c."reps", c."lapses", c."state", c."lastReview",
      i."id" AS "itemId", i."lemma", i."surface", i."pos", i."gender", i."plural", i."gloss", i."grammar",
      i."context", i."contextTranslation", i."status"::text AS "status"
    FROM "session" s
    LEFT JOIN "ReviewCard" c ON c."id" = ${cardId} AND c."userId" = s."userId"
    LEFT JOIN "VocabularyItem" i ON i."id" = c."itemId"
    WHERE s."token" = ${token} AND s."expiresAt" > ${at(now)}::timestamp`;
  const row = rows[0];
  if (!row) return null;
  if (row.id === null) return { userId: row.userId, card: null };
  const { userId, itemId, lemma, surface, pos, gender, plural, gloss, grammar, context, contextTranslation, status } =
    row;
  return {
    userId,
    card: {
      id: row.id,
      version: row.version,
      due: row.due,
      stability: row.stability,
      difficulty: row.difficulty,
      elapsedDays: row.elapsedDays,
      scheduledDays: row.scheduledDays,
      learningSteps: row.learningSteps,
      reps: row.reps,
      lapses: row.lapses,
      state: row.state,
      lastReview: row.lastReview,
      item: { id: itemId, lemma, surface, pos, gender, plural, gloss, grammar, context, contextTranslation, status },
    },
  };
}
