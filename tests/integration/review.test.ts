import { createEmptyCard, fsrs, type Grade, Rating } from "ts-fsrs";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { reviewQueue } from "@/lib/review/data";
import { gradeCard, undoGrade } from "@/lib/review/mutations";
import { FSRS_PARAMETERS } from "@/lib/review/scheduler";
import type { Viewer } from "@/lib/server/session";
import { saveWord, setWordStatus } from "@/lib/vocabulary/mutations";
import { createTestDatabase, type TestDatabase, testDatabaseKind } from "../support/test-db";

const viewer = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock("@/lib/server/session", () => ({ getViewer: async () => viewer.current }));

const actions = await import("@/lib/review/actions");

let test: TestDatabase;
let seq = 0;

async function createUser(overrides: { dailyNewLimit?: number; timeZone?: string } = {}) {
  seq++;
  return test.db.user.create({
    data: { id: `user-${seq}`, name: `User ${seq}`, email: `user${seq}@example.test`, ...overrides },
  });
}

async function savedCard(userId: string, lemma: string, now = new Date()) {
  const item = await saveWord(
    userId,
    { lemma, surface: lemma, pos: "noun", gender: "m", gloss: `gloss of ${lemma}`, context: `Der ${lemma} ist hier.` },
    now,
  );
  return test.db.reviewCard.findUniqueOrThrow({ where: { itemId: item.id } });
}

const as = (user: { id: string; name: string; email: string }) => {
  viewer.current = { id: user.id, name: user.name, email: user.email, role: "LEARNER" };
};

beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(async () => {
  await test?.close();
});
beforeEach(() => {
  viewer.current = null;
});

