// The Anki text export: tab-separated notes with the header lines Anki 2.1.55+ reads. Pure.
// Anki parses it as CSV with '#' comment lines: a field is quoted when it starts with '"' or '#' or holds a tab,
// a line break or a quote (inside quotes a quote is doubled). Tags are a field like the others.
import { ANKI_DECK, ANKI_FIELDS, ANKI_NOTETYPE, type AnkiNote } from "./note";

export const TSV_COLUMNS = [...ANKI_FIELDS, "Tags", "GUID"] as const;

export function tsvField(value: string): string {
  return /^["#]|[\t\r\n"]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function toAnkiTsv(notes: AnkiNote[]): string {
  const header = [
    "#separator:tab",
    "#html:true",
    `#notetype:${ANKI_NOTETYPE}`,
    `#deck:${ANKI_DECK}`,
    `#columns:${TSV_COLUMNS.join("\t")}`,
    `#tags column:${ANKI_FIELDS.length + 1}`,
    `#guid column:${ANKI_FIELDS.length + 2}`,
  ];
  const lines = notes.map((note) => [...note.fields, note.tags.join(" "), note.guid].map(tsvField).join("\t"));
  return `${[...header, ...lines].join("\n")}\n`;
}
