// Machine translation of teachers' passages through the fake DeepL server: context per paragraph,
// class glossaries, the Prisma translation cache, usage, and every failure mode leaving a complete
// draft. Runs on PGlite, or PostgreSQL when BRUECKE_TEST_PG_URL is set.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/server/session";
import { type FakeDeepl, type FakeMode, startFakeDeepl } from "@/tests/fake-deepl/server";
import { createUser, ok, signInAs } from "../support/teacher-fixtures";
import { createTestDatabase, type TestDatabase, testDatabaseKind } from "../support/test-db";

vi.mock("@/lib/server/session", () => ({ getViewer: vi.fn() }));

const KEY = "teacher-test-key";
const NEW_KEY = "teacher-test-key-2";
let test: TestDatabase;
let fake: FakeDeepl;
let passages: typeof import("@/lib/teacher-passages/actions");
let classes: typeof import("@/lib/classes/actions");
let teacher: Viewer;

beforeAll(async () => {
  fake = await startFakeDeepl({ authKey: KEY, otherAuthKeys: [NEW_KEY] });
  vi.stubEnv("DEEPL_AUTH_KEY", KEY);
  vi.stubEnv("DEEPL_SERVER_URL", fake.url);
  test = await createTestDatabase();
  passages = await import("@/lib/teacher-passages/actions");
  classes = await import("@/lib/classes/actions");
  teacher = await createUser(test.db, "teacher-1", "TEACHER");
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await fake?.close();
  await test?.close();
});
beforeEach(async () => {
  await fake.reset();
  signInAs(teacher);
  // Each test starts with a fresh per-account count of imports (lib/server/rate-limit.ts).
  await test.db.rateLimit.deleteMany();
});

const TEXT =
  "Das Haus\n\nDer Hund schläft. Die Katze schläft. Das alte Haus ist groß. Die neue Stadt ist klein.\n\n" +
  "We had a great meeting with the team today.\n\n(dpa)";
const translateCalls = () => fake.requests.filter((r) => r.path === "/v2/translate");

async function importText(text: string, extra: { classId?: string; formality?: "default" | "more" | "less" } = {}) {
  const result = ok(await passages.importPassageAction({ title: "Tiere", text, translate: true, ...extra }));
  if (!result.ok) throw new Error(`import rejected: ${result.code}`);
  return result;
}

const sentencesOf = (passageId: string) =>
  test.db.sentence.findMany({
    where: { paragraph: { passageId } },
    orderBy: [{ paragraph: { position: "asc" } }, { position: "asc" }],
    select: {
      text: true,
      paragraph: { select: { kind: true } },
      translations: { select: { segments: true, origin: true } },
    },
  });

