// Large imports off the request thread (issue 13): the analysis on a worker thread, the rows in several
// short transactions under a pending row that nobody can read, then one small transaction that makes
// the passage visible. Asserts order and state, never time.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { beginPending, sweepInterruptedImports, writeParagraphs } from "@/lib/passages/batched-store";
import { engineVersion, staleEngine } from "@/lib/passages/engine-version";
import { newImportKey } from "@/lib/passages/import-key";
import { importText, MAX_IMPORT_CHARS } from "@/lib/passages/import-text";
import { preparePassage } from "@/lib/passages/prepare";
import type { Viewer } from "@/lib/server/session";
import { createUser, ok, signInAs } from "../support/teacher-fixtures";
import { createTestDatabase, type TestDatabase, testDatabaseKind } from "../support/test-db";

vi.mock("@/lib/server/session", () => ({ getViewer: vi.fn() }));

let test: TestDatabase;
let teacher: Viewer;
let learner: Viewer;
let teacherActions: typeof import("@/lib/teacher-passages/actions");
let libraryActions: typeof import("@/lib/library/actions");
let teacherData: typeof import("@/lib/teacher-passages/data");
let libraryData: typeof import("@/lib/library/data");
let reading: typeof import("@/lib/reading/data");
let imports: typeof import("@/lib/server/imports");

/** About 30,000 characters of German in paragraphs: many batches, well within the limits. */
function largeText(chars = 30_000): string {
  const paragraphs = ["content/articles/article-2017-01-alibaba-trump.de.txt", "tests/fixtures/second-text.de.txt"]
    .flatMap((file) => readFileSync(file, "utf8").split(/\n\s*\n/))
    .map((p) => p.trim())
    .filter((p) => p.split(/\s+/).length > 8);
  let text = "";
  for (let i = 0; ; i++) {
    const next = `${text}${text ? "\n\n" : ""}${paragraphs[i % paragraphs.length]}`;
    if (next.length > Math.min(chars, MAX_IMPORT_CHARS)) return text;
    text = next;
  }
}

const TEXT = largeText();
const SENTENCES = importText(TEXT).paragraphs.reduce((n, p) => n + p.sentences.length, 0);

beforeAll(async () => {
  vi.stubEnv("DEEPL_AUTH_KEY", undefined);
  test = await createTestDatabase();
  teacherActions = await import("@/lib/teacher-passages/actions");
  libraryActions = await import("@/lib/library/actions");
  teacherData = await import("@/lib/teacher-passages/data");
  libraryData = await import("@/lib/library/data");
  reading = await import("@/lib/reading/data");
  imports = await import("@/lib/server/imports");
  teacher = await createUser(test.db, "import-teacher", "TEACHER");
  learner = await createUser(test.db, "import-learner", "LEARNER");
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await test?.close();
});
beforeEach(async () => {
  await test.db.rateLimit.deleteMany();
});

const pendingRow = (importKey: string) =>
  test.db.passage.findFirst({
    where: { importKey, status: "IMPORTING" },
    select: { id: true, title: true, importProgress: true, _count: { select: { paragraphs: true } } },
  });

