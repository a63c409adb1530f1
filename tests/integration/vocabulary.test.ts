import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/server/session";
import { exportRows, listVocabulary, statusesForLemmas, vocabularyFacets } from "@/lib/vocabulary/data";
import { deleteVocabularyItem, saveWord, setWordStatus, updateVocabularyItem } from "@/lib/vocabulary/mutations";
import { createTestDatabase, type TestDatabase, testDatabaseKind } from "../support/test-db";

const viewer = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock("@/lib/server/session", () => ({ getViewer: async () => viewer.current }));

const actions = await import("@/lib/vocabulary/actions");
const exportRoute = await import("@/app/api/vocabulary/export/route");

let test: TestDatabase;
let seq = 0;

async function createUser() {
  seq++;
  return test.db.user.create({ data: { id: `v-user-${seq}`, name: `User ${seq}`, email: `v${seq}@example.test` } });
}
const as = (user: { id: string; name: string; email: string } | null) => {
  viewer.current = user ? { id: user.id, name: user.name, email: user.email, role: "LEARNER" } : null;
};
const word = (lemma: string, extra: Record<string, string> = {}) => ({
  lemma,
  surface: lemma,
  pos: "noun",
  gender: "f" as const,
  gloss: `${lemma} (en)`,
  ...extra,
});
const filters = { page: 1 } as const;

beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(async () => {
  await test?.close();
});
beforeEach(() => as(null));

describe(`vocabulary (${testDatabaseKind()})`, () => {
  it("saves one entry per lemma with a new review card, and keeps edits when saved again", async () => {
    const user = await createUser();
    const first = await saveWord(
      user.id,
      word("Zeitung", { surface: "Zeitungen", context: "Die Zeitungen berichten." }),
    );
    expect(first).toMatchObject({ lemma: "Zeitung", status: "NEW", created: true });
    await updateVocabularyItem(user.id, { id: first.id, gloss: "newspaper", note: "plural -en", tags: ["news"] });
    const again = await saveWord(
      user.id,
      word("Zeitung", { surface: "Zeitung", gloss: "paper", context: "Eine andere Zeitung." }),
    );
    expect(again).toMatchObject({ id: first.id, created: false });
    const items = await test.db.vocabularyItem.findMany({ where: { userId: user.id }, include: { card: true } });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      gloss: "newspaper",
      note: "plural -en",
      tags: ["news"],
      context: "Die Zeitungen berichten.",
      status: "NEW",
    });
    expect(items[0]?.card).toMatchObject({ state: 0, reps: 0, version: 0 });
  });

  it("does not duplicate a word saved twice at once", async () => {
    const user = await createUser();
    await Promise.all([saveWord(user.id, word("Brücke")), saveWord(user.id, word("Brücke"))]);
    expect(await test.db.vocabularyItem.count({ where: { userId: user.id, lemma: "Brücke" } })).toBe(1);
    expect(await test.db.reviewCard.count({ where: { userId: user.id } })).toBe(1);
  });

  it("sets statuses in one call, creating the entry when needed, and tracks when words became known", async () => {
    const user = await createUser();
    const known = await setWordStatus(user.id, { lemma: "und", status: "KNOWN" }, new Date("2026-02-01T10:00:00Z"));
    expect(await test.db.vocabularyItem.findUniqueOrThrow({ where: { id: known.id } })).toMatchObject({
      surface: "und",
      pos: "other",
      gloss: "",
      knownAt: new Date("2026-02-01T10:00:00Z"),
    });
    await setWordStatus(user.id, { lemma: "und", status: "KNOWN" }, new Date("2026-03-01T10:00:00Z"));
    expect((await test.db.vocabularyItem.findUniqueOrThrow({ where: { id: known.id } })).knownAt).toEqual(
      new Date("2026-02-01T10:00:00Z"),
    );
    await setWordStatus(user.id, { lemma: "Haus", status: "IGNORED", surface: "Häuser", pos: "noun", gloss: "house" });
    await setWordStatus(user.id, { lemma: "und", status: "LEARNING" });
    expect(await statusesForLemmas(user.id, ["und", "Haus", "Baum"])).toEqual({ und: "LEARNING", Haus: "IGNORED" });
    // Only the lemmas asked for (the reader asks for its passage's), none when none are asked for.
    expect(await statusesForLemmas(user.id, ["Haus"])).toEqual({ Haus: "IGNORED" });
    expect(await statusesForLemmas(user.id, [])).toEqual({});
    expect((await test.db.vocabularyItem.findUniqueOrThrow({ where: { id: known.id } })).knownAt).toBeNull();
    // Saving an ignored word puts it back into review.
    expect(await saveWord(user.id, word("Haus"))).toMatchObject({ status: "NEW", created: false });
  });

  it("refuses a passage the learner cannot read", async () => {
    const [author, learner] = [await createUser(), await createUser()];
    const draft = await test.db.passage.create({ data: { title: "Entwurf", status: "DRAFT", authorId: author.id } });
    const published = await test.db.passage.create({ data: { title: "Artikel", status: "PUBLISHED" } });
    await expect(saveWord(learner.id, word("Geheim", { passageId: draft.id }))).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(saveWord(learner.id, word("Geheim", { passageId: "nope" }))).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(saveWord(author.id, word("Geheim", { passageId: draft.id }))).resolves.toMatchObject({
      created: true,
    });
    await saveWord(learner.id, word("Artikel", { passageId: published.id }));
    const facets = await vocabularyFacets(learner.id);
    expect(facets.passages).toEqual([{ id: published.id, title: "Artikel" }]);
  });

  it("searches lemma, surface and gloss, and filters by status, passage and tag", async () => {
    const user = await createUser();
    const passage = await test.db.passage.create({ data: { title: "Wetter", status: "PUBLISHED" } });
    await saveWord(user.id, word("Regen", { surface: "Regens", gloss: "rain", passageId: passage.id }));
    const sun = await saveWord(user.id, word("Sonne", { gloss: "sun" }));
    await saveWord(user.id, word("Wind", { gloss: "wind" }));
    await updateVocabularyItem(user.id, { id: sun.id, tags: ["weather", "sky"], status: "KNOWN" });

    const lemmas = async (f: Parameters<typeof listVocabulary>[1]) =>
      (await listVocabulary(user.id, f)).items.map((i) => i.lemma).sort();
    expect(await lemmas({ ...filters, q: "REGENS" })).toEqual(["Regen"]);
    expect(await lemmas({ ...filters, q: "su" })).toEqual(["Sonne"]);
    expect(await lemmas({ ...filters, status: "KNOWN" })).toEqual(["Sonne"]);
    expect(await lemmas({ ...filters, passage: passage.id })).toEqual(["Regen"]);
    expect(await lemmas({ ...filters, tag: "sky" })).toEqual(["Sonne"]);
    expect(await lemmas(filters)).toEqual(["Regen", "Sonne", "Wind"]);
    expect(await vocabularyFacets(user.id)).toMatchObject({ counts: { NEW: 2, KNOWN: 1 }, tags: ["sky", "weather"] });
    expect((await exportRows(user.id, { tag: "weather" })).map((r) => r.lemma)).toEqual(["Sonne"]);
  });

  it("deletes a word with its card and history", async () => {
    const user = await createUser();
    const item = await saveWord(user.id, word("Tür"));
    await deleteVocabularyItem(user.id, item.id);
    expect(await test.db.vocabularyItem.count({ where: { id: item.id } })).toBe(0);
    expect(await test.db.reviewCard.count({ where: { itemId: item.id } })).toBe(0);
  });
});

