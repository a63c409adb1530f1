// Corrections of the engine's analysis: stored as data keyed by surface form and the engine's part of
// speech (not by token rows), so they survive a new analysis of the passage; a learner's own apply to
// them everywhere and flow into their saved word; a teacher's on their passage apply to every reader.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { StoredToken } from "@/lib/passages/stored-token";
import type { Viewer } from "@/lib/server/session";
import { createUser, ok, signInAs } from "../support/teacher-fixtures";
import { createTestDatabase, type TestDatabase, testDatabaseKind } from "../support/test-db";

vi.mock("@/lib/server/session", () => ({ getViewer: vi.fn() }));
vi.setConfig({ testTimeout: 120_000 });

const TEXT = "Der Baumilliardär schläft im Garten.\n\nEin Baumilliardär kauft das Haus.";
const IDIOM_TEXT =
  "Er stellte neue Jobs in Aussicht. Die Firma baut ein neues Werk im Süden der Stadt, und viele Menschen freuen sich darüber.";

let test: TestDatabase;
let actions: typeof import("@/lib/corrections/actions");
let data: typeof import("@/lib/corrections/data");
let teacher: Viewer;
let learner: Viewer;
let other: Viewer;
let passageId: string;
let otherPassageId: string;

/** Where the first token spelled `surface` is: sentence key and token index, as the reader sends them. */
async function wordAt(id: string, surface: string) {
  const paragraphs = await test.db.paragraph.findMany({
    where: { passageId: id },
    orderBy: { position: "asc" },
    select: { position: true, sentences: { orderBy: { position: "asc" }, select: { tokens: true } } },
  });
  for (const p of paragraphs)
    for (const [s, sentence] of p.sentences.entries()) {
      const index = (sentence.tokens as unknown as StoredToken[]).findIndex((t) => t.text === surface);
      if (index >= 0) return { passageId: id, sentenceKey: `${p.position}-${s}`, tokenIndex: index };
    }
  throw new Error(`${surface} not found`);
}

beforeAll(async () => {
  test = await createTestDatabase();
  actions = await import("@/lib/corrections/actions");
  data = await import("@/lib/corrections/data");
  const teacherActions = await import("@/lib/teacher-passages/actions");
  const classActions = await import("@/lib/classes/actions");
  teacher = await createUser(test.db, "cor-teacher", "TEACHER");
  learner = await createUser(test.db, "cor-learner", "LEARNER");
  other = await createUser(test.db, "cor-other", "LEARNER");
  signInAs(teacher);
  const importOne = async (title: string) => {
    const result = ok(await teacherActions.importPassageAction({ title, text: TEXT, translate: false }));
    if (!result.ok) throw new Error(result.code);
    ok(await teacherActions.publishPassageAction({ passageId: result.passageId }));
    return result.passageId;
  };
  passageId = await importOne("Eins");
  otherPassageId = await importOne("Zwei");
  const { id: classId, joinCode } = ok(await classActions.createClassAction({ name: "K" }));
  for (const id of [passageId, otherPassageId])
    ok(await classActions.assignPassageAction({ classId, passageId: id, target: "READ_ALL" }));
  signInAs(learner);
  ok(await classActions.joinClassAction({ code: joinCode }));
}, 300_000);
afterAll(async () => {
  await test?.close();
});
beforeEach(() => signInAs(learner));

const forReader = (id: string, viewer: Viewer | null) =>
  data.correctionsForReader({ id, authorId: teacher.id }, viewer?.id ?? null, ["Baumilliardär"]);

