import { unzipSync } from "fflate";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/server/session";
import { exportRows, listVocabulary, statusesForLemmas, vocabularyFacets } from "@/lib/vocabulary/data";
import {
  addMeaning,
  deleteVocabularyItem,
  saveWord,
  setWordStatus,
  updateVocabularyItem,
} from "@/lib/vocabulary/mutations";
import { openSqliteFile } from "../support/sqlite-file";
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

  it("keeps the card's grammar line, filling it in when a word saved without one is saved again", async () => {
    const user = await createUser();
    const verb = { lemma: "gehen", surface: "ging", pos: "verb", gloss: "to go" };
    const first = await saveWord(user.id, verb);
    await saveWord(user.id, { ...verb, grammar: "gehen – ging – ist gegangen" });
    await saveWord(user.id, { ...verb, grammar: "something else" });
    const item = await test.db.vocabularyItem.findUniqueOrThrow({ where: { id: first.id } });
    expect(item.grammar).toBe("gehen – ging – ist gegangen");
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
    expect(await statusesForLemmas(user.id, ["und", "Haus", "Baum"])).toEqual({
      und: { other: "LEARNING" },
      Haus: { noun: "IGNORED" },
    });
    // Only the lemmas asked for (the reader asks for its passage's), none when none are asked for.
    expect(await statusesForLemmas(user.id, ["Haus"])).toEqual({ Haus: { noun: "IGNORED" } });
    expect(await statusesForLemmas(user.id, [])).toEqual({});
    expect((await test.db.vocabularyItem.findUniqueOrThrow({ where: { id: known.id } })).knownAt).toBeNull();
    // Saving an ignored word puts it back into review.
    expect(await saveWord(user.id, word("Haus"))).toMatchObject({ status: "NEW", created: false });
  });

  it("keeps homographs apart: one entry per lemma and part of speech", async () => {
    const user = await createUser();
    const noun = await saveWord(user.id, word("Weg", { gender: "m", gloss: "way" }));
    const adverb = await saveWord(user.id, { lemma: "weg", surface: "weg", pos: "adv", gloss: "away" });
    const verb = await saveWord(user.id, { lemma: "sein", surface: "ist", pos: "verb", gloss: "to be" });
    const det = await saveWord(user.id, { lemma: "sein", surface: "seine", pos: "det", gloss: "his" });
    expect([adverb.created, verb.created, det.created]).toEqual([true, true, true]);
    expect(new Set([noun.id, adverb.id, verb.id, det.id]).size).toBe(4);
    expect(await test.db.reviewCard.count({ where: { userId: user.id } })).toBe(4);

    // A status change reaches the homograph named, and only it.
    await setWordStatus(user.id, { lemma: "sein", pos: "det", status: "KNOWN" });
    expect(await statusesForLemmas(user.id, ["sein", "Weg", "weg"])).toEqual({
      sein: { verb: "NEW", det: "KNOWN" },
      Weg: { noun: "NEW" },
      weg: { adv: "NEW" },
    });
    // Review and export see both entries.
    const rows = await exportRows(user.id, {}, { includeAll: true });
    expect(rows.filter((r) => r.lemma === "sein").map((r) => [r.pos, r.gloss])).toEqual([
      ["verb", "to be"],
      ["det", "his"],
    ]);
    const found = await listVocabulary(user.id, { ...filters, q: "weg" });
    expect(found.items.map((i) => `${i.lemma}/${i.pos}`).sort()).toEqual(["Weg/noun", "weg/adv"]);
  });

  it("says when a word exists already, and adds a new meaning only when asked", async () => {
    const user = await createUser();
    const first = await saveWord(user.id, word("Weg", { gender: "m", gloss: "way" }));
    const again = await saveWord(user.id, word("Weg", { gender: "m", gloss: "path" }));
    expect(again).toMatchObject({ id: first.id, created: false, gloss: "way", meaningIncluded: false });
    expect((await test.db.vocabularyItem.findUniqueOrThrow({ where: { id: first.id } })).gloss).toBe("way");
    expect(await addMeaning(user.id, { id: first.id, gloss: "path" })).toMatchObject({ gloss: "way; path" });
    expect(await saveWord(user.id, word("Weg", { gloss: "Path" }))).toMatchObject({
      created: false,
      meaningIncluded: true,
    });
    expect(await addMeaning(user.id, { id: first.id, gloss: "PATH, route" })).toMatchObject({
      gloss: "way; path; route",
    });
    expect(await test.db.vocabularyItem.count({ where: { userId: user.id } })).toBe(1);
    // Someone else's entry is not found, and nothing changes.
    const other = await createUser();
    await expect(addMeaning(other.id, { id: first.id, gloss: "stolen" })).rejects.toMatchObject({ code: "not_found" });
    as(other);
    expect(await actions.addMeaning({ id: first.id, gloss: "stolen" })).toEqual({ ok: false, error: "not_found" });
    expect(await actions.addMeaning({ id: first.id, gloss: "" })).toMatchObject({ ok: false, error: "invalid_input" });
    expect((await test.db.vocabularyItem.findUniqueOrThrow({ where: { id: first.id } })).gloss).toBe(
      "way; path; route",
    );
  });

  it("searches without accents (ß as ss, ä as a or ae), in meanings, notes and tags", async () => {
    const user = await createUser();
    const rich = await saveWord(user.id, word("Baumilliardär", { gender: "m", gloss: "billionaire" }));
    await saveWord(user.id, word("Geschäft", { gender: "n", gloss: "business; shop" }));
    const street = await saveWord(user.id, word("Straße", { gloss: "street" }));
    await saveWord(user.id, word("Café", { gender: "n", gloss: "café" }));
    await updateVocabularyItem(user.id, { id: street.id, tags: ["Reise", "A1"], note: "lange Vokale" });
    await updateVocabularyItem(user.id, { id: rich.id, tags: ["Wirtschaft"] });
    const find = async (q: string) =>
      (await listVocabulary(user.id, { ...filters, q })).items.map((i) => i.lemma).sort();
    expect(await find("baumilliardar")).toEqual(["Baumilliardär"]);
    expect(await find("BAUMILLIARDAER")).toEqual(["Baumilliardär"]);
    expect(await find("Geschaft")).toEqual(["Geschäft"]);
    expect(await find("geschäft")).toEqual(["Geschäft"]);
    expect(await find("strasse")).toEqual(["Straße"]);
    expect(await find("STRASSE")).toEqual(["Straße"]);
    expect(await find("cafe")).toEqual(["Café"]);
    expect(await find("shop")).toEqual(["Geschäft"]);
    expect(await find("vokale")).toEqual(["Straße"]);
    expect(await find("reise")).toEqual(["Straße"]);
    expect(await find("wirtschaft")).toEqual(["Baumilliardär"]);
    expect(await find("100%")).toEqual([]);
    // Search and the tag filter together, and in exports.
    expect((await listVocabulary(user.id, { ...filters, q: "a1", tag: "Reise" })).items.map((i) => i.lemma)).toEqual([
      "Straße",
    ]);
    expect((await exportRows(user.id, { q: "geschaft" })).map((r) => r.lemma)).toEqual(["Geschäft"]);
  });

  it("refuses a passage the learner cannot read", async () => {
    const [author, learner] = [await createUser(), await createUser()];
    const draft = await test.db.passage.create({ data: { title: "Entwurf", status: "DRAFT", authorId: author.id } });
    const published = await test.db.passage.create({
      data: { title: "Artikel", status: "PUBLISHED", visibility: "PUBLIC" },
    });
    const classOnly = await test.db.passage.create({
      data: { title: "Klasse", status: "PUBLISHED", authorId: author.id },
    });
    await expect(saveWord(learner.id, word("Geheim", { passageId: classOnly.id }))).rejects.toMatchObject({
      code: "not_found",
    });
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
    const passage = await test.db.passage.create({
      data: { title: "Wetter", status: "PUBLISHED", visibility: "PUBLIC" },
    });
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
    // Known words are left out of exports unless asked for.
    expect(await exportRows(user.id, { tag: "weather" })).toEqual([]);
    expect((await exportRows(user.id, { tag: "weather" }, { includeAll: true })).map((r) => r.lemma)).toEqual([
      "Sonne",
    ]);
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

  it("exports the caller's words as an Anki package, Anki text and CSV; known words and names only on request", async () => {
    const user = await createUser();
    await saveWord(user.id, word("Straße", { gender: "f", gloss: "=street", context: "Die Straße ist lang." }));
    await saveWord(user.id, word("Jack Ma", { pos: "name", gloss: "Jack Ma" }));
    await setWordStatus(user.id, { lemma: "Haus", pos: "noun", gender: "n", gloss: "house", status: "KNOWN" });
    as(user);
    const get = (query: string) => exportRoute.GET(new Request(`http://localhost/api/vocabulary/export?${query}`));

    const anki = await get("format=anki");
    expect(anki.headers.get("content-disposition")).toContain(".txt");
    const text = await anki.text();
    expect(text).toContain("die Straße\t\tnoun\t=street\tDie <b>Straße</b> ist lang.\t");
    expect(text).not.toContain("Jack Ma");
    expect(text).not.toContain("Haus");
    const everything = await (await get("format=anki&all=1")).text();
    expect(everything).toContain("Jack Ma");
    expect(everything).toContain("das Haus");

    const apkg = await get("format=apkg&all=1");
    expect(apkg.headers.get("content-disposition")).toContain("bruecke-vocabulary.apkg");
    const files = unzipSync(new Uint8Array(await apkg.arrayBuffer()));
    const collection = await openSqliteFile(files["collection.anki2"]!);
    try {
      const notes = collection.all<{ flds: string; guid: string }>("SELECT flds, guid FROM notes ORDER BY id");
      const items = await test.db.vocabularyItem.findMany({
        where: { userId: user.id },
        orderBy: { createdAt: "asc" },
      });
      expect(notes.map((n) => n.guid).sort()).toEqual(items.map((i) => `bruecke-${i.id}`).sort());
      expect(notes.map((n) => n.flds.split("\x1f")[0]).sort()).toEqual(["Jack Ma", "das Haus", "die Straße"]);
      expect(collection.get("SELECT count(*) AS n FROM cards")).toEqual({ n: 3 });
    } finally {
      collection.close();
    }

    const csv = await get("format=csv");
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(await csv.text()).toContain(`,"'=street",`);
    expect((await get("format=xls")).status).toBe(422);
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
