// Export files for the vocabulary list. Pure: rows in, file text out.
import { withArticle } from "@/lib/german/articles";

export interface ExportRow {
  lemma: string;
  surface: string;
  pos: string;
  gender: string | null;
  plural: string | null;
  gloss: string;
  note: string | null;
  tags: string[];
  status: string;
  context: string | null;
  contextTranslation: string | null;
  createdAt: Date;
}

// ─── Anki: tab-separated notes with the header lines Anki reads ───

const ANKI_COLUMNS = ["Front", "Back", "Context", "Translation", "Tags"];

/** One Anki field: no tabs or line breaks (they would split the note); quotes only inside a quoted field. */
function ankiField(value: string | null | undefined): string {
  const flat = (value ?? "").replace(/[\t\r\n]+/g, " ").trim();
  return flat.includes('"') ? `"${flat.replaceAll('"', '""')}"` : flat;
}

/** Anki tags are space-separated words. */
function ankiTags(tags: string[]): string {
  return tags
    .map((tag) => tag.trim().replace(/\s+/g, "_"))
    .filter(Boolean)
    .join(" ");
}

export function toAnki(rows: ExportRow[]): string {
  const header = [
    "#separator:tab",
    "#html:false",
    `#columns:${ANKI_COLUMNS.join("\t")}`,
    `#tags column:${ANKI_COLUMNS.length}`,
  ];
  const lines = rows.map((row) => {
    const front = withArticle(row.lemma, row.gender);
    const back = row.note ? `${row.gloss} (${row.note})` : row.gloss;
    return [front, back, row.context, row.contextTranslation].map(ankiField).concat(ankiTags(row.tags)).join("\t");
  });
  return `${[...header, ...lines].join("\n")}\n`;
}

// ─── CSV: RFC 4180, safe to open in a spreadsheet ───

const CSV_COLUMNS = [
  "german",
  "lemma",
  "surface",
  "part_of_speech",
  "gender",
  "plural",
  "english",
  "note",
  "tags",
  "status",
  "context",
  "context_translation",
  "saved_at",
];

/**
 * One CSV cell. A cell a spreadsheet would run as a formula (= + - @, or a leading tab/CR that some
 * spreadsheets skip before looking) gets a leading apostrophe, so it stays text (OWASP "CSV injection").
 */
export function csvCell(value: string | null | undefined): string {
  let cell = value ?? "";
  if (/^[=+\-@\t\r]/.test(cell)) cell = `'${cell}`;
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

export function toCsv(rows: ExportRow[]): string {
  const lines = rows.map((row) =>
    [
      withArticle(row.lemma, row.gender),
      row.lemma,
      row.surface,
      row.pos,
      row.gender,
      row.plural,
      row.gloss,
      row.note,
      row.tags.join(", "),
      row.status,
      row.context,
      row.contextTranslation,
      row.createdAt.toISOString(),
    ]
      .map(csvCell)
      .join(","),
  );
  // The byte-order mark makes spreadsheet programs read the file as UTF-8 (umlauts, ß).
  return `\uFEFF${[CSV_COLUMNS.join(","), ...lines].join("\r\n")}\r\n`;
}
