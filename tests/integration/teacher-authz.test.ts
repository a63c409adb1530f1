// Ownership: another teacher and a learner call every teacher action and data function on the first
// teacher's class and passages. Learners are refused by role ("forbidden"); other teachers find
// nothing ("not_found"); nobody gets data, and nothing changes.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/server/session";
import { createUser, ok, signInAs } from "../support/teacher-fixtures";
import { createTestDatabase, type TestDatabase, testDatabaseKind } from "../support/test-db";

vi.mock("@/lib/server/session", () => ({ getViewer: vi.fn() }));

let test: TestDatabase;
let owner: Viewer;
let otherTeacher: Viewer;
let learner: Viewer;
let classId: string;
let draftId: string;
let publishedId: string;
let sentenceId: string;
let otherClassId: string;

type ActionCall = [name: string, call: () => Promise<{ ok: boolean; error?: string }>];

async function actionCalls(): Promise<ActionCall[]> {
  const p = await import("@/lib/teacher-passages/actions");
  const c = await import("@/lib/classes/actions");
  const paragraphs = [
    {
      kind: "BODY" as const,
      lang: "de" as const,
      sentences: [{ from: [sentenceId], text: "Gestohlen.", translation: ["Stolen."] }],
    },
  ];
  return [
    ["translatePassage", () => p.translatePassageAction({ passageId: draftId })],
    [
      "saveDraft",
      () => p.saveDraftAction({ passageId: draftId, version: "x", title: "Gestohlen", titleEn: "", paragraphs }),
    ],
    [
      "saveTranslations",
      () =>
        p.saveTranslationsAction({
          passageId: publishedId,
          titleEn: "Stolen",
          sentences: [{ sentenceId, translation: ["Stolen."] }],
        }),
    ],
    ["publishPassage", () => p.publishPassageAction({ passageId: draftId })],
    ["deleteDraft", () => p.deleteDraftAction({ passageId: draftId })],
    ["removeLearner", () => c.removeLearnerAction({ classId, userId: learner.id })],
    ["readmitLearner", () => c.readmitLearnerAction({ classId, userId: learner.id })],
    ["closeClass", () => c.closeClassAction({ classId })],
    ["reopenClass", () => c.reopenClassAction({ classId })],
    ["saveGlossary", () => c.saveGlossaryAction({ classId, text: "Haus = stolen" })],
    ["assignPassage", () => c.assignPassageAction({ classId, passageId: publishedId, target: "READ_ALL" })],
    ["unassignPassage", () => c.unassignPassageAction({ classId, passageId: publishedId })],
  ];
}

/** Everything an attacker could have changed, to compare before and after. */
async function snapshot() {
  return Promise.all([
    test.db.classroom.findMany({
      orderBy: { id: "asc" },
      select: { id: true, name: true, closedAt: true, glossaryEntries: true, glossaryId: true },
    }),
    test.db.enrollment.findMany({
      orderBy: { userId: "asc" },
      select: { classId: true, userId: true, removedAt: true },
    }),
    test.db.assignment.findMany({ orderBy: { id: "asc" }, select: { classId: true, passageId: true, dueAt: true } }),
    test.db.passage.findMany({
      orderBy: { id: "asc" },
      select: { id: true, title: true, titleEn: true, status: true, updatedAt: true },
    }),
    test.db.sentence.findMany({
      orderBy: { id: "asc" },
      select: { id: true, text: true, translations: { select: { segments: true } } },
    }),
  ]);
}

beforeAll(async () => {
  vi.stubEnv("DEEPL_AUTH_KEY", undefined);
  test = await createTestDatabase();
  owner = await createUser(test.db, "owner", "TEACHER");
  otherTeacher = await createUser(test.db, "other-teacher", "TEACHER");
  learner = await createUser(test.db, "learner", "LEARNER");

  const p = await import("@/lib/teacher-passages/actions");
  const c = await import("@/lib/classes/actions");
  signInAs(owner);
  const imported = ok(await p.importPassageAction({ title: "Entwurf", text: "Der Hund schläft.", translate: false }));
  const published = ok(
    await p.importPassageAction({ title: "Veröffentlicht", text: "Die Katze schläft.", translate: false }),
  );
  if (!imported.ok || !published.ok) throw new Error("import failed");
  draftId = imported.passageId;
  publishedId = published.passageId;
  ok(await p.publishPassageAction({ passageId: publishedId }));
  sentenceId = (
    await test.db.sentence.findFirstOrThrow({ where: { paragraph: { passageId: publishedId } }, select: { id: true } })
  ).id;
  const created = ok(await c.createClassAction({ name: "Eigene Klasse" }));
  classId = created.id;
  ok(await c.saveGlossaryAction({ classId, text: "Haus = home" }));
  ok(await c.assignPassageAction({ classId, passageId: publishedId, target: "READ_ALL" }));
  signInAs(learner);
  ok(await c.joinClassAction({ code: created.joinCode }));
  signInAs(otherTeacher);
  otherClassId = ok(await c.createClassAction({ name: "Fremde Klasse" })).id;
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await test?.close();
});

