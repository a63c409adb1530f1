// German sentence segmentation. A small scanner instead of Intl.Segmenter: the segmenter splits after
// "10." (dates), "z. B." and "Dr.", and patching its output would take more code than deciding here.
//
// A sentence may end at . ! ? … (plus any closing quotes/brackets glued to them) when whitespace follows
// and the next character can start a sentence. A full stop is then vetoed when it belongs to an
// abbreviation, an initial or an ordinal number.
import { MULTI_PART_ABBREVIATIONS, multiPartPattern } from "./abbreviations";
import { MONTH_WORDS } from "./months";

/**
 * Abbreviations (lowercase, without their dot) that never end a sentence. "usw." and "etc." are not
 * here on purpose: they often close a list at the end of a sentence, so they split before a capital.
 */
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "abb",
  "abs",
  "abt",
  "allg",
  "anm",
  "bd",
  "bspw",
  "bzgl",
  "bzw",
  "ca",
  "dipl",
  "dr",
  "ebd",
  "evtl",
  "exkl",
  "ff",
  "fr",
  "geb",
  "gegr",
  "gest",
  "ggf",
  "hl",
  "hr",
  "hrsg",
  "inkl",
  "ing",
  "jh",
  "jhd",
  "jr",
  "kap",
  "lt",
  "mio",
  "mr",
  "mrd",
  "mrs",
  "ms",
  "nr",
  "prof",
  "sog",
  "sr",
  "st",
  "str",
  "tel",
  "tsd",
  "vgl",
  "vs",
  "zit",
  "zzgl",
]);

/** Words after which "21." is an ordinal ("im 21. Jahrhundert", "der 3. Versuch"), not a sentence end. */
const ORDINAL_CONTEXT: ReadonlySet<string> = new Set([
  "am",
  "im",
  "vom",
  "zum",
  "zur",
  "beim",
  "der",
  "die",
  "das",
  "dem",
  "den",
  "des",
  "ein",
  "eine",
  "einem",
  "einen",
  "einer",
  "eines",
]);

/** The text before a full stop ends in the last part of a multi-part abbreviation: "v. Chr", "z. B". */
const MULTI_PART_END = new RegExp(
  // Each pattern without its final escaped dot: that full stop is the one being decided.
  String.raw`(?<![\p{L}\p{N}])(?:${MULTI_PART_ABBREVIATIONS.map((parts) => multiPartPattern(parts).slice(0, -2)).join("|")})$`,
  "u",
);

const TERMINAL = /[.!?…]/;
/** Closing quotes and brackets that stay with the sentence they close: `… zu nutzen."` */
const CLOSERS = /["“”„’'»«)\]]/;
/** What may begin a new sentence: a capital, digit, opening quote/bracket, or $/@/# symbol. */
const SENTENCE_START = /[\p{Lu}\p{N}"„“‚‘'»«([$@#¿¡]/u;
/** A link after a full stop opens a new unit (a tweet's "… China. pic.twitter.com/…" attribution). */
const LINK_START = /^(?:https?:\/\/|www\.|[\w-]+(?:\.[\w-]+)+\/)/;
const SPACE = /\s/;

/** Splits a paragraph into trimmed, non-empty sentences. */
export function splitSentences(paragraph: string): string[] {
  const text = paragraph;
  const sentences: string[] = [];
  let sentenceStart = 0;
  let i = 0;
  while (i < text.length) {
    if (!TERMINAL.test(text.charAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && TERMINAL.test(text.charAt(end))) end++;
    while (end < text.length && CLOSERS.test(text.charAt(end))) end++;
    // "pic.twitter.com", "3.5", `sein.",` : punctuation glued to more text is not a boundary.
    if (end < text.length && !SPACE.test(text.charAt(end))) {
      i = end;
      continue;
    }
    let next = end;
    while (next < text.length && SPACE.test(text.charAt(next))) next++;
    if (next >= text.length) break;
    if (isBoundary(text, sentenceStart, i, end, next)) {
      sentences.push(text.slice(sentenceStart, end));
      sentenceStart = next;
    }
    i = next;
  }
  sentences.push(text.slice(sentenceStart));
  return sentences.map((s) => s.trim()).filter((s) => s.length > 0);
}

/**
 * Decides whether the punctuation run text[punct..end) ends the sentence that began at `sentenceStart`,
 * given that the next non-space character is at `next`.
 */
function isBoundary(text: string, sentenceStart: number, punct: number, end: number, next: number): boolean {
  // German sentences start with a capital, so "„Wann?“ fragte er" and "usw. für" continue.
  const startsNew = SENTENCE_START.test(text.charAt(next)) || LINK_START.test(text.slice(next, next + 200));
  if (!startsNew) return false;
  const run = text.slice(punct, end);
  // "[…]" marks an omission inside a quotation.
  if (run.startsWith("…") && text.charAt(punct - 1) === "[") return false;
  if (!/^\.[^.]*$/.test(run)) return true; // ! ? … and "..." are not abbreviation dots

  const wordStart = lastSpaceBefore(text, punct) + 1;
  const word = text.slice(wordStart, punct).replace(/^[("„“‚‘'»«[]+/, "");
  if (word === "") return true;
  if (NON_FINAL_ABBREVIATIONS.has(word.toLowerCase())) return false;
  // "753 v. Chr. Rom …", "u. a. Kinder": a multi-part abbreviation goes on (a year "n. Chr." may also end a
  // sentence; cutting a sentence inside one costs more than joining two).
  if (MULTI_PART_END.test(text.slice(sentenceStart, punct))) return false;
  // "10. Jan. 2017" (but "Das sagte Jan. Dann …" ends: Jan is also a first name).
  if (MONTH_WORDS.has(word.toLowerCase()) && /\d/.test(text.charAt(next))) return false;
  // Initials and dotted abbreviations: "Donald J. Trump", "z. B.", "u. a.", "z.B.".
  if (/^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return false;
  if (/^\d{1,3}$/.test(word)) return !isOrdinal(text, sentenceStart, wordStart, next);
  return true;
}

/** "10. Januar", "im 21. Jahrhundert", and list numbers "1. Punkt" at the start of a sentence. */
function isOrdinal(text: string, sentenceStart: number, numberStart: number, next: number): boolean {
  if (text.slice(sentenceStart, numberStart).trim() === "") return true;
  const following = /^\p{L}+/u.exec(text.slice(next, next + 40))?.[0] ?? "";
  if (MONTH_WORDS.has(following.toLowerCase())) return true;
  const before = text.slice(sentenceStart, numberStart).trimEnd();
  const previous = /\p{L}+$/u.exec(before)?.[0] ?? "";
  return ORDINAL_CONTEXT.has(previous.toLowerCase());
}

function lastSpaceBefore(text: string, index: number): number {
  let i = index - 1;
  while (i >= 0 && !SPACE.test(text.charAt(i))) i--;
  return i;
}
