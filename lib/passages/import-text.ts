// Turns text a teacher pasted into paragraphs of sentences plus metadata. Pure: no I/O, no framework.
// Input is plain text throughout: markup such as "<script>" is kept as typed and escaped when rendered.

import { ImportError, type ImportErrorCode } from "@/lib/errors/import-error";
import { detectLanguage } from "@/lib/german/language";
import { JAENNER, MONTH_NAMES, monthNumber } from "@/lib/german/months";
import { splitSentences } from "@/lib/german/segment";
import type { ParagraphKind } from "@/lib/german/types";
import { PASSAGE_LIMITS } from "@/lib/limits";

/** Longest accepted input, in UTF-16 code units of the raw text. */
export const MAX_IMPORT_CHARS = PASSAGE_LIMITS.characters;

export interface ImportedParagraph {
  kind: ParagraphKind;
  lang: "de" | "en";
  sentences: string[];
}

export interface ImportedPassage {
  /** ISO date or month ("2017-01", "2017-01-10") from a leading metadata line or dateline. */
  date?: string;
  /** The place of a dateline ("Berlin, 12. März 2025" → "Berlin"). */
  place?: string;
  /** Credit from the final source line, without parentheses or label ("Reuters/maka", "dpa"). */
  source?: string;
  paragraphs: ImportedParagraph[];
}

export function importText(raw: string): ImportedPassage {
  if (raw.length > MAX_IMPORT_CHARS) {
    throw new ImportError("too_long", `Text has ${raw.length} characters; the limit is ${MAX_IMPORT_CHARS}.`);
  }
  const { date, place, lines } = takeLeadingDate(normalizeText(raw).split("\n"));
  const blocks = toBlocks(lines);
  const credit = takeSource(blocks);
  if (blocks.length === 0) throw new ImportError("empty", "Text is empty.");

  const paragraphs = blocks.map((text, index) => classify(text, index === blocks.length - 1));
  if (credit) paragraphs.push({ kind: "source", lang: "de", sentences: [credit.line] });
  const tooMany = sizeProblem(paragraphs);
  if (tooMany) throw new ImportError(tooMany, `More ${tooMany.slice(9)} than the limit allows.`);
  return {
    ...(date !== undefined && { date }),
    ...(place !== undefined && { place }),
    ...(credit !== undefined && { source: credit.name }),
    paragraphs,
  };
}

/**
 * More paragraphs or sentences than PASSAGE_LIMITS allow, or null: within 50,000 characters a text of
 * one-word paragraphs would be thousands of rows, and analysing and storing them holds the server. The
 * importer and the draft editor's save check the same counts.
 */
export function sizeProblem(
  paragraphs: readonly { sentences: readonly unknown[] }[],
): "too_many_paragraphs" | "too_many_sentences" | null {
  if (paragraphs.length > PASSAGE_LIMITS.paragraphs) return "too_many_paragraphs";
  const sentences = paragraphs.reduce((n, p) => n + p.sentences.length, 0);
  return sentences > PASSAGE_LIMITS.sentences ? "too_many_sentences" : null;
}

/**
 * Throws "not_german" unless the running text is German. English paragraphs were already turned into
 * embeds, so this checks both that body text reads as German and that it is most of the text.
 */
export function assertGerman(passage: ImportedPassage): void {
  const textOf = (kind: ParagraphKind) =>
    passage.paragraphs
      .filter((p) => p.kind === kind)
      .flatMap((p) => p.sentences)
      .join(" ");
  const body = textOf("body");
  const embeds = textOf("embed");
  if (detectLanguage(body) !== "de" || body.length < embeds.length) {
    throw new ImportError("not_german", "Text is not mainly German.");
  }
}