describe(`teacher actions refuse everyone but the owner (${testDatabaseKind()})`, () => {
  it("a learner is refused by role for every teacher action", async () => {
    signInAs(learner);
    const before = await snapshot();
    const p = await import("@/lib/teacher-passages/actions");
    const c = await import("@/lib/classes/actions");
    const calls: ActionCall[] = [
      ...(await actionCalls()),
      ["importPassage", () => p.importPassageAction({ title: "x", text: "Der Hund schläft.", translate: false })],
      ["createClass", () => c.createClassAction({ name: "x" })],
    ];
    for (const [name, call] of calls) expect([name, await call()]).toEqual([name, { ok: false, error: "forbidden" }]);
    expect(await snapshot()).toEqual(before);
  });

  it("another teacher finds nothing: not_found for every action on the owner's data", async () => {
    signInAs(otherTeacher);
    const before = await snapshot();
    for (const [name, call] of await actionCalls())
      expect([name, await call()]).toEqual([name, { ok: false, error: "not_found" }]);
    // Their own class does not open the owner's passages either.
    const c = await import("@/lib/classes/actions");
    expect(await c.assignPassageAction({ classId: otherClassId, passageId: publishedId, target: "READ_ALL" })).toEqual({
      ok: false,
      error: "not_found",
    });
    expect(await c.assignPassageAction({ classId: otherClassId, passageId: draftId, target: "READ_ALL" })).toEqual({
      ok: false,
      error: "not_found",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("signed-out callers are refused before anything else", async () => {
    signInAs(null);
    for (const [name, call] of await actionCalls())
      expect([name, await call()]).toEqual([name, { ok: false, error: "unauthenticated" }]);
  });

  it("data functions return nothing of the owner's to another teacher or a learner", async () => {
    const classes = await import("@/lib/classes/data");
    const passages = await import("@/lib/teacher-passages/data");
    const { translatePassage } = await import("@/lib/teacher-passages/translate");
    const { syncClassGlossary, glossaryForTranslation } = await import("@/lib/translation/glossary-sync");
    const mutations = await import("@/lib/classes/mutations");
    const passageMutations = await import("@/lib/teacher-passages/mutations");
    for (const intruder of [otherTeacher, learner]) {
      expect(await classes.getClassDashboard(intruder.id, classId)).toBeNull();
      expect((await classes.listTeacherClasses(intruder.id)).map((x) => x.id)).not.toContain(classId);
      expect((await classes.listAssignablePassages(intruder.id)).map((x) => x.id)).not.toContain(publishedId);
      expect(await passages.getPassageForEditor(intruder.id, draftId)).toBeNull();
      expect(await passages.getPassageForEditor(intruder.id, publishedId)).toBeNull();
      expect((await passages.listTeacherPassages(intruder.id)).map((x) => x.id)).toEqual([]);
      expect((await passages.listGlossaryClasses(intruder.id)).map((x) => x.id)).not.toContain(classId);
      expect(await translatePassage(intruder.id, draftId)).toBeNull();
      expect(await syncClassGlossary(intruder.id, classId)).toBeNull();
      expect(await glossaryForTranslation(intruder.id, classId)).toBeUndefined();
      expect(await mutations.setLearnerRemoved(intruder.id, classId, learner.id, true)).toBeNull();
      expect(await mutations.setClassClosed(intruder.id, classId, true)).toBeNull();
      expect(await mutations.saveGlossaryEntries(intruder.id, classId, { a: "b" })).toBeNull();
      expect(await mutations.unassignPassage(intruder.id, classId, publishedId)).toBeNull();
      expect(await passageMutations.publishPassage(intruder.id, draftId)).toBeNull();
      expect(await passageMutations.deleteDraft(intruder.id, draftId)).toBeNull();
      expect(
        await passageMutations.saveTranslations(intruder.id, { passageId: publishedId, titleEn: "", sentences: [] }),
      ).toBeNull();
    }
    // The learner's own view shows the class, but none of the teacher's data.
    const [view] = await classes.listLearnerClasses(learner.id);
    expect(view).toMatchObject({ id: classId, name: "Eigene Klasse" });
    expect(JSON.stringify(view)).not.toMatch(/joinCode|glossary|email/);
    expect(await classes.listLearnerClasses(otherTeacher.id)).toEqual([]);
  });

  it("a draft stays invisible to readers other than its author", async () => {
    const reading = await import("@/lib/reading/data");
    expect(await reading.getPassageForReader(draftId, learner.id)).toBeNull();
    expect(await reading.getPassageForReader(draftId, otherTeacher.id)).toBeNull();
    expect(await reading.getPassageForReader(draftId, owner.id)).not.toBeNull();
  });
});
