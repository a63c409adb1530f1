// Who reads what: the visibility rule of lib/server/passage-access through every loader and action that
// touches a passage (home list, reader, read marks, saved words, vocabulary facets, progress), and the
// learners' own library with its limits. Runs on PGlite and on PostgreSQL.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/server/session";
import { createUser, ok, signInAs } from "../support/teacher-fixtures";
import { createTestDatabase, type TestDatabase, testDatabaseKind } from "../support/test-db";

vi.mock("@/lib/server/session", () => ({ getViewer: vi.fn() }));
vi.setConfig({ testTimeout: 120_000 });

const TEXT = "Der Hund schläft im Garten. Die Katze spielt mit dem Ball.\n\nDas Haus ist groß und alt.";

let test: TestDatabase;
let reading: typeof import("@/lib/reading/data");
let readingActions: typeof import("@/lib/reading/actions");
let library: typeof import("@/lib/library/actions");
let libraryData: typeof import("@/lib/library/data");
let vocabulary: typeof import("@/lib/vocabulary/actions");
let teacherActions: typeof import("@/lib/teacher-passages/actions");
let classActions: typeof import("@/lib/classes/actions");
let teacher: Viewer;
let otherTeacher: Viewer;
let pupil: Viewer; // in the teacher's class
let stranger: Viewer; // in no class
let passageId: string;

/** The new passage's id from an import result; fails the test on a rejection. */
function imported(result: { ok: true; passageId: string } | { ok: false; code: string }): string {
  if (!result.ok) throw new Error(`import rejected: ${result.code}`);
  return result.passageId;
}

async function firstBodyParagraph(id: string) {
  const paragraph = await test.db.paragraph.findFirstOrThrow({ where: { passageId: id, kind: "BODY" } });
  return paragraph.id;
}

const listedIds = async (viewer: Viewer | null) => (await reading.listPassages(viewer?.id ?? null)).map((p) => p.id);
const reads = async (viewer: Viewer | null, id: string) =>
  (await reading.getPassageForReader(id, viewer?.id ?? null)) !== null;

beforeAll(async () => {
  test = await createTestDatabase();
  reading = await import("@/lib/reading/data");
  readingActions = await import("@/lib/reading/actions");
  library = await import("@/lib/library/actions");
  libraryData = await import("@/lib/library/data");
  vocabulary = await import("@/lib/vocabulary/actions");
  teacherActions = await import("@/lib/teacher-passages/actions");
  classActions = await import("@/lib/classes/actions");
  teacher = await createUser(test.db, "acc-teacher", "TEACHER");
  otherTeacher = await createUser(test.db, "acc-other-teacher", "TEACHER");
  pupil = await createUser(test.db, "acc-pupil", "LEARNER");
  stranger = await createUser(test.db, "acc-stranger", "LEARNER");
  signInAs(teacher);
  passageId = imported(ok(await teacherActions.importPassageAction({ title: "Tiere", text: TEXT, translate: false })));
  ok(await teacherActions.publishPassageAction({ passageId }));
  // The first import loads the engine's lexicon: slow on a busy 2-core machine.
}, 300_000);
afterAll(async () => {
  await test?.close();
});
beforeEach(() => signInAs(null));