/** Unicode and whitespace clean-up; keeps line breaks so paragraphs can be found afterwards. */
export function normalizeText(raw: string): string {
  return (
    raw
      .replace(/\r\n?/g, "\n")
      .replace(/[\u2028\u2029]/g, "\n\n")
      // Tabs and the many Unicode spaces (no-break, narrow no-break, thin, ideographic) are plain spaces.
      .replace(/[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, " ")
      // Invisible characters break word lookup: zero-width space/joiners, word joiner, BOM, soft hyphen.
      .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, "")
      // Other control characters are never meant as text, and Postgres cannot store NUL.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: these control characters are what we strip
      .replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, "")
      .normalize("NFC")
      .replace(/ {2,}/g, " ")
  );
}

const DATE = String.raw`\d{4}-\d{2}(?:-\d{2})?|\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|(?:\d{1,2}\.\s?)?(?:${[...MONTH_NAMES, JAENNER].join("|")})\s+\d{4}`;
/** "date 2017-01", "Datum: 10.01.2017": a label makes it metadata even when text follows on the line. */
const LABELLED_DATE = new RegExp(String.raw`^(?:date|datum)\s*:?\s*(${DATE})(?=\s|$)`, "iu");
/** An unlabelled date counts only alone on its line: "10.01.2017 war ein kalter Tag" is a sentence. */
const BARE_DATE = new RegExp(String.raw`^(${DATE})(?:,?\s+\d{1,2}:\d{2}(?:\s*Uhr)?)?$`, "iu");

/**
 * A dateline alone on its line: a place, a comma, an optional "den" and a date ("Berlin, 12. März 2025",
 * "Frankfurt am Main, den 3.4.2024"). The place starts with a capital and has at most five words, so a
 * sentence that merely ends in a date is not taken for one.
 */
const DATELINE = new RegExp(
  String.raw`^(\p{L}[\p{L}.'’-]*(?:\s[\p{L}.'’/-]+){0,4}),\s*(?:den\s+)?(${DATE})(?:,?\s+\d{1,2}:\d{2}(?:\s*Uhr)?)?$`,
  "iu",
);
/** How many leading lines may hold the date: a pasted headline often comes before the dateline. */
const DATE_LINES = 3;

/** Removes a date (labelled, bare, or a dateline with its place) from the start of one of the first lines. */
function takeLeadingDate(lines: string[]): { date?: string; place?: string; lines: string[] } {
  const candidates = lines.flatMap((line, index) => (line.trim() === "" ? [] : [index])).slice(0, DATE_LINES);
  for (const [n, index] of candidates.entries()) {
    const line = lines[index]!.trim();
    // Only the first line may carry text after a labelled date; later ones must be the date alone.
    const labelled = n === 0 ? LABELLED_DATE.exec(line) : null;
    const match = labelled ?? BARE_DATE.exec(line);
    const date = match?.[1] === undefined ? undefined : toIsoDate(match[1]);
    if (match !== null && date !== undefined) {
      const rest = [...lines];
      rest[index] = line.slice(match[0].length).trim();
      return { date, lines: rest };
    }
    const dateline = DATELINE.exec(line);
    const datelineDate = dateline?.[2] === undefined ? undefined : toIsoDate(dateline[2]);
    if (dateline?.[1] !== undefined && datelineDate !== undefined && /^\p{Lu}/u.test(dateline[1])) {
      const rest = [...lines];
      rest[index] = "";
      return { date: datelineDate, place: dateline[1].trim(), lines: rest };
    }
  }
  return { lines };
}

/** "2017-01" stays; "10.01.2017" and "10. Januar 2017" become "2017-01-10"; impossible dates give undefined. */
function toIsoDate(value: string): string | undefined {
  const pad = (n: number) => String(n).padStart(2, "0");
  const valid = (month: number, day = 1) => month >= 1 && month <= 12 && day >= 1 && day <= 31;
  let m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (m) return valid(Number(m[2]), m[3] ? Number(m[3]) : 1) ? value : undefined;
  m = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$/.exec(value);
  if (m) {
    const [day, month] = [Number(m[1]), Number(m[2])];
    return valid(month, day) ? `${m[3]}-${pad(month)}-${pad(day)}` : undefined;
  }
  m = /^(?:(\d{1,2})\.\s?)?(\p{L}+)\s+(\d{4})$/u.exec(value);
  if (!m?.[2]) return undefined;
  const name = m[2].toLowerCase();
  const month = monthNumber(name);
  const day = m[1] ? Number(m[1]) : undefined;
  if (!valid(month, day)) return undefined;
  return day === undefined ? `${m[3]}-${pad(month)}` : `${m[3]}-${pad(month)}-${pad(day)}`;
}