describe(`review (${testDatabaseKind()})`, () => {
  it("schedules exactly as ts-fsrs does for the same grades and times", async () => {
    const user = await createUser();
    const t0 = new Date("2026-04-01T08:00:00Z");
    const card = await savedCard(user.id, "Zeitung", t0);
    const scheduler = fsrs(FSRS_PARAMETERS);
    let expected = createEmptyCard(t0);
    const steps: [number, Grade][] = [
      [0, Rating.Good],
      [10 * 60_000, Rating.Good],
      [3 * 86_400_000, Rating.Again],
      [3 * 86_400_000 + 10 * 60_000, Rating.Good],
      [12 * 86_400_000, Rating.Easy],
      [50 * 86_400_000, Rating.Hard],
    ];
    let version = card.version;
    for (const [offset, grade] of steps) {
      const now = new Date(t0.getTime() + offset);
      expected = scheduler.next(expected, now, grade).card;
      const result = await gradeCard(
        user.id,
        { cardId: card.id, version, grade: grade as 1 | 2 | 3 | 4, mode: "recognition", durationMs: 1000 },
        now,
      );
      version = result.card.version;
      const row = await test.db.reviewCard.findUniqueOrThrow({ where: { id: card.id } });
      expect({
        due: row.due,
        stability: row.stability,
        difficulty: row.difficulty,
        elapsed_days: row.elapsedDays,
        scheduled_days: row.scheduledDays,
        learning_steps: row.learningSteps,
        reps: row.reps,
        lapses: row.lapses,
        state: row.state,
        last_review: row.lastReview,
      }).toEqual({ ...expected, last_review: expected.last_review ?? null });
    }
    expect(version).toBe(steps.length);
    const logs = await test.db.reviewLog.findMany({ where: { cardId: card.id }, orderBy: { reviewedAt: "asc" } });
    expect(logs.map((log) => log.grade)).toEqual(steps.map(([, grade]) => grade));
    expect(logs[0]).toMatchObject({
      mode: "recognition",
      correct: true,
      durationMs: 1000,
      stateBefore: expect.objectContaining({ state: 0, version: 0 }),
    });
    expect(logs[2]?.correct).toBe(false);
  });

  it("lets exactly one of two simultaneous grades of the same card version through", async () => {
    const user = await createUser();
    for (let round = 0; round < 5; round++) {
      const card = await savedCard(user.id, `Wort${round}`);
      const grade = (g: 1 | 2 | 3 | 4) =>
        gradeCard(user.id, { cardId: card.id, version: card.version, grade: g, mode: "recognition", durationMs: 500 });
      const results = await Promise.allSettled([grade(3), grade(1)]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(rejected).toHaveLength(1);
      expect(rejected[0]!.reason).toBeInstanceOf(AppError);
      expect((rejected[0]!.reason as AppError).code).toBe("conflict");
      expect(await test.db.reviewLog.count({ where: { cardId: card.id } })).toBe(1);
      expect((await test.db.reviewCard.findUniqueOrThrow({ where: { id: card.id } })).version).toBe(card.version + 1);
    }
  });

  it("checks typed answers on the server: wrong stays wrong, almost counts as the learner grades it", async () => {
    const user = await createUser();
    const card = await savedCard(user.id, "Fluss");
    const answer = (version: number, mode: "recall" | "cloze", typed: string, grade: 1 | 3) =>
      gradeCard(user.id, { cardId: card.id, version, grade, mode, answer: typed, durationMs: 100 });
    const wrong = await answer(0, "recall", "der Bach", 3);
    expect(wrong).toMatchObject({ correct: false, check: { verdict: "wrong", problem: "wrong_word" } });
    const almost = await answer(1, "recall", "Fluss", 1);
    expect(almost).toMatchObject({
      correct: false,
      check: { verdict: "almost", slips: ["missing_article"], suggestedGrade: 2, expected: "der Fluss" },
    });
    const right = await answer(2, "cloze", "fluss", 3);
    expect(right).toMatchObject({ correct: true, check: { verdict: "right_with_note", notes: ["case"] } });
    const logs = await test.db.reviewLog.findMany({ where: { cardId: card.id }, orderBy: { reviewedAt: "asc" } });
    expect(logs.map((l) => `${l.mode}:${l.correct}`).sort()).toEqual(["cloze:true", "recall:false", "recall:false"]);
  });

  it("undoes the latest grade: restores the card, deletes the log, bumps the version", async () => {
    const user = await createUser();
    const card = await savedCard(user.id, "Haus");
    const first = await gradeCard(user.id, {
      cardId: card.id,
      version: 0,
      grade: 3,
      mode: "recognition",
      durationMs: 100,
    });
    const afterFirst = await test.db.reviewCard.findUniqueOrThrow({ where: { id: card.id } });
    const second = await gradeCard(user.id, {
      cardId: card.id,
      version: 1,
      grade: 1,
      mode: "recognition",
      durationMs: 100,
    });

    // Only the latest grade can be undone.
    await expect(undoGrade(user.id, first.logId)).rejects.toMatchObject({ code: "conflict" });

    const undone = await undoGrade(user.id, second.logId);
    const restored = await test.db.reviewCard.findUniqueOrThrow({ where: { id: card.id } });
    const { version: _a, ...restoredState } = restored;
    const { version: _b, ...firstState } = afterFirst;
    expect(restoredState).toEqual(firstState);
    expect(restored.version).toBe(3);
    expect(undone.card.version).toBe(3);
    expect(await test.db.reviewLog.count({ where: { cardId: card.id } })).toBe(1);
    await expect(undoGrade(user.id, second.logId)).rejects.toMatchObject({ code: "not_found" });

    // Undoing the first grade too brings back the new card, and the word's NEW status.
    await undoGrade(user.id, first.logId);
    const fresh = await test.db.reviewCard.findUniqueOrThrow({ where: { id: card.id }, include: { item: true } });
    expect(fresh).toMatchObject({ state: 0, reps: 0, stability: 0, lastReview: null, due: card.due, version: 4 });
    expect(fresh.item.status).toBe("NEW");
    expect(await test.db.reviewLog.count({ where: { cardId: card.id } })).toBe(0);

    // A tab still showing version 1 cannot grade the restored card.
    await expect(
      gradeCard(user.id, { cardId: card.id, version: 1, grade: 3, mode: "recognition", durationMs: 1 }),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  it("queues due cards first, then new cards up to what is left of the daily limit", async () => {
    const user = await createUser({ dailyNewLimit: 2, timeZone: "Europe/Berlin" });
    const t0 = new Date("2026-05-10T06:00:00Z");
    const cards = [];
    for (const lemma of ["Apfel", "Birne", "Kirsche", "Pflaume", "Traube"])
      cards.push(await savedCard(user.id, lemma, t0));
    // Apfel introduced (and due again in minutes) at 08:00 Berlin; Kirsche marked known: never queued.
    await gradeCard(user.id, { cardId: cards[0]!.id, version: 0, grade: 1, mode: "recognition", durationMs: 1 }, t0);
    await setWordStatus(user.id, { lemma: "Kirsche", status: "KNOWN" }, t0);

    const later = new Date(t0.getTime() + 3_600_000);
    const queue = await reviewQueue(user.id, later);
    expect(queue.cards.map((c) => c.item.lemma)).toEqual(["Apfel", "Birne"]);
    expect(queue).toMatchObject({ dueCount: 1, newCount: 1, newToday: 1, reviewedToday: 1, dailyNewLimit: 2 });
    expect(queue.cards[0]).not.toHaveProperty("stability");

    // The next local day (Berlin midnight = 22:00 UTC) has a fresh allowance.
    const tomorrow = await reviewQueue(user.id, new Date("2026-05-10T22:30:00Z"));
    expect(tomorrow.newToday).toBe(0);
    expect(tomorrow.cards.map((c) => c.item.lemma)).toEqual(["Apfel", "Birne", "Pflaume"]);
  });

  it("gives the review the word's grammar line", async () => {
    const user = await createUser({ dailyNewLimit: 5, timeZone: "Europe/Berlin" });
    const t0 = new Date("2026-05-10T06:00:00Z");
    await saveWord(
      user.id,
      { lemma: "gehen", surface: "ging", pos: "verb", gloss: "to go", grammar: "gehen – ging – ist gegangen" },
      t0,
    );
    const queue = await reviewQueue(user.id, t0);
    expect(queue.cards[0]?.item).toMatchObject({ lemma: "gehen", grammar: "gehen – ging – ist gegangen" });
  });

  it("saves the daily new-card limit and goal for the caller only", async () => {
    const [a, b] = [await createUser(), await createUser()];
    as(b);
    expect(await actions.updateReviewSettings({ dailyNewLimit: 5, dailyGoal: 30 })).toEqual({
      ok: true,
      data: { dailyNewLimit: 5, dailyGoal: 30 },
    });
    expect(await actions.updateReviewSettings({ dailyNewLimit: -1, dailyGoal: 30 })).toMatchObject({
      ok: false,
      error: "invalid_input",
    });
    expect(await test.db.user.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({
      dailyNewLimit: 20,
      dailyGoal: 20,
    });
  });
});

describe(`review authorization (${testDatabaseKind()})`, () => {
  it("keeps learner B away from learner A's cards and logs", async () => {
    const [a, b] = [await createUser(), await createUser()];
    const card = await savedCard(a.id, "Geheimnis");
    const graded = await gradeCard(a.id, { cardId: card.id, version: 0, grade: 3, mode: "recognition", durationMs: 1 });

    await expect(
      gradeCard(b.id, { cardId: card.id, version: 1, grade: 1, mode: "recognition", durationMs: 1 }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(undoGrade(b.id, graded.logId)).rejects.toMatchObject({ code: "not_found" });
    expect((await reviewQueue(b.id)).cards).toEqual([]);

    as(b);
    expect(await actions.undoGrade({ logId: graded.logId })).toEqual({ ok: false, error: "not_found" });
    expect(await actions.reloadCard({ cardId: card.id })).toEqual({ ok: true, data: { card: null } });
    expect(await actions.getNextDue({})).toEqual({ ok: true, data: { nextDue: null } });

    viewer.current = null;
    expect(await actions.undoGrade({ logId: graded.logId })).toEqual({ ok: false, error: "unauthenticated" });

    const row = await test.db.reviewCard.findUniqueOrThrow({ where: { id: card.id } });
    expect(row.version).toBe(1);
    expect(await test.db.reviewLog.count({ where: { cardId: card.id } })).toBe(1);
  });
});