describe(`vocabulary authorization (${testDatabaseKind()})`, () => {
  it("keeps learner B away from learner A's words, in data functions, actions and exports", async () => {
    const [a, b] = [await createUser(), await createUser()];
    const item = await saveWord(a.id, word("Tagebuch", { gloss: "diary", context: "Mein geheimes Tagebuch." }));
    await saveWord(b.id, word("Kalender"));

    await expect(updateVocabularyItem(b.id, { id: item.id, gloss: "hacked" })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(deleteVocabularyItem(b.id, item.id)).rejects.toMatchObject({ code: "not_found" });
    expect(Object.keys(await statusesForLemmas(b.id, ["Tagebuch", "Kalender"]))).toEqual(["Kalender"]);
    expect((await listVocabulary(b.id, filters)).items.map((i) => i.lemma)).toEqual(["Kalender"]);
    expect((await exportRows(b.id, {})).map((r) => r.lemma)).toEqual(["Kalender"]);

    as(b);
    expect(await actions.updateVocabularyItem({ id: item.id, gloss: "hacked", status: "IGNORED" })).toEqual({
      ok: false,
      error: "not_found",
    });
    expect(await actions.deleteVocabularyItem({ id: item.id })).toEqual({ ok: false, error: "not_found" });
    // B's own "Tagebuch" is B's entry, never A's.
    expect(await actions.setWordStatus({ lemma: "Tagebuch", status: "KNOWN" })).toMatchObject({ ok: true });
    for (const format of ["csv", "anki"]) {
      const response = await exportRoute.GET(new Request(`http://localhost/api/vocabulary/export?format=${format}`));
      expect(response.status).toBe(200);
      const body = await response.text();
      expect(body).toContain("Kalender");
      expect(body).not.toContain("diary");
      expect(body).not.toContain("geheimes");
    }

    const untouched = await test.db.vocabularyItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(untouched).toMatchObject({ userId: a.id, gloss: "diary", status: "NEW" });

    as(null);
    expect(await actions.saveWord(word("Anonym"))).toEqual({ ok: false, error: "unauthenticated" });
    expect((await exportRoute.GET(new Request("http://localhost/api/vocabulary/export?format=csv"))).status).toBe(401);
  });

  it("exports the caller's words as Anki notes and as CSV", async () => {
    const user = await createUser();
    await saveWord(user.id, word("Straße", { gender: "f", gloss: "=street", context: "Die Straße ist lang." }));
    as(user);
    const anki = await exportRoute.GET(new Request("http://localhost/api/vocabulary/export?format=anki"));
    expect(anki.headers.get("content-disposition")).toContain(".txt");
    expect(await anki.text()).toContain("die Straße\t=street\tDie Straße ist lang.");
    const csv = await exportRoute.GET(new Request("http://localhost/api/vocabulary/export?format=csv"));
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(await csv.text()).toContain(",'=street,");
    expect((await exportRoute.GET(new Request("http://localhost/api/vocabulary/export?format=xls"))).status).toBe(422);
  });

  it("validates action input", async () => {
    const user = await createUser();
    as(user);
    expect(await actions.saveWord({ lemma: "", surface: "x", pos: "noun", gloss: "x" })).toMatchObject({
      ok: false,
      error: "invalid_input",
      fields: { lemma: expect.any(Array) },
    });
    expect(await actions.setWordStatus({ lemma: "x", status: "MASTERED" as never })).toMatchObject({
      ok: false,
      error: "invalid_input",
    });
  });
});
