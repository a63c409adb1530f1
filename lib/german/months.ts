// German month names, once: sentence splitting ("am 3. März") and the importer's dates read them.

/** Full names in calendar order (index + 1 is the month number). */
export const MONTH_NAMES = [
  "januar",
  "februar",
  "märz",
  "april",
  "mai",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "dezember",
] as const;

/** The Austrian name of January. */
export const JAENNER = "jänner";

const ABBREVIATIONS = ["jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez"];

/** Month names and their abbreviations, lower case. */
export const MONTH_WORDS: ReadonlySet<string> = new Set<string>([...MONTH_NAMES, JAENNER, ...ABBREVIATIONS]);

/** 1–12 for a full month name (lower case), 0 for anything else. */
export function monthNumber(name: string): number {
  return name === JAENNER ? 1 : (MONTH_NAMES as readonly string[]).indexOf(name) + 1;
}
