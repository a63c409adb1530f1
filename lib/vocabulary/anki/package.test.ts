import { createHash } from "node:crypto";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSqliteFile, type SqliteFile } from "@/tests/support/sqlite-file";
import { DECK_ID, NOTETYPE_ID } from "./collection";
import { ANKI_FIELDS, toAnkiNotes } from "./note";
import { buildApkg } from "./package";
import { EXPECTED_NOTES, POS_LABEL, TRICKY_ROWS } from "./test-rows";

const labels = { cardName: "German → English", plural: "Plural:" };

/** Writes the package, unzips it and opens its collection with SQLite, as Anki's importer does. */
async function openPackage(now: Date, rows = TRICKY_ROWS) {
  const apkg = await buildApkg({
    notes: toAnkiNotes(rows, POS_LABEL),
    modified: rows.map((row) => Math.floor(row.updatedAt.getTime() / 1000)),
    labels,
    now,
  });
  const files = unzipSync(apkg);
  expect(Object.keys(files).sort()).toEqual(["collection.anki2", "media"]);
  expect(JSON.parse(strFromU8(files.media!))).toEqual({});
  return openSqliteFile(files["collection.anki2"]!);
}

const plain = (html: string) =>
  html
    .replace(/<[^>]*>/g, "")
    .replaceAll("&quot;", '"')
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");

describe("buildApkg", () => {
  let db: SqliteFile;
  beforeAll(async () => {
    db = await openPackage(new Date("2026-12-02T10:00:00Z"));
  });
  afterAll(() => db.close());

  it("holds Anki's schema-11 tables and one collection row", () => {
    const tables = db
      .all("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .map((row) => (row as { name: string }).name);
    expect(tables).toEqual(["cards", "col", "graves", "notes", "revlog"]);
    const col = db.all("SELECT * FROM col") as Record<string, unknown>[];
    expect(col).toHaveLength(1);
    expect(col[0]).toMatchObject({ id: 1, ver: 11 });
  });

  it("defines the Brücke note type with its fields in order, one card template, and the Brücke deck", () => {
    const col = db.get("SELECT models, decks, dconf, conf FROM col") as Record<string, string>;
    const models = JSON.parse(col.models!);
    const model = models[String(NOTETYPE_ID)];
    expect(model).toMatchObject({ id: NOTETYPE_ID, name: "Brücke", type: 0, sortf: 0, did: DECK_ID });
    expect(model.flds.map((f: { name: string; ord: number }) => [f.ord, f.name])).toEqual(
      ANKI_FIELDS.map((name, ord) => [ord, name]),
    );
    expect(model.tmpls).toHaveLength(1);
    expect(model.tmpls[0].qfmt).toContain("{{German}}");
    for (const field of ["Meaning", "Plural", "Part of speech", "Example translation", "Notes", "Source"]) {
      expect(model.tmpls[0].afmt).toContain(`{{${field}}}`);
    }
    const decks = JSON.parse(col.decks!);
    expect(decks[String(DECK_ID)]).toMatchObject({ id: DECK_ID, name: "Brücke", dyn: 0, conf: 1 });
    expect(decks["1"]).toMatchObject({ name: "Default" });
    expect(JSON.parse(col.dconf!)["1"]).toMatchObject({ id: 1, name: "Default" });
    expect(JSON.parse(col.conf!)).toMatchObject({ curModel: NOTETYPE_ID });
  });

  it("stores every saved word as a note, field by field, with its tags, GUID, sort field and checksum", () => {
    const notes = db.all("SELECT * FROM notes ORDER BY id") as Record<string, string | number>[];
    expect(notes).toHaveLength(TRICKY_ROWS.length);
    notes.forEach((note, index) => {
      const expected = EXPECTED_NOTES[index]!;
      expect(String(note.flds).split("\x1f")).toEqual(expected.fields);
      expect(note.guid).toBe(expected.guid);
      expect(note.mid).toBe(NOTETYPE_ID);
      expect(note.tags).toBe(` ${expected.tags.join(" ")} `);
      expect(note.sfld).toBe(plain(expected.fields[0]!));
      const sha1 = createHash("sha1").update(plain(expected.fields[0]!)).digest("hex");
      expect(note.csum).toBe(Number.parseInt(sha1.slice(0, 8), 16));
      expect(note.mod).toBe(Math.floor(TRICKY_ROWS[index]!.updatedAt.getTime() / 1000));
    });
  });

  it("stores ids, timestamps and checksums as integers, as Anki reads them", () => {
    const kinds = [
      ...db.all("SELECT typeof(id) AS a, typeof(mod) AS b, typeof(csum) AS c FROM notes"),
      ...db.all("SELECT typeof(id) AS a, typeof(nid) AS b, typeof(due) AS c FROM cards"),
      ...db.all("SELECT typeof(crt) AS a, typeof(mod) AS b, typeof(scm) AS c FROM col"),
    ];
    expect(kinds.length).toBe(2 * TRICKY_ROWS.length + 1);
    for (const row of kinds) expect(row).toEqual({ a: "integer", b: "integer", c: "integer" });
  });

  it("gives every note one new card in the Brücke deck", () => {
    const cards = db.all("SELECT * FROM cards ORDER BY due") as Record<string, number>[];
    const noteIds = (db.all("SELECT id FROM notes ORDER BY id") as { id: number }[]).map((n) => n.id);
    expect(cards.map((card) => card.nid)).toEqual(noteIds);
    for (const card of cards) {
      expect(card).toMatchObject({ did: DECK_ID, ord: 0, type: 0, queue: 0, ivl: 0, reps: 0 });
    }
    expect(cards.map((card) => card.due)).toEqual(cards.map((_, i) => i + 1));
  });

  it("keeps GUIDs, the note type and the deck when exported again later, so a re-import updates the notes", async () => {
    const later = await openPackage(new Date("2027-01-15T08:00:00Z"));
    try {
      const guids = (d: SqliteFile) =>
        (d.all("SELECT guid FROM notes ORDER BY guid") as { guid: string }[]).map((n) => n.guid);
      expect(guids(later)).toEqual(guids(db));
      const models = JSON.parse((later.get("SELECT models FROM col") as { models: string }).models);
      expect(Object.keys(models)).toEqual([String(NOTETYPE_ID)]);
    } finally {
      later.close();
    }
  });

  it("writes a valid empty package for no words", async () => {
    const empty = await openPackage(new Date("2026-12-03T00:00:00Z"), []);
    try {
      expect(empty.get("SELECT count(*) AS n FROM notes")).toEqual({ n: 0 });
    } finally {
      empty.close();
    }
  });
});