describe(`DeepL translation of imports (${testDatabaseKind()})`, () => {
  it("translates heading and body sentence by sentence with the paragraph as context; embeds and source stay untouched", async () => {
    const { passageId, translation } = await importText(TEXT, { formality: "less" });
    expect(translation).toEqual({ translated: 5, remaining: 0 });
    const rows = await sentencesOf(passageId);
    expect(
      rows.map((s) => [s.paragraph.kind, s.translations[0]?.segments ?? null, s.translations[0]?.origin ?? null]),
    ).toEqual([
      ["HEADING", ["the house"], "MACHINE"],
      ["BODY", ["The dog sleeps."], "MACHINE"],
      ["BODY", ["The cat sleeps."], "MACHINE"],
      ["BODY", ["The old house is big."], "MACHINE"],
      ["BODY", ["The new city is small."], "MACHINE"],
      ["EMBED", null, null],
      ["SOURCE", null, null],
    ]);
    const calls = translateCalls();
    expect(calls).toHaveLength(2); // one per translatable paragraph
    const body = calls.find((c) => c.params.text?.length === 4)!;
    expect(body.params.text).toEqual([
      "Der Hund schläft.",
      "Die Katze schläft.",
      "Das alte Haus ist groß.",
      "Die neue Stadt ist klein.",
    ]);
    expect(body.params.context).toEqual([
      "Der Hund schläft. Die Katze schläft. Das alte Haus ist groß. Die neue Stadt ist klein.",
    ]);
    expect(body.params.formality).toEqual(["prefer_less"]);
    expect(body.params.target_lang).toEqual(["en-GB"]);
    expect(calls.flatMap((c) => c.params.text ?? []).join(" ")).not.toMatch(/meeting|dpa/);
  });

  it("never pays for the same sentence twice: a second import sends nothing", async () => {
    await importText("Der Hund schläft. Das alte Haus ist groß.");
    expect(translateCalls()).toHaveLength(1);
    fake.requests.length = 0;
    const again = await importText("Der Hund schläft. Das alte Haus ist groß.");
    expect(fake.requests).toEqual([]);
    expect(again.translation).toEqual({ translated: 2, remaining: 0 });
    expect((await sentencesOf(again.passageId)).map((s) => s.translations[0]?.segments[0])).toEqual([
      "The dog sleeps.",
      "The old house is big.",
    ]);
    expect(await test.db.translationCacheEntry.count()).toBeGreaterThanOrEqual(2);
  });

  it("uses the class glossary the teacher maintains", async () => {
    const { id: classId } = ok(await classes.createClassAction({ name: "7a" }));
    const saved = ok(await classes.saveGlossaryAction({ classId, text: "Baumilliardär = property tycoon" }));
    expect(saved).toEqual({ ok: true, entries: 1 });
    const stored = await test.db.classroom.findUniqueOrThrow({ where: { id: classId }, select: { glossaryId: true } });
    expect(fake.glossaries.get(stored.glossaryId!)?.dictionaries[0]?.entries).toEqual({
      Baumilliardär: "property tycoon",
    });

    const { passageId } = await importText("Der Baumilliardär kauft das alte Haus.", { classId });
    expect((await sentencesOf(passageId))[0]!.translations[0]!.segments).toEqual([
      "The property tycoon buys the old house.",
    ]);
    expect(translateCalls()[0]!.params.glossary_id).toEqual([stored.glossaryId]);

    // Without the glossary the same sentence is a different cache entry and a different translation.
    const plain = await importText("Der Baumilliardär kauft das alte Haus.");
    expect((await sentencesOf(plain.passageId))[0]!.translations[0]!.segments).toEqual([
      "The building billionaire buys the old house.",
    ]);
  });

  it("keeps glossary entries when DeepL is down and syncs them at the next translation", async () => {
    const { id: classId } = ok(await classes.createClassAction({ name: "7b" }));
    await fake.setMode("auth");
    expect(ok(await classes.saveGlossaryAction({ classId, text: "Haus = home" }))).toEqual({
      ok: true,
      entries: 1,
      syncError: "auth",
    });
    expect(
      await test.db.classroom.findUniqueOrThrow({
        where: { id: classId },
        select: { glossaryId: true, glossaryEntries: true },
      }),
    ).toEqual({
      glossaryId: null,
      glossaryEntries: { Haus: "home" },
    });
    await fake.setMode("ok");
    const { passageId } = await importText("Das Haus ist klein.", { classId });
    expect((await sentencesOf(passageId))[0]!.translations[0]!.segments).toEqual(["The home is small."]);
  });

  it("rejects glossary lines that are not pairs", async () => {
    const { id: classId } = ok(await classes.createClassAction({ name: "7c" }));
    expect(ok(await classes.saveGlossaryAction({ classId, text: "Haus = home\nStadt" }))).toEqual({
      ok: false,
      invalidLines: [2],
    });
  });

  it("reports usage", async () => {
    const { readDeeplUsage } = await import("@/lib/translation/usage");
    fake.usage.characterLimit = 1000;
    await importText("Guten Morgen! Die kleine Katze schläft.");
    expect(await readDeeplUsage()).toEqual({ ok: true, characterCount: 13 + 25, characterLimit: 1000 });
    // DeepL keeps answering /v2/usage when the quota is used up.
    await fake.setMode("quota");
    expect(await readDeeplUsage()).toEqual({ ok: true, characterCount: 1000, characterLimit: 1000 });
  });
});