describe(`corrections (${testDatabaseKind()})`, () => {
  it("a learner's correction applies to them in every passage, and to nobody else", async () => {
    const at = await wordAt(passageId, "Baumilliardär");
    const saved = ok(await actions.saveCorrectionAction({ ...at, patch: { gloss: "property tycoon", plural: null } }));
    expect(saved).toMatchObject({ surface: "Baumilliardär", enginePos: "noun", by: "you" });
    for (const id of [passageId, otherPassageId])
      expect(await forReader(id, learner)).toEqual([
        { surface: "Baumilliardär", enginePos: "noun", patch: { gloss: "property tycoon", plural: null }, by: "you" },
      ]);
    expect(await forReader(passageId, other)).toEqual([]);
    expect(await forReader(passageId, null)).toEqual([]);
  });

  it("flows into the learner's saved word, and a reset puts the engine's analysis back", async () => {
    const vocabulary = await import("@/lib/vocabulary/actions");
    // Saved from the card as the engine analysed it.
    ok(
      await vocabulary.saveWord({
        lemma: "Baumilliardär",
        surface: "Baumilliardär",
        pos: "noun",
        gender: "m",
        gloss: "billionaire",
      }),
    );
    const at = await wordAt(otherPassageId, "Baumilliardär");
    ok(await actions.saveCorrectionAction({ ...at, patch: { lemma: "Milliardär", gloss: "tycoon", gender: "f" } }));
    const item = () => test.db.vocabularyItem.findFirstOrThrow({ where: { userId: learner.id } });
    expect(await item()).toMatchObject({ lemma: "Milliardär", gender: "f", gloss: "tycoon" });
    ok(await actions.resetCorrectionAction(at));
    expect(await forReader(passageId, learner)).toEqual([]);
    expect(await item()).toMatchObject({ lemma: "Baumilliardär", gender: "m" });
    expect((await item()).gloss).not.toBe("tycoon");
  });

  it("an idiom's verb is corrected as the idiom the card shows, and the saved idiom follows", async () => {
    signInAs(other);
    const mine = await import("@/lib/library/actions");
    const own = ok(await mine.importOwnTextAction({ title: "Idiom", text: IDIOM_TEXT, translate: false }));
    if (!own.ok) throw new Error(own.code);
    const at = await wordAt(own.passageId, "stellte");
    const vocabulary = await import("@/lib/vocabulary/actions");
    // The card names the idiom (lib/german/card-entry.ts), so that is the lemma the learner saved.
    ok(
      await vocabulary.saveWord({ lemma: "in Aussicht stellen", surface: "stellte", pos: "verb", gloss: "to promise" }),
    );
    ok(await actions.saveCorrectionAction({ ...at, patch: { gloss: "to hold out the prospect of" } }));
    const item = () => test.db.vocabularyItem.findFirstOrThrow({ where: { userId: other.id } });
    expect(await item()).toMatchObject({ lemma: "in Aussicht stellen", gloss: "to hold out the prospect of" });
    ok(await actions.resetCorrectionAction(at));
    expect(await item()).toMatchObject({ lemma: "in Aussicht stellen" });
    expect((await item()).gloss).not.toBe("to hold out the prospect of");
  });

  it("the passage's teacher corrects for every reader of that passage only", async () => {
    signInAs(learner);
    const at = await wordAt(passageId, "Baumilliardär");
    // Learners cannot correct for everyone, nor can a teacher for a passage that is not theirs.
    expect(await actions.saveCorrectionAction({ ...at, forPassage: true, patch: { name: true } })).toEqual({
      ok: false,
      error: "not_found",
    });
    signInAs(teacher);
    const saved = ok(await actions.saveCorrectionAction({ ...at, forPassage: true, patch: { name: true } }));
    expect(saved.by).toBe("teacher");
    for (const viewer of [learner, other, null])
      expect(await forReader(passageId, viewer)).toContainEqual(expect.objectContaining({ by: "teacher" }));
    expect(await forReader(otherPassageId, learner)).toEqual([]);
  });

  it("survives a new analysis of the passage (token rows replaced)", async () => {
    signInAs(learner);
    const at = await wordAt(passageId, "Baumilliardär");
    ok(await actions.saveCorrectionAction({ ...at, patch: { gloss: "tycoon" } }));
    // A re-analysis writes new paragraph and sentence rows; corrections are not tied to them.
    const { importText } = await import("@/lib/passages/import-text");
    const { preparePassage } = await import("@/lib/passages/prepare");
    const prepared = preparePassage(importText(TEXT));
    await test.db.paragraph.deleteMany({ where: { passageId } });
    for (const [position, p] of prepared.paragraphs.entries())
      await test.db.paragraph.create({
        data: {
          passageId,
          position,
          kind: "BODY",
          lang: p.lang,
          sentences: {
            create: p.sentences.map((s, i) => ({ position: i, text: s.text, tokens: s.tokens as unknown as object })),
          },
        },
      });
    expect(await forReader(passageId, learner)).toContainEqual(
      expect.objectContaining({ by: "you", patch: { gloss: "tycoon" } }),
    );
    expect(await test.db.wordCorrection.count({ where: { userId: learner.id } })).toBe(1);
  });

  it("refuses words in passages the caller cannot read, and bad patches", async () => {
    signInAs(other);
    const mine = await import("@/lib/library/actions");
    const own = ok(await mine.importOwnTextAction({ title: "Privat", text: TEXT, translate: false }));
    if (!own.ok) throw new Error(own.code);
    const at = await wordAt(own.passageId, "Baumilliardär");
    signInAs(learner);
    expect(await actions.saveCorrectionAction({ ...at, patch: { gloss: "x" } })).toEqual({
      ok: false,
      error: "not_found",
    });
    expect(await actions.saveCorrectionAction({ ...at, tokenIndex: 999, patch: { gloss: "x" } })).toMatchObject({
      ok: false,
    });
    expect(
      await actions.saveCorrectionAction({ ...(await wordAt(passageId, "Baumilliardär")), patch: {} }),
    ).toMatchObject({ ok: false, error: "invalid_input" });
    signInAs(null);
    expect(await actions.resetCorrectionAction(at)).toEqual({ ok: false, error: "unauthenticated" });
  });
});