/** Blank lines separate paragraphs; a single line break inside a paragraph is a space. */
function toBlocks(lines: string[]): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  for (const line of [...lines, ""]) {
    const trimmed = line.trim();
    if (trimmed !== "") {
      current.push(trimmed);
    } else if (current.length > 0) {
      blocks.push(current.join(" "));
      current = [];
    }
  }
  return blocks;
}

// A credit is short: one to four names or initials, e.g. "dpa", "Reuters/maka", "dpa/AFP/sl".
const CREDIT = String.raw`[\p{L}][\p{L}\p{N} .,&/+-]{0,39}`;
const PAREN_SOURCE = new RegExp(String.raw`^\((${CREDIT})\)$`, "u");
const LABELLED_SOURCE = /^(?:Quelle|Source)\s*:\s*(\S.{0,79})$/iu;
/** "… sagte er. (dpa)": a credit glued to the last paragraph after its final punctuation. */
const TRAILING_SOURCE = new RegExp(String.raw`^(.*[.!?…"“”»«'’])\s*(\((${CREDIT})\))$`, "u");

/** Removes a final source line from `blocks` (in place) and returns it with the bare credit. */
function takeSource(blocks: string[]): { line: string; name: string } | undefined {
  const last = blocks.at(-1);
  if (last === undefined) return undefined;
  const own = PAREN_SOURCE.exec(last) ?? LABELLED_SOURCE.exec(last);
  if (own?.[1] !== undefined && isCredit(own[1])) {
    blocks.pop();
    return { line: last, name: own[1].trim() };
  }
  const glued = TRAILING_SOURCE.exec(last);
  if (glued?.[1] !== undefined && glued[2] !== undefined && glued[3] !== undefined && isCredit(glued[3])) {
    blocks[blocks.length - 1] = glued[1];
    return { line: glued[2], name: glued[3].trim() };
  }
  return undefined;
}

function isCredit(name: string): boolean {
  return name.trim().split(/[\s/,&]+/).length <= 4;
}

const HEADING_MAX_CHARS = 80;
const HEADING_MAX_WORDS = 12;
/** Sentence punctuation at the end, possibly inside closing quotes or brackets. */
const FINAL_PUNCTUATION = /[.!?:…]["“”»«'’)\]]*$/;

function classify(text: string, isLast: boolean): ImportedParagraph {
  const lang = detectLanguage(text) === "en" ? "en" : "de";
  // The last paragraph cannot be a heading: nothing follows for it to head.
  const heading =
    !isLast &&
    text.length <= HEADING_MAX_CHARS &&
    text.split(" ").length <= HEADING_MAX_WORDS &&
    /\p{L}/u.test(text) &&
    !FINAL_PUNCTUATION.test(text);
  if (heading) return { kind: "heading", lang, sentences: [text] };
  if (lang === "en") return { kind: "embed", lang, sentences: splitSentences(text) };
  return { kind: "body", lang, sentences: splitSentences(text) };
}

/**
 * A pasted or uploaded text as the importers take it: imported and German, or the reason it is not
 * (returned, not thrown: it is the importer's to fix). Other errors are thrown.
 */
export function importGermanText(
  raw: string,
): { ok: true; passage: ImportedPassage } | { ok: false; field: "text"; code: ImportErrorCode } {
  try {
    const passage = importText(raw);
    assertGerman(passage);
    return { ok: true, passage };
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, field: "text", code: error.code };
    throw error;
  }
}
