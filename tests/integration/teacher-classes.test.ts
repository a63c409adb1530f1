// Classes end to end on the data layer: join codes, joining, removing, closing, assigning, the
// learner's view with statuses, the teacher's dashboard and its CSV export.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/server/session";
import { createUser, ok, signInAs } from "../support/teacher-fixtures";
import { createTestDatabase, type TestDatabase, testDatabaseKind } from "../support/test-db";

vi.mock("@/lib/server/session", () => ({ getViewer: vi.fn() }));
// The CSV's column names come from the message files; outside Next, a stand-in returns the key.
vi.mock("next-intl/server", () => ({ getTranslations: async () => (key: string) => key }));

let test: TestDatabase;
let actions: typeof import("@/lib/classes/actions");
let data: typeof import("@/lib/classes/data");
let teacher: Viewer;
let anna: Viewer;
let ben: Viewer;
let passageId: string;
let classId: string;
let joinCode: string;

async function publishedPassage(authorId: string | null, title: string) {
  const { createPassage } = await import("@/lib/passages/store");
  const { importText } = await import("@/lib/passages/import-text");
  const { preparePassage } = await import("@/lib/passages/prepare");
  const { paragraphs } = preparePassage(
    importText("Überschrift\n\nDer Hund schläft.\n\nDie Katze schläft.\n\nDas Haus ist groß."),
  );
  const { id } = await createPassage(test.db, {
    title,
    status: "PUBLISHED",
    authorId: authorId ?? undefined,
    paragraphs,
  });
  return id;
}

beforeAll(async () => {
  test = await createTestDatabase();
  actions = await import("@/lib/classes/actions");
  data = await import("@/lib/classes/data");
  teacher = await createUser(test.db, "teacher-1", "TEACHER", "Frau Lehmann");
  anna = await createUser(test.db, "anna", "LEARNER", '=HYPERLINK("http://evil","Anna")');
  ben = await createUser(test.db, "ben", "LEARNER", "Ben");
  passageId = await publishedPassage(teacher.id, "Tiere");
});
afterAll(async () => {
  await test?.close();
});
beforeEach(() => signInAs(teacher));