describe(`who sees a teacher's passage (${testDatabaseKind()})`, () => {
  it("is private by default: only its author reads it once published", async () => {
    expect(await test.db.passage.findUniqueOrThrow({ where: { id: passageId } })).toMatchObject({
      visibility: "PRIVATE",
      personal: false,
    });
    expect(await reads(teacher, passageId)).toBe(true);
    for (const viewer of [null, pupil, stranger, otherTeacher]) {
      expect(await reads(viewer, passageId)).toBe(false);
      expect(await listedIds(viewer)).not.toContain(passageId);
    }
  });

  it("is read by the learners of a class it is assigned to, and by nobody else", async () => {
    signInAs(teacher);
    const { id: classId, joinCode } = ok(await classActions.createClassAction({ name: "B1" }));
    signInAs(pupil);
    ok(await classActions.joinClassAction({ code: joinCode }));
    expect(await reads(pupil, passageId)).toBe(false); // joined, nothing assigned yet
    signInAs(teacher);
    ok(await classActions.assignPassageAction({ classId, passageId, target: "READ_ALL" }));
    expect(await reads(pupil, passageId)).toBe(true);
    expect(await listedIds(pupil)).toContain(passageId);
    for (const viewer of [null, stranger, otherTeacher]) expect(await reads(viewer, passageId)).toBe(false);

    const paragraphId = await firstBodyParagraph(passageId);
    signInAs(stranger);
    expect(await readingActions.markParagraphRead({ paragraphId, read: true })).toEqual({
      ok: false,
      error: "not_found",
    });
    expect(await vocabulary.saveWord({ lemma: "Hund", surface: "Hund", pos: "noun", gloss: "dog", passageId })).toEqual(
      { ok: false, error: "not_found" },
    );
    signInAs(pupil);
    expect(ok(await readingActions.markParagraphRead({ paragraphId, read: true }))).toMatchObject({ readCount: 1 });
    ok(await vocabulary.saveWord({ lemma: "Hund", surface: "Hund", pos: "noun", gloss: "dog", passageId }));
  });

  it("only its author can make it public; then everyone reads it, signed in or not", async () => {
    signInAs(otherTeacher);
    expect(await teacherActions.setPassageVisibilityAction({ passageId, visibility: "PUBLIC" })).toEqual({
      ok: false,
      error: "not_found",
    });
    signInAs(pupil);
    expect(await teacherActions.setPassageVisibilityAction({ passageId, visibility: "PUBLIC" })).toEqual({
      ok: false,
      error: "forbidden",
    });
    expect(await reads(null, passageId)).toBe(false);
    signInAs(teacher);
    ok(await teacherActions.setPassageVisibilityAction({ passageId, visibility: "PUBLIC" }));
    for (const viewer of [null, stranger, otherTeacher]) {
      expect(await reads(viewer, passageId)).toBe(true);
      expect(await listedIds(viewer)).toContain(passageId);
    }
    ok(await teacherActions.setPassageVisibilityAction({ passageId, visibility: "PRIVATE" }));
    expect(await reads(stranger, passageId)).toBe(false);
  });

  it("a draft is its author's alone, even when public", async () => {
    signInAs(teacher);
    const draft = imported(
      ok(await teacherActions.importPassageAction({ title: "Entwurf", text: TEXT, translate: false })),
    );
    ok(await teacherActions.setPassageVisibilityAction({ passageId: draft, visibility: "PUBLIC" }));
    expect(await reads(teacher, draft)).toBe(true);
    expect(await reads(null, draft)).toBe(false);
    expect(await listedIds(teacher)).not.toContain(draft);
  });
});

