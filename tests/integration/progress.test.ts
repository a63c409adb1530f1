import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { progressForUser } from "@/lib/progress/data";
import { gradeCard } from "@/lib/review/mutations";
import { toSnapshot } from "@/lib/review/scheduler";
import { saveWord, setWordStatus } from "@/lib/vocabulary/mutations";
import { createTestDatabase, type TestDatabase, testDatabaseKind } from "../support/test-db";

let test: TestDatabase;

beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(async () => {
  await test?.close();
});

describe(`progress (${testDatabaseKind()})`, () => {
  it("counts reviews per local day, streaks over reviews and reading, known words, retention and passages", async () => {
    const user = await test.db.user.create({
      data: { id: "p1", name: "P", email: "p1@example.test", timeZone: "Europe/Berlin", dailyGoal: 2 },
    });
    const other = await test.db.user.create({ data: { id: "p2", name: "Q", email: "p2@example.test" } });
    const passage = await test.db.passage.create({
      data: {
        title: "Artikel",
        status: "PUBLISHED",
        visibility: "PUBLIC",
        paragraphs: {
          create: [0, 1, 2, 3].map((position) => ({ position, kind: position === 0 ? "HEADING" : "BODY" })),
        },
      },
      include: { paragraphs: true },
    });

    // 29 March 2026 is the spring-forward day in Berlin.
    const at = (iso: string) => new Date(iso);
    const now = at("2026-03-30T19:00:00Z"); // 21:00 CEST, 30 March
    const dog = await saveWord(
      user.id,
      { lemma: "Hund", surface: "Hund", pos: "noun", gender: "m", gloss: "dog" },
      at("2026-03-27T10:00:00Z"),
    );
    const cat = await saveWord(
      user.id,
      { lemma: "Katze", surface: "Katze", pos: "noun", gender: "f", gloss: "cat" },
      at("2026-03-27T10:00:00Z"),
    );
    const card = (itemId: string) => test.db.reviewCard.findUniqueOrThrow({ where: { itemId } });
    const grade = async (itemId: string, g: 1 | 2 | 3 | 4, when: string) => {
      const c = await card(itemId);
      await gradeCard(
        user.id,
        { cardId: c.id, version: c.version, grade: g, mode: "recognition", durationMs: 1000 },
        at(when),
      );
    };
    await grade(dog.id, 4, "2026-03-28T22:30:00Z"); // 23:30 CET 28 March: one Easy on first sight, not known yet
    await grade(cat.id, 1, "2026-03-28T23:30:00Z"); // 00:30 CET 29 March
    await grade(cat.id, 3, "2026-03-30T18:00:00Z"); // 20:00 CEST 30 March
    await grade(cat.id, 3, "2026-03-30T18:20:00Z");
    await setWordStatus(user.id, { lemma: "sehr", status: "KNOWN" }, at("2026-03-30T08:00:00Z"));
    await setWordStatus(user.id, { lemma: "ignoriert", status: "IGNORED" }, at("2026-03-30T08:00:00Z"));
    // Reading on 27 March (local) makes the streak four days long.
    await test.db.readingProgress.create({
      data: {
        userId: user.id,
        passageId: passage.id,
        paragraphId: passage.paragraphs[1]!.id,
        readAt: at("2026-03-27T12:00:00Z"),
      },
    });
    await test.db.readingProgress.create({
      data: {
        userId: other.id,
        passageId: passage.id,
        paragraphId: passage.paragraphs[2]!.id,
        readAt: at("2026-03-26T12:00:00Z"),
      },
    });

    const progress = await progressForUser(user.id, now, 7);
    expect(progress.today).toBe("2026-03-30");
    expect(progress.reviewsPerDay.map((d) => [d.day, d.count, d.correct])).toEqual([
      ["2026-03-24", 0, 0],
      ["2026-03-25", 0, 0],
      ["2026-03-26", 0, 0],
      ["2026-03-27", 0, 0],
      ["2026-03-28", 1, 1],
      ["2026-03-29", 1, 0],
      ["2026-03-30", 2, 2],
    ]);
    expect(progress.streak).toEqual({ current: 4, activeToday: true, longest: 4 });
    expect(progress).toMatchObject({
      todayReviews: 2,
      todayParagraphs: 0,
      goalMetToday: true,
      daysGoalMet: 1,
      totalReviews: 4,
      accuracy: 0.75,
      wordsKnown: 1,
    });
    expect(progress.knownPerDay.slice(-3).map((d) => d.count)).toEqual([0, 0, 1]); // only "sehr", marked known today
    expect(progress.passages).toEqual([
      expect.objectContaining({ id: passage.id, title: "Artikel", read: 1, total: 3, percent: 1 / 3 }),
    ]);
    // No mature reviews yet: no rate, and how many are still needed.
    expect(progress.retention).toEqual({ rate: null, reviews: 0, missing: 20 });
  });

  it("counts a word known once its FSRS stability reaches 21 days, never names or numbers", async () => {
    const user = await test.db.user.create({ data: { id: "p4", name: "S", email: "p4@example.test" } });
    const day = (n: number) => new Date(Date.UTC(2026, 4, n, 9));
    const save = (lemma: string, pos: string) =>
      saveWord(user.id, { lemma, surface: lemma, pos, gloss: `${lemma} (en)` }, day(1));
    const grade = async (itemId: string, g: 1 | 3 | 4, at: Date) => {
      const c = await test.db.reviewCard.findUniqueOrThrow({ where: { itemId } });
      await gradeCard(user.id, { cardId: c.id, version: c.version, grade: g, mode: "recognition", durationMs: 1 }, at);
    };
    const weg = await save("weg", "adv");
    const name = await save("Jack Ma", "name");
    const lapsed = await save("Zoll", "noun");
    // Easy on first sight (1 May): stability about 8 days, not known.
    for (const item of [weg, name, lapsed]) await grade(item.id, 4, day(1));
    await setWordStatus(user.id, { lemma: "2017", pos: "num", status: "KNOWN" }, day(2));
    expect((await progressForUser(user.id, day(8), 10)).wordsKnown).toBe(0);
    // Good on 9 May: about 39 days, past the threshold; the name still does not count.
    for (const item of [weg, name, lapsed]) await grade(item.id, 3, day(9));
    expect((await progressForUser(user.id, day(9), 10)).wordsKnown).toBe(2);
    await grade(lapsed.id, 1, day(20)); // forgotten: stability falls below 21 days
    const after = await progressForUser(user.id, day(21), 30);
    expect(after.wordsKnown).toBe(1);
    const knownOn = (d: string) => after.knownPerDay.find((p) => p.day === d)?.count;
    expect([knownOn("2026-05-08"), knownOn("2026-05-09"), knownOn("2026-05-21")]).toEqual([0, 1, 1]);
  });

  it("measures retention on mature reviews from the log, shown from 20 of them", async () => {
    const user = await test.db.user.create({ data: { id: "p5", name: "T", email: "p5@example.test" } });
    const item = await saveWord(user.id, { lemma: "Weg", surface: "Weg", pos: "noun", gloss: "way" });
    const card = await test.db.reviewCard.findUniqueOrThrow({ where: { itemId: item.id } });
    const state = (scheduledDays: number) =>
      toSnapshot({ ...card, scheduledDays, stability: scheduledDays, state: 2, due: new Date(), lastReview: null }, 0);
    const log = (scheduledDays: number, correct: boolean) => ({
      cardId: card.id,
      userId: user.id,
      grade: correct ? 3 : 1,
      mode: "recognition",
      correct,
      stateBefore: { ...state(scheduledDays) },
      stateAfter: { ...state(scheduledDays) },
      durationMs: 1,
    });
    // Young reviews (interval under 21 days) never count, however many.
    await test.db.reviewLog.createMany({ data: Array.from({ length: 30 }, () => log(20, false)) });
    // 19 mature reviews, 15 recalled: not enough yet.
    await test.db.reviewLog.createMany({
      data: Array.from({ length: 19 }, (_, i) => log(21 + i, i < 15)),
    });
    expect((await progressForUser(user.id)).retention).toEqual({ rate: null, reviews: 19, missing: 1 });
    await test.db.reviewLog.create({ data: log(60, true) });
    expect((await progressForUser(user.id)).retention).toEqual({ rate: 16 / 20, reviews: 20, missing: 0 });
  });

  it("shows nothing for a learner without activity", async () => {
    const user = await test.db.user.create({
      data: { id: "p3", name: "R", email: "p3@example.test", timeZone: "Not/AZone" },
    });
    const progress = await progressForUser(user.id, new Date("2026-06-01T12:00:00Z"));
    expect(progress).toMatchObject({
      timeZone: "UTC",
      streak: { current: 0, longest: 0 },
      totalReviews: 0,
      accuracy: null,
      wordsKnown: 0,
      retention: { rate: null, reviews: 0, missing: 20 },
      passages: [],
    });
    expect(progress.reviewsPerDay).toHaveLength(30);
  });
});