describe("a glossary DeepL no longer knows is made again", () => {
  const glossaryIdOf = async (classId: string) =>
    (await test.db.classroom.findUniqueOrThrow({ where: { id: classId }, select: { glossaryId: true } })).glossaryId;
  const glossaryCreations = () => fake.requests.filter((r) => r.method === "POST" && r.path === "/v3/glossaries");
  const TWO_PARAGRAPHS = "Der Baumilliardär kauft das Haus.\n\nDas alte Haus ist groß. Der Baumilliardär schläft.";

  async function classWithGlossary(name: string) {
    const { id: classId } = ok(await classes.createClassAction({ name }));
    ok(await classes.saveGlossaryAction({ classId, text: "Baumilliardär = property tycoon" }));
    const id = await glossaryIdOf(classId);
    expect(id && fake.glossaries.has(id)).toBe(true);
    fake.requests.length = 0;
    return { classId, id: id! };
  }

  it("deleted or expired at DeepL: recreated from the stored entries once, each request retried once", async () => {
    const { classId, id } = await classWithGlossary("8a");
    fake.glossaries.delete(id);

    const { passageId, translation } = await importText(TWO_PARAGRAPHS, { classId });
    expect(translation).toEqual({ translated: 3, remaining: 0 });
    expect((await sentencesOf(passageId)).map((s) => s.translations[0]?.segments[0])).toEqual([
      "The property tycoon buys the house.",
      "The old house is big.",
      "The property tycoon sleeps.",
    ]);
    const recreated = await glossaryIdOf(classId);
    expect(recreated).not.toBe(id);
    expect(fake.glossaries.get(recreated!)?.dictionaries[0]?.entries).toEqual({ Baumilliardär: "property tycoon" });
    expect(glossaryCreations()).toHaveLength(1);
    const statuses = translateCalls().map((r) => r.status);
    expect(statuses.filter((s) => s === 400).length).toBeGreaterThanOrEqual(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(2);
    expect(
      translateCalls()
        .filter((r) => r.status === 200)
        .map((r) => r.params.glossary_id),
    ).toEqual([[recreated], [recreated]]);

    // The class page tells the truth: DeepL has the stored id.
    const { readGlossaryState } = await import("@/lib/translation/glossary-state");
    expect(await readGlossaryState(classId, recreated)).toEqual({ state: "at_deepl" });
  });

  it("the class page asks DeepL: a glossary it no longer has is shown as gone and sent before the next translation", async () => {
    const { readGlossaryState } = await import("@/lib/translation/glossary-state");
    const { classId, id } = await classWithGlossary("8c");
    expect(await readGlossaryState(classId, id)).toEqual({ state: "at_deepl" });
    fake.glossaries.delete(id);

    expect(await readGlossaryState(classId, id)).toEqual({ state: "gone" });
    expect(await glossaryIdOf(classId)).toBeNull();
    expect(await readGlossaryState(classId, null)).toEqual({ state: "not_sent" });

    const { translation } = await importText("Der Baumilliardär kauft das alte Haus.", { classId });
    expect(translation).toEqual({ translated: 1, remaining: 0 });
    expect(translateCalls().map((r) => r.status)).toEqual([200]); // sent before, so no failed request
    expect(await readGlossaryState(classId, await glossaryIdOf(classId))).toEqual({ state: "at_deepl" });

    await fake.setMode("server-error");
    expect(await readGlossaryState(classId, await glossaryIdOf(classId))).toEqual({
      state: "unknown",
      code: "unavailable",
    });
  });

  it("after the API key changed: recreated under the new key", async () => {
    const { classId, id } = await classWithGlossary("8b");
    vi.stubEnv("DEEPL_AUTH_KEY", NEW_KEY);
    try {
      const { translation } = await importText("Der Baumilliardär kauft das alte Haus.", { classId });
      expect(translation).toEqual({ translated: 1, remaining: 0 });
      const recreated = await glossaryIdOf(classId);
      expect(fake.glossaries.get(recreated!)?.authKey).toBe(NEW_KEY);
      expect(fake.glossaries.get(id)?.authKey).toBe(KEY); // the old account's copy is not the new key's to delete
    } finally {
      vi.stubEnv("DEEPL_AUTH_KEY", KEY);
    }
  });
});

describe("DeepL failures leave a complete draft", () => {
  const cases: [FakeMode, string][] = [
    ["auth", "auth"],
    ["quota", "quota"],
    ["rate-limit", "rate_limited"],
    ["server-error", "unavailable"],
    ["unavailable", "unavailable"],
    ["down", "unavailable"],
    ["timeout", "timeout"],
  ];

  it.each(cases)(
    "%s → %s",
    async (mode, code) => {
      await fake.setMode(mode);
      // A sentence nobody translated before, so the cache cannot hide the failure.
      const text = `Ausfall ${mode}: Der Hund schläft.\n\nDie Katze ist klein (${mode}). Das Haus ist groß (${mode}).`;
      const started = Date.now();
      const { passageId, translation } = await importText(text);
      expect(Date.now() - started).toBeLessThan(15_000); // short timeouts in request paths
      expect(translation).toMatchObject({ error: code, translated: 0, remaining: 3 });
      const rows = await sentencesOf(passageId);
      expect(rows.map((s) => s.text)).toEqual([
        `Ausfall ${mode}: Der Hund schläft.`,
        `Die Katze ist klein (${mode}).`,
        `Das Haus ist groß (${mode}).`,
      ]);
      expect(rows.every((s) => s.translations.length === 0)).toBe(true);
      expect(await test.db.passage.findUniqueOrThrow({ where: { id: passageId }, select: { status: true } })).toEqual({
        status: "DRAFT",
      });

      // Retried later, it translates everything that is still missing.
      await fake.setMode("ok");
      expect(ok(await passages.translatePassageAction({ passageId }))).toEqual({ translated: 3, remaining: 0 });
    },
    40_000,
  );

  it("quota reached halfway: what was translated is kept, the rest stays for later", async () => {
    await fake.setMode("quota-after-N-chars");
    fake.usage.characterLimit = 25;
    const { passageId, translation } = await importText(
      "Guten Morgen!\n\nDer Hund schläft im Garten. Die Katze schläft im Haus.",
    );
    expect(translation).toEqual({ translated: 1, remaining: 2, error: "quota" });
    const rows = await sentencesOf(passageId);
    expect(rows.map((s) => s.translations.length)).toEqual([1, 0, 0]);
  });

  it("without a key: not_configured, nothing sent, the draft is saved and can be translated by hand", async () => {
    vi.stubEnv("DEEPL_AUTH_KEY", undefined);
    try {
      const { passageId, translation } = await importText("Der Hund schläft nicht.");
      expect(translation).toMatchObject({ error: "not_configured", remaining: 1 });
      expect(fake.requests).toEqual([]);
      const [sentence] = await test.db.sentence.findMany({ where: { paragraph: { passageId } }, select: { id: true } });
      const editor = (await (await import("@/lib/teacher-passages/data")).getPassageForEditor(teacher.id, passageId))!;
      ok(
        await passages.saveDraftAction({
          passageId,
          version: editor.version,
          title: "Tiere",
          titleEn: "",
          paragraphs: [
            {
              kind: "BODY",
              lang: "de",
              sentences: [
                { from: [sentence!.id], text: "Der Hund schläft nicht.", translation: ["The dog is not asleep."] },
              ],
            },
          ],
        }),
      );
      expect((await sentencesOf(passageId))[0]!.translations).toEqual([
        { segments: ["The dog is not asleep."], origin: "HUMAN" },
      ]);
    } finally {
      vi.stubEnv("DEEPL_AUTH_KEY", KEY);
    }
  });

  it("a translation typed meanwhile is never overwritten by DeepL", async () => {
    await fake.setMode("quota");
    const { passageId } = await importText("Der Hund schläft am Abend.");
    const [sentence] = await test.db.sentence.findMany({ where: { paragraph: { passageId } }, select: { id: true } });
    await test.db.sentenceTranslation.create({
      data: { sentenceId: sentence!.id, lang: "en", segments: ["Mine."], origin: "HUMAN" },
    });
    await fake.setMode("ok");
    expect(ok(await passages.translatePassageAction({ passageId }))).toEqual({ translated: 0, remaining: 0 });
    expect(translateCalls().filter((c) => c.status === 200)).toHaveLength(0);
  });
});