describe(`a learner's own library (${testDatabaseKind()})`, () => {
  let ownId: string;

  it("imports a pasted text that only its owner reads, without a translation", async () => {
    signInAs(null);
    expect(await library.importOwnTextAction({ title: "Mein Text", text: TEXT, translate: false })).toEqual({
      ok: false,
      error: "unauthenticated",
    });
    signInAs(stranger);
    const imported = ok(await library.importOwnTextAction({ title: "Mein Text", text: TEXT, translate: true }));
    if (!imported.ok) throw new Error(imported.code);
    ownId = imported.passageId;
    expect(await reading.getPassageForReader(ownId, stranger.id)).not.toBeNull();
    const passage = await reading.getPassageContent(ownId);
    expect(passage?.paragraphs.flatMap((p) => p.sentences).every((s) => s.translation === null)).toBe(true);
    expect(passage?.paragraphs.map((p) => p.kind)).toEqual(["BODY", "BODY"]);
    expect(await libraryData.listOwnTexts(stranger.id)).toMatchObject([{ id: ownId, title: "Mein Text" }]);
    // Not on anyone's shared list, not even the owner's: it lives in "My texts".
    for (const viewer of [null, stranger, pupil, teacher]) expect(await listedIds(viewer)).not.toContain(ownId);
    for (const viewer of [null, pupil, teacher, otherTeacher]) expect(await reads(viewer, ownId)).toBe(false);
  });

  it("keeps statuses, saved words and read marks for the owner and refuses everyone else", async () => {
    const paragraphId = await firstBodyParagraph(ownId);
    signInAs(stranger);
    expect(ok(await readingActions.markParagraphRead({ paragraphId, read: true }))).toMatchObject({ readCount: 1 });
    ok(await vocabulary.saveWord({ lemma: "Katze", surface: "Katze", pos: "noun", gloss: "cat", passageId: ownId }));
    expect(await libraryData.listOwnTexts(stranger.id)).toMatchObject([{ readCount: 1, paragraphCount: 2 }]);
    signInAs(pupil);
    expect(await readingActions.markParagraphRead({ paragraphId, read: true })).toEqual({
      ok: false,
      error: "not_found",
    });
    expect(
      await vocabulary.saveWord({ lemma: "Katze", surface: "Katze", pos: "noun", gloss: "cat", passageId: ownId }),
    ).toEqual({ ok: false, error: "not_found" });
  });

  it("a teacher cannot assign a learner's text, even their own library text", async () => {
    signInAs(teacher);
    const { id: classId } = ok(await classActions.createClassAction({ name: "Andere" }));
    const mine = ok(await library.importOwnTextAction({ title: "Privat", text: TEXT, translate: false }));
    if (!mine.ok) throw new Error(mine.code);
    for (const id of [ownId, mine.passageId]) {
      expect(await classActions.assignPassageAction({ classId, passageId: id, target: "READ_ALL" })).toEqual({
        ok: false,
        error: "not_found",
      });
    }
  });

  it("renames and deletes for the owner only", async () => {
    signInAs(pupil);
    expect(await library.renameOwnTextAction({ passageId: ownId, title: "Gestohlen" })).toEqual({
      ok: false,
      error: "not_found",
    });
    expect(await library.deleteOwnTextAction({ passageId: ownId })).toEqual({ ok: false, error: "not_found" });
    signInAs(teacher);
    expect(await library.deleteOwnTextAction({ passageId: passageId })).toEqual({ ok: false, error: "not_found" });
    signInAs(stranger);
    ok(await library.renameOwnTextAction({ passageId: ownId, title: "Neuer Titel" }));
    expect(await libraryData.listOwnTexts(stranger.id)).toMatchObject([{ title: "Neuer Titel" }]);
    ok(await library.deleteOwnTextAction({ passageId: ownId }));
    expect(await libraryData.listOwnTexts(stranger.id)).toEqual([]);
    // The saved word stays in the vocabulary.
    expect(await test.db.vocabularyItem.count({ where: { userId: stranger.id, lemma: "Katze" } })).toBe(1);
    expect(await test.db.passage.count({ where: { id: passageId } })).toBe(1);
  });

  it("refuses a text over the daily limit with a typed reason, and keeps nothing of it", async () => {
    const { LIBRARY_LIMITS } = await import("@/lib/library/limits");
    const heavy = await createUser(test.db, "acc-heavy", "LEARNER");
    signInAs(heavy);
    for (let i = 0; i < LIBRARY_LIMITS.textsPerDay; i++) {
      const result = ok(await library.importOwnTextAction({ title: `Text ${i}`, text: TEXT, translate: false }));
      expect(result.ok).toBe(true);
    }
    expect(ok(await library.importOwnTextAction({ title: "Einer zu viel", text: TEXT, translate: false }))).toEqual({
      ok: false,
      field: "limit",
      code: "texts_per_day",
    });
    expect(await test.db.passage.count({ where: { authorId: heavy.id } })).toBe(LIBRARY_LIMITS.textsPerDay);
    expect(ok(await library.importOwnTextAction({ title: " ", text: TEXT, translate: false }))).toMatchObject({
      ok: false,
      field: "title",
    });
  });
});
