import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { progressForUser } from "@/lib/progress/data";
import { cardStateOf } from "@/lib/review/data";
import { gradeCard } from "@/lib/review/mutations";
import { retrievability } from "@/lib/review/scheduler";
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
    await grade(dog.id, 4, "2026-03-28T22:30:00Z"); // 23:30 CET 28 March → reaches Review state: known
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
      wordsKnown: 3,
    });
    expect(progress.knownPerDay.slice(-3).map((d) => d.count)).toEqual([1, 1, 3]); // the cat graduated to review today; "sehr" was marked known
    expect(progress.passages).toEqual([
      expect.objectContaining({ id: passage.id, title: "Artikel", read: 1, total: 3, percent: 1 / 3 }),
    ]);

    const cards = await test.db.reviewCard.findMany({ where: { userId: user.id, state: { not: 0 } } });
    const expected = cards.reduce((sum, c) => sum + retrievability(cardStateOf(c), now), 0) / cards.length;
    expect(progress.retention.cards).toBe(2);
    expect(progress.retention.average).toBeCloseTo(expected, 10);
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
      retention: { average: null, cards: 0 },
      passages: [],
    });
    expect(progress.reviewsPerDay).toHaveLength(30);
  });
});
