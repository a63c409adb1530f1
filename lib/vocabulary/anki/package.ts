// Writes an Anki package (.apkg): a zip holding a schema-11 collection (collection.anki2, SQLite) and an empty
// media map. Anki 2.1 and later import it, upgrading the schema themselves. The tables and columns are those of
// Anki's schema11.sql; notes carry their sort field and first-field checksum as Anki computes them.
import { createHash } from "node:crypto";
import { strToU8, zipSync } from "fflate";
import initSqlJs, { type SqlJsStatic } from "sql.js";
import { collectionJson, DECK_ID, NOTETYPE_ID, type TemplateLabels } from "./collection";
import type { AnkiNote } from "./note";

const SCHEMA = `
CREATE TABLE col (id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL, scm integer NOT NULL,
  ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL, ls integer NOT NULL, conf text NOT NULL,
  models text NOT NULL, decks text NOT NULL, dconf text NOT NULL, tags text NOT NULL);
CREATE TABLE notes (id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL, mod integer NOT NULL,
  usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL, sfld integer NOT NULL, csum integer NOT NULL,
  flags integer NOT NULL, data text NOT NULL);
CREATE TABLE cards (id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL, ord integer NOT NULL,
  mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL, queue integer NOT NULL, due integer NOT NULL,
  ivl integer NOT NULL, factor integer NOT NULL, reps integer NOT NULL, lapses integer NOT NULL,
  left integer NOT NULL, odue integer NOT NULL, odid integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
CREATE TABLE revlog (id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL, ease integer NOT NULL,
  ivl integer NOT NULL, lastIvl integer NOT NULL, factor integer NOT NULL, time integer NOT NULL,
  type integer NOT NULL);
CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
CREATE INDEX ix_notes_usn ON notes (usn);
CREATE INDEX ix_cards_usn ON cards (usn);
CREATE INDEX ix_revlog_usn ON revlog (usn);
CREATE INDEX ix_cards_nid ON cards (nid);
CREATE INDEX ix_cards_sched ON cards (did, queue, due);
CREATE INDEX ix_revlog_cid ON revlog (cid);
CREATE INDEX ix_notes_csum ON notes (csum);
`;

/** Anki's schema version for this layout. */
const SCHEMA_VERSION = 11;
const FIELD_SEPARATOR = "\x1f";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', nbsp: " ", "#39": "'" };

/** A field as plain text, as Anki keeps it for sorting and duplicate checks. */
export function stripHtml(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&(amp|lt|gt|quot|nbsp|#39);/g, (_, name: string) => ENTITIES[name] ?? "")
    .trim();
}

/** The first field's checksum: the first 8 hex digits of the SHA-1 of its plain text, as an integer. */
export function fieldChecksum(html: string): number {
  return Number.parseInt(createHash("sha1").update(stripHtml(html)).digest("hex").slice(0, 8), 16);
}

export interface PackageInput {
  notes: AnkiNote[];
  /** Note modification times (seconds): Anki updates an imported note only when this is newer. */
  modified: number[];
  labels: TemplateLabels;
  now: Date;
}

// SQLite compiled to WebAssembly (sql.js): the file is built in memory and nothing needs compiling at install
// (better-sqlite3's native build was a minute of every fresh install). Loaded once, on the first export.
let sqlite: Promise<SqlJsStatic> | undefined;
const loadSqlite = () => {
  sqlite ??= initSqlJs();
  return sqlite;
};

/** The collection database (SQLite file bytes). */
export async function buildCollection({ notes, modified, labels, now }: PackageInput): Promise<Uint8Array> {
  const SQL = await loadSqlite();
  const db = new SQL.Database();
  try {
    db.exec(SCHEMA);
    const nowMs = now.getTime();
    const nowSec = Math.floor(nowMs / 1000);
    const json = collectionJson(labels, notes.length, nowSec);
    // Ids and checksums beyond 32 bits reach SQLite as doubles; the integer columns' affinity stores them as
    // integers, as Anki expects (the tests check typeof).
    db.run("INSERT INTO col VALUES (1, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?)", [
      Math.floor(nowSec / 86_400) * 86_400,
      nowMs,
      nowMs,
      SCHEMA_VERSION,
      JSON.stringify(json.conf),
      JSON.stringify(json.models),
      JSON.stringify(json.decks),
      JSON.stringify(json.dconf),
      JSON.stringify(json.tags),
    ]);
    const insertNote = db.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
    // New cards, in the order the words were saved (due = position in the new queue).
    const insertCard = db.prepare("INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')");
    db.run("BEGIN");
    notes.forEach((note, index) => {
      // Ids are millisecond timestamps in Anki; the importer gives new ones where they clash.
      const id = nowMs - notes.length + index;
      const mod = modified[index] ?? nowSec;
      const first = note.fields[0] ?? "";
      const tags = note.tags.length ? ` ${note.tags.join(" ")} ` : "";
      insertNote.run([
        id,
        note.guid,
        NOTETYPE_ID,
        mod,
        tags,
        note.fields.join(FIELD_SEPARATOR),
        stripHtml(first),
        fieldChecksum(first),
      ]);
      insertCard.run([id, id, DECK_ID, mod, index + 1]);
    });
    db.run("COMMIT");
    insertNote.free();
    insertCard.free();
    return db.export();
  } finally {
    db.close();
  }
}

/** The .apkg file: the collection plus an empty media map. */
export async function buildApkg(input: PackageInput): Promise<Uint8Array> {
  return zipSync({ "collection.anki2": await buildCollection(input), media: strToU8("{}") });
}
