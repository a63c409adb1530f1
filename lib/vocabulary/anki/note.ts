// One saved word as a note of Brücke's Anki note type. Pure: the .apkg and the TSV export share it.

import { germanWithArticle } from "@/lib/german/articles";
import { makeCloze } from "@/lib/review/prompt";
import type { ExportRow } from "../export-format";

/** The note type's fields, in order (the first is Anki's sort field and duplicate check). */
export const ANKI_FIELDS = [
  "German",
  "Plural",
  "Part of speech",
  "Meaning",
  "Example",
  "Example translation",
  "Source",
  "Notes",
] as const;

export const ANKI_DECK = "Brücke";
export const ANKI_NOTETYPE = "Brücke";
export const ANKI_BASE_TAG = "bruecke";

export interface AnkiNote {
  /** Stable per saved word: importing again updates the note instead of adding a copy. */
  guid: string;
  /** HTML, one per ANKI_FIELDS entry. */
  fields: string[];
  tags: string[];
}

const escapeHtml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/** Plain text as one HTML field: markup escaped, line breaks as <br>. */
export function htmlField(text: string | null | undefined): string {
  return htmlText((text ?? "").trim());
}

const htmlText = (text: string) => escapeHtml(text).replace(/\r\n|\r|\n/g, "<br>");

/** The example sentence with the saved word in bold. */
function exampleField(row: ExportRow): string {
  const cloze = makeCloze(row.context, row.surface, row.lemma);
  if (!cloze) return htmlField(row.context);
  return `${htmlText(cloze.before.trimStart())}<b>${htmlText(cloze.answer)}</b>${htmlText(cloze.after.trimEnd())}`;
}

/** Anki tags hold no spaces; "::" makes a tag hierarchy (bruecke::Passage_title). */
export function ankiTag(text: string): string {
  return text.trim().replace(/\s+/g, "_");
}

export function pluralField(row: ExportRow): string {
  if (!row.plural) return "";
  return htmlField(row.pos === "noun" ? `die ${row.plural}` : row.plural);
}

/**
 * The part of speech and the card's grammar line (strong verb's principal parts, weak noun, reflexive use):
 * they share the note type's "Part of speech" field, which the template shows as its grammar line. A field
 * of its own would change the note type's fields, and Anki then imports the note type as a copy and skips
 * the notes a learner imported before instead of updating them.
 */
export function partOfSpeechField(row: ExportRow, posLabel: (pos: string) => string): string {
  const grammar = row.grammar?.trim();
  return grammar ? `${posLabel(row.pos)} · ${grammar}` : posLabel(row.pos);
}

/**
 * The learner's words as notes. The first field must be unique in a note type (Anki drops or merges duplicates),
 * so a word written like another one (weg as adverb and as particle) gets its part of speech added.
 */
export function toAnkiNotes(rows: ExportRow[], posLabel: (pos: string) => string): AnkiNote[] {
  const german = rows.map((row) => htmlField(germanWithArticle(row)));
  const seen = new Map<string, number>();
  for (const text of german) seen.set(text, (seen.get(text) ?? 0) + 1);
  const used = new Set<string>();
  return rows.map((row, index) => {
    let first = german[index] ?? "";
    if ((seen.get(first) ?? 0) > 1) first = `${first} (${htmlField(posLabel(row.pos))})`;
    for (let n = 2; used.has(first); n++) first = `${german[index]} (${htmlField(posLabel(row.pos))} ${n})`;
    used.add(first);
    const tags = [
      ANKI_BASE_TAG,
      ...(row.passageTitle ? [`${ANKI_BASE_TAG}::${ankiTag(row.passageTitle)}`] : []),
      ...row.tags.map(ankiTag),
    ].filter(Boolean);
    return {
      guid: `bruecke-${row.id}`,
      fields: [
        first,
        pluralField(row),
        htmlField(partOfSpeechField(row, posLabel)),
        htmlField(row.gloss),
        exampleField(row),
        htmlField(row.contextTranslation),
        htmlField(row.passageTitle),
        htmlField(row.note),
      ],
      tags: [...new Set(tags)],
    };
  });
}
