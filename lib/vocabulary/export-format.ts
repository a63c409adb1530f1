// Export files for the vocabulary list. Pure: rows in, file text out. The Anki formats are in ./anki.
import { germanWithArticle } from "@/lib/german/articles";

export interface ExportRow {
  id: string;
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
  /** The passage the word was saved from (its title), when the learner can still read it. */
  passageTitle: string | null;
  createdAt: Date;
  updatedAt: Date;
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
      germanWithArticle(row),
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
