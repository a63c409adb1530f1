import { z } from "zod";
import { TEXT_LIMITS as MAX, MAX_TAGS } from "@/lib/limits";
import { lineField, multilineField } from "@/lib/text-input";

export const WORD_STATUSES = ["NEW", "LEARNING", "KNOWN", "IGNORED"] as const;
export type WordStatusValue = (typeof WORD_STATUSES)[number];
export const wordStatus = z.enum(WORD_STATUSES);

const GENDERS = ["m", "f", "n"] as const;

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().max(max);
const word = lineField(MAX.word, 1);

/** What the reader's word card sends when the learner saves a word. */
export const saveWordInput = z.object({
  lemma: word,
  surface: word,
  pos: lineField(MAX.partOfSpeech, 1),
  gender: z.enum(GENDERS).optional(),
  plural: word.optional(),
  gloss: lineField(MAX.meaning),
  /** The card's grammar in one line (lib/german/grammar-text.ts). */
  grammar: lineField(MAX.meaning).optional(),
  context: lineField(MAX.context).optional(),
  contextTranslation: lineField(MAX.context).optional(),
  passageId: id.optional(),
});
export type SaveWordInput = z.infer<typeof saveWordInput>;

/** One-key shortcuts in the reader; the word details create the entry when the word is not saved yet. */
export const setWordStatusInput = saveWordInput.partial().extend({ lemma: word, status: wordStatus });
export type SetWordStatusInput = z.infer<typeof setWordStatusInput>;

export const tagList = z
  .array(lineField(MAX.tag, 1))
  .max(MAX_TAGS)
  .transform((tags) => [...new Set(tags)]);

export const updateItemInput = z.object({
  id,
  gloss: lineField(MAX.meaning).optional(),
  note: multilineField(MAX.note).optional(),
  tags: tagList.optional(),
  status: wordStatus.optional(),
});
export type UpdateItemInput = z.infer<typeof updateItemInput>;

export const deleteItemInput = z.object({ id });

/** "Add this meaning to the entry you already have": the entry and the meaning typed. */
export const addMeaningInput = z.object({ id, gloss: lineField(MAX.meaning, 1) });
export type AddMeaningInput = z.infer<typeof addMeaningInput>;

/** The list's search and filters, read from the URL (also used by the export). */
export const vocabularyFilters = z.object({
  q: text(MAX.search).optional().catch(undefined),
  status: wordStatus.optional().catch(undefined),
  passage: id.optional().catch(undefined),
  tag: text(MAX.tag).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type VocabularyFilters = z.infer<typeof vocabularyFilters>;

/** GET /api/vocabulary/export: the file format (apkg = Anki package, anki = Anki text), the list's filters,
 *  `all=1` to include known and ignored words and names, and the language for labels in the file. */
export const exportQuery = z.object({
  format: z.enum(["apkg", "anki", "csv"]),
  all: z
    .literal("1")
    .optional()
    .catch(undefined)
    .transform((value) => value === "1"),
  locale: z.enum(["en", "de"]).catch("en").default("en"),
});
export type ExportFormat = z.infer<typeof exportQuery>["format"];

/** Comma-separated tags as typed in a form field. */
export function parseTags(value: string): string[] {
  return value
    .split(",")
    .map((tag) => tag.trim())
    .filter(Boolean);
}
