// Export files for the vocabulary list. Pure: rows in, file text out. The Anki formats are in ./anki.
import { toCsv as writeCsv } from "@/lib/csv";
import { germanWithArticle } from "@/lib/german/articles";

export interface ExportRow {
  id: string;
  lemma: string;
  surface: string;
  pos: string;
  gender: string | null;
  plural: string | null;
  gloss: string;
  grammar: string | null;
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
  "grammar",
  "note",
  "tags",
  "status",
  "context",
  "context_translation",
  "saved_at",
];

export function toCsv(rows: ExportRow[]): string {
  const lines = rows.map((row) => [
    germanWithArticle(row),
    row.lemma,
    row.surface,
    row.pos,
    row.gender,
    row.plural,
    row.gloss,
    row.grammar,
    row.note,
    row.tags.join(", "),
    row.status,
    row.context,
    row.contextTranslation,
    row.createdAt.toISOString(),
  ]);
  return writeCsv([[...CSV_COLUMNS], ...lines]);
}