describe(`classes (${testDatabaseKind()})`, () => {
  it("a teacher creates a class with an 8-character join code", async () => {
    ({ id: classId, joinCode } = ok(await actions.createClassAction({ name: "Deutsch B1" })));
    expect(joinCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);
    expect(await data.listTeacherClasses(teacher.id)).toMatchObject([
      { id: classId, name: "Deutsch B1", learnerCount: 0, closedAt: null },
    ]);
  });

  it("learners join with the code as typed; wrong codes and the teacher's own class are refused", async () => {
    signInAs(anna);
    const typed = `${joinCode.slice(0, 4).toLowerCase()}-${joinCode.slice(4)}`;
    expect(ok(await actions.joinClassAction({ code: typed }))).toEqual({ outcome: "joined", className: "Deutsch B1" });
    expect(ok(await actions.joinClassAction({ code: joinCode }))).toMatchObject({ outcome: "member" });
    expect(ok(await actions.joinClassAction({ code: "ZZZZZZZZ" }))).toEqual({ outcome: "unknown_code" });
    expect(ok(await actions.joinClassAction({ code: "nonsense!" }))).toEqual({ outcome: "unknown_code" });
    signInAs(ben);
    expect(ok(await actions.joinClassAction({ code: joinCode }))).toMatchObject({ outcome: "joined" });
    signInAs(teacher);
    expect(ok(await actions.joinClassAction({ code: joinCode }))).toMatchObject({ outcome: "own_class" });
    signInAs(null);
    expect(await actions.joinClassAction({ code: joinCode })).toEqual({ ok: false, error: "unauthenticated" });
  });

  it("the join page's preview says what will happen", async () => {
    expect(await data.getJoinPreview(anna.id, joinCode)).toEqual({
      name: "Deutsch B1",
      teacherName: "Frau Lehmann",
      state: "member",
    });
    const carl = await createUser(test.db, "carl", "LEARNER");
    expect(await data.getJoinPreview(carl.id, joinCode)).toMatchObject({ state: "open" });
    expect(await data.getJoinPreview(carl.id, "ZZZZZZZZ")).toBeNull();
  });

  it("a closed class takes nobody new; reopening lets them in", async () => {
    ok(await actions.closeClassAction({ classId }));
    const dora = await createUser(test.db, "dora", "LEARNER");
    signInAs(dora);
    expect(ok(await actions.joinClassAction({ code: joinCode }))).toMatchObject({ outcome: "closed" });
    expect(await data.getJoinPreview(dora.id, joinCode)).toMatchObject({ state: "closed" });
    signInAs(teacher);
    ok(await actions.reopenClassAction({ classId }));
    signInAs(dora);
    expect(ok(await actions.joinClassAction({ code: joinCode }))).toMatchObject({ outcome: "joined" });
    // …and removing her: she cannot rejoin with the code until the teacher lets her back in.
    signInAs(teacher);
    expect(ok(await actions.removeLearnerAction({ classId, userId: dora.id }))).toEqual({ changed: 1 });
    signInAs(dora);
    expect(ok(await actions.joinClassAction({ code: joinCode }))).toMatchObject({ outcome: "removed" });
    expect(await data.listLearnerClasses(dora.id)).toEqual([]);
    signInAs(teacher);
    ok(await actions.readmitLearnerAction({ classId, userId: dora.id }));
    expect((await data.listLearnerClasses(dora.id)).map((c) => c.id)).toEqual([classId]);
    ok(await actions.removeLearnerAction({ classId, userId: dora.id }));
  });

  it("assigns published passages (own or the product's), never drafts", async () => {
    const seedLike = await publishedPassage(null, "Produkttext");
    const draft = await test.db.passage.create({ data: { title: "Entwurf", status: "DRAFT", authorId: teacher.id } });
    expect(
      ok(await actions.assignPassageAction({ classId, passageId, target: "READ_ALL", dueDate: "2020-01-31" })),
    ).toHaveProperty("id");
    ok(await actions.assignPassageAction({ classId, passageId: seedLike, target: "SAVE_WORDS", targetCount: 2 }));
    expect(await actions.assignPassageAction({ classId, passageId: draft.id, target: "READ_ALL" })).toEqual({
      ok: false,
      error: "not_found",
    });
    expect(await actions.assignPassageAction({ classId, passageId, target: "SAVE_WORDS" })).toMatchObject({
      ok: false,
      error: "invalid_input",
    });
    expect((await data.listAssignablePassages(teacher.id)).map((p) => p.title).sort()).toEqual([
      "Produkttext",
      "Tiere",
    ]);
  });

  it("learners see their assignments with status, overdue marked", async () => {
    const paragraphs = await test.db.paragraph.findMany({
      where: { passageId, kind: "BODY" },
      orderBy: { position: "asc" },
      select: { id: true },
    });
    await test.db.readingProgress.create({ data: { userId: anna.id, passageId, paragraphId: paragraphs[0]!.id } });
    const [annaClass] = await data.listLearnerClasses(anna.id, new Date("2026-01-01T00:00:00Z"));
    expect(annaClass).toMatchObject({ id: classId, name: "Deutsch B1", closed: false, teacherName: "Frau Lehmann" });
    const byTitle = Object.fromEntries(annaClass!.assignments.map((a) => [a.title, a.progress]));
    expect(byTitle).toEqual({
      Tiere: { done: 1, total: 3, earlier: 0, status: "in_progress", overdue: true },
      Produkttext: { done: 0, total: 2, earlier: 0, status: "not_started", overdue: false },
    });
    for (const p of paragraphs) {
      await test.db.readingProgress.upsert({
        where: { userId_paragraphId: { userId: ben.id, paragraphId: p.id } },
        create: { userId: ben.id, passageId, paragraphId: p.id },
        update: {},
      });
    }
    const [benClass] = await data.listLearnerClasses(ben.id);
    expect(benClass!.assignments.find((a) => a.title === "Tiere")!.progress).toEqual({
      done: 3,
      total: 3,
      earlier: 0,
      status: "done",
      overdue: false,
    });
  });

  it("the dashboard: per learner reading, words, reviews, accuracy, last active; per passage completion", async () => {
    const item = await test.db.vocabularyItem.create({
      data: { userId: anna.id, lemma: "Hund", surface: "Hund", pos: "noun", gloss: "dog", passageId },
      select: { id: true },
    });
    await test.db.vocabularyItem.create({
      data: { userId: anna.id, lemma: "Mond", surface: "Mond", pos: "noun", gloss: "moon" },
    }); // not from the class's passages
    const card = await test.db.reviewCard.create({ data: { userId: anna.id, itemId: item.id }, select: { id: true } });
    const log = {
      cardId: card.id,
      userId: anna.id,
      grade: 3,
      mode: "recall",
      stateBefore: {},
      stateAfter: {},
      durationMs: 1000,
    };
    const last = new Date("2026-02-02T10:00:00Z");
    await test.db.reviewLog.createMany({
      data: [
        { ...log, correct: true, reviewedAt: new Date("2026-02-01T10:00:00Z") },
        { ...log, correct: true, reviewedAt: new Date("2026-02-01T11:00:00Z") },
        { ...log, correct: false, reviewedAt: new Date("2026-02-01T12:00:00Z") },
        { ...log, correct: true, reviewedAt: last },
      ],
    });
    const dashboard = (await data.getClassDashboard(teacher.id, classId, new Date("2026-01-01T00:00:00Z")))!;
    expect(dashboard.learners.map((l) => l.userId)).toEqual([anna.id, ben.id]);
    const [a, b] = dashboard.learners;
    expect(a).toMatchObject({ paragraphsRead: 1, paragraphsTotal: 6, wordsSaved: 1, reviews: 4, accuracy: 0.75 });
    expect(a!.lastActive! >= last).toBe(true);
    expect(b).toMatchObject({ paragraphsRead: 3, wordsSaved: 0, reviews: 0, accuracy: null });
    expect(dashboard.assignments.map((x) => [x.title, x.completed, x.started, x.learnerCount])).toEqual([
      ["Tiere", 1, 2, 2],
      ["Produkttext", 0, 0, 2],
    ]);
    expect(dashboard.removed.map((r) => r.userId)).toEqual(["dora"]);
  });

  it("the CSV export: owner only, formula-safe", async () => {
    const { GET } = await import("@/app/api/classes/[id]/export/route");
    const get = (id = classId) =>
      GET(new Request(`http://localhost/api/classes/${id}/export?locale=de`), { params: Promise.resolve({ id }) });
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="Deutsch-B1-progress.csv"');
    const csv = await response.text();
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe(
      '"name","email","joined","paragraphsRead","paragraphsTotal","wordsSaved","reviews","accuracy","lastActive","Tiere","Produkttext"',
    );
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil"",""Anna""\)","anna@example\.test",/);
    expect(lines).toHaveLength(3);

    const other = await createUser(test.db, "teacher-2", "TEACHER");
    signInAs(other);
    expect((await get()).status).toBe(404);
    signInAs(anna);
    expect((await get()).status).toBe(404);
    signInAs(null);
    expect((await get()).status).toBe(401);
    signInAs(teacher);
    expect((await get("no-such-class")).status).toBe(404);
  });

  it("unassigning removes the assignment from learners' lists", async () => {
    ok(await actions.unassignPassageAction({ classId, passageId }));
    const [annaClass] = await data.listLearnerClasses(anna.id);
    expect(annaClass!.assignments.map((a) => a.title)).toEqual(["Produkttext"]);
  });

  it("review key vocabulary counts the learner's reviewed key words for their level", async () => {
    const id = await publishedPassage(teacher.id, "Wortschatz");
    await test.db.passage.update({
      where: { id },
      data: {
        // Stored as lib/passages/prepare.ts writes it: full key words, one list per level.
        keyVocabulary: { B1: ["Hund", "Katze", "Haus"].map(keyWord), A2: ["Mond"].map(keyWord) },
      },
    });
    ok(await actions.assignPassageAction({ classId, passageId: id, target: "REVIEW_KEY_VOCAB", targetCount: 2 }));
    const [view] = await data.listLearnerClasses(anna.id);
    expect(view!.assignments.find((a) => a.title === "Wortschatz")!.progress).toMatchObject({
      done: 1,
      total: 2,
      status: "in_progress",
    });
    // At level A2 her list is different: "Mond" was saved but never reviewed.
    await test.db.user.update({ where: { id: anna.id }, data: { level: "A2" } });
    const [a2] = await data.listLearnerClasses(anna.id);
    expect(a2!.assignments.find((a) => a.title === "Wortschatz")!.progress).toMatchObject({ done: 0, total: 1 });
  });
});

function keyWord(lemma: string) {
  return { lemma, pos: "noun", glosses: ["x"], band: "A1", count: 1, first: { paragraph: 0, sentence: 0, token: 0 } };
}