describe(`a large import (${testDatabaseKind()})`, () => {
  it("is written in several transactions under a pending row nobody reads, and other reads are served meanwhile", {
    timeout: 180_000,
  }, async () => {
    signInAs(teacher);
    const importKey = newImportKey();
    let finished = false;
    const request = teacherActions
      .importPassageAction({ title: "Ein langer Text", text: TEXT, translate: false, importKey })
      .finally(() => {
        finished = true;
      });

    // While the import runs, other requests' reads complete; the half-written passage is in none of them.
    const seen: { written: number; percent: number; stage: string }[] = [];
    while (!finished) {
      const row = await pendingRow(importKey);
      if (row) {
        const [list, readable, progress] = await Promise.all([
          teacherData.listTeacherPassages(teacher.id),
          reading.getPassageForReader(row.id, teacher.id),
          imports.importProgress(test.db, teacher.id, importKey),
        ]);
        // Judge only reads made while the passage was still pending: on PostgreSQL they run on other
        // connections, and the import may finish between reading the row and reading the list.
        if (!(await pendingRow(importKey))) continue;
        expect(row.title).toBe("");
        expect(list.map((p) => p.id)).not.toContain(row.id);
        expect(readable).toBeNull();
        // Nobody else sees another's progress.
        expect(await imports.importProgress(test.db, learner.id, importKey)).toEqual({ stage: "unknown" });
        if (!finished && progress.stage !== "unknown")
          seen.push({ written: row._count.paragraphs, percent: progress.percent, stage: progress.stage });
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const result = ok(await request);
    if (!result.ok) throw new Error(`import rejected: ${result.code}`);

    // Reads completed while paragraphs were already written but the import was not finished.
    expect(seen.some((s) => s.written > 0 && s.stage === "saving")).toBe(true);
    // Progress only goes forward.
    const percents = seen.map((s) => s.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    // Several write transactions, each a part of the text: other reads saw at least two different
    // numbers of committed paragraphs, each short of the whole.
    const paragraphs = importText(TEXT).paragraphs.length;
    const partial = new Set(seen.map((s) => s.written).filter((n) => n > 0 && n < paragraphs));
    expect(partial.size).toBeGreaterThanOrEqual(2);

    const passage = await test.db.passage.findUniqueOrThrow({
      where: { id: result.passageId },
      select: {
        title: true,
        status: true,
        importKey: true,
        importProgress: true,
        engineVersion: true,
        wordCount: true,
        keyVocabulary: true,
        paragraphs: { select: { _count: { select: { sentences: true } } } },
      },
    });
    expect(passage).toMatchObject({
      title: "Ein langer Text",
      status: "DRAFT",
      importKey: null,
      importProgress: null,
      engineVersion: engineVersion(),
    });
    expect(passage.wordCount).toBeGreaterThan(3_000);
    expect(passage.keyVocabulary).not.toBeNull();
    expect(passage.paragraphs.reduce((n, p) => n + p._count.sentences, 0)).toBe(SENTENCES);
    expect((await teacherData.listTeacherPassages(teacher.id)).map((p) => p.id)).toContain(result.passageId);
    expect(await imports.importProgress(test.db, teacher.id, importKey)).toEqual({ stage: "unknown" });
  });

  it("stores the same analysis as one call to the engine would", async () => {
    signInAs(teacher);
    const text = largeText(4_000);
    const result = ok(await teacherActions.importPassageAction({ title: "Gleich", text, translate: false }));
    if (!result.ok) throw new Error(`import rejected: ${result.code}`);
    const expected = preparePassage(importText(text));
    const stored = await test.db.paragraph.findMany({
      where: { passageId: result.passageId },
      orderBy: { position: "asc" },
      select: { sentences: { orderBy: { position: "asc" }, select: { tokens: true } } },
    });
    expect(stored.map((p) => p.sentences.map((s) => s.tokens))).toEqual(
      expected.paragraphs.map((p) => p.sentences.map((s) => s.tokens)),
    );
  });

  it("a learner's library import is batched too and appears in their library once complete", {
    timeout: 120_000,
  }, async () => {
    signInAs(learner);
    const result = ok(
      await libraryActions.importOwnTextAction({ title: "Meins", text: largeText(12_000), translate: false }),
    );
    if (!result.ok) throw new Error("import rejected");
    const passage = await test.db.passage.findUniqueOrThrow({
      where: { id: result.passageId },
      select: { status: true, personal: true, importedChars: true },
    });
    expect(passage).toMatchObject({ status: "PUBLISHED", personal: true });
    expect(passage.importedChars).toBeGreaterThan(10_000);
    const texts = await libraryData.listOwnTexts(learner.id);
    expect(texts.map((t) => t.id)).toContain(result.passageId);
  });
});

describe("an interrupted import", () => {
  it("leaves nothing anyone can read, and is removed by the sweep at the next start", async () => {
    const prepared = preparePassage(importText(largeText(6_000)));
    const id = await beginPending(test.db, { authorId: teacher.id, importKey: newImportKey() });
    // Half the paragraphs written, then the server "stops": no last transaction.
    await writeParagraphs(test.db, id, prepared.paragraphs.slice(0, Math.ceil(prepared.paragraphs.length / 2)));
    expect(await test.db.paragraph.count({ where: { passageId: id } })).toBeGreaterThan(0);

    expect((await teacherData.listTeacherPassages(teacher.id)).map((p) => p.id)).not.toContain(id);
    expect(await reading.getPassageForReader(id, teacher.id)).toBeNull();
    expect(await teacherData.getPassageForEditor(teacher.id, id)).toBeNull();
    // Not taken for a passage of an older engine either (the start's re-analysis leaves it alone).
    expect(await test.db.passage.count({ where: { id, ...staleEngine(engineVersion()) } })).toBe(0);

    // A sweep keeps what is younger than its cutoff (an import still running elsewhere)…
    expect(await sweepInterruptedImports(test.db, new Date(Date.now() - 60_000))).toBe(0);
    // …and removes the rest, with every row written under it.
    expect(await sweepInterruptedImports(test.db, new Date(Date.now() + 1_000))).toBe(1);
    expect(await test.db.passage.count({ where: { id } })).toBe(0);
    expect(await test.db.paragraph.count({ where: { passageId: id } })).toBe(0);
  });
});

describe(`a large draft save (${testDatabaseKind()})`, () => {
  it("swaps in the new paragraphs written in batches; a stale version keeps the old ones; nothing pending stays", {
    timeout: 180_000,
  }, async () => {
    signInAs(teacher);
    const imported = ok(
      await teacherActions.importPassageAction({ title: "Vorher", text: largeText(3_000), translate: false }),
    );
    if (!imported.ok) throw new Error("import rejected");
    const id = imported.passageId;
    const editor = (await teacherData.getPassageForEditor(teacher.id, id))!;
    const oldSentenceIds = editor.paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.from));
    // Many paragraphs, one translated by hand: more than one batch.
    const paragraphs = importText(largeText(20_000)).paragraphs.map((p, i) => ({
      kind: p.kind === "heading" ? ("HEADING" as const) : ("BODY" as const),
      lang: "de" as const,
      sentences: p.sentences.map((text, j) => ({
        from: [],
        text,
        translation: i === 1 && j === 0 ? ["A sentence translated by hand."] : [],
      })),
    }));
    const saved = ok(
      await teacherActions.saveDraftAction({
        passageId: id,
        version: editor.version,
        title: "Nachher",
        titleEn: "",
        paragraphs,
      }),
    );
    if (!saved.ok) throw new Error(`save refused: ${saved.code}`);

    const stored = await test.db.paragraph.findMany({
      where: { passageId: id },
      orderBy: { position: "asc" },
      select: {
        sentences: { orderBy: { position: "asc" }, select: { text: true, translations: { select: { origin: true } } } },
      },
    });
    expect(stored.map((p) => p.sentences.map((s) => s.text))).toEqual(
      paragraphs.map((p) => p.sentences.map((s) => s.text)),
    );
    expect(stored[1]!.sentences[0]!.translations).toEqual([{ origin: "HUMAN" }]);
    expect(await test.db.sentence.count({ where: { id: { in: oldSentenceIds } } })).toBe(0);
    const passage = await test.db.passage.findUniqueOrThrow({
      where: { id },
      select: { title: true, updatedAt: true },
    });
    expect(passage).toMatchObject({ title: "Nachher" });
    expect(passage.updatedAt.toISOString()).toBe(saved.version);
    expect(await test.db.passage.count({ where: { status: "IMPORTING" } })).toBe(0);

    // The editor's old version: refused, the draft as it was, the rows written for it removed again.
    const before = await test.db.sentence.count({ where: { paragraph: { passageId: id } } });
    const stale = ok(
      await teacherActions.saveDraftAction({
        passageId: id,
        version: editor.version,
        title: "x",
        titleEn: "",
        paragraphs,
      }),
    );
    expect(stale).toEqual({ ok: false, code: "changed" });
    expect(await test.db.sentence.count({ where: { paragraph: { passageId: id } } })).toBe(before);
    expect(await test.db.passage.count({ where: { status: "IMPORTING" } })).toBe(0);
  });
});
