// Multi-word proper names, matched on the sentence text (so tokenisation of "People's" does not
// matter): gazetteer and Ding entries, first name + surname, and runs of capitalised English words.
// Single words are handled in analyse-word.ts: a capitalised word mid-sentence that is no dictionary
// noun is a name.
import { functionWord } from "./closed-class";
import { splitCompound } from "./compounds";
import { gazetteerName, multiWordNames } from "./gazetteer";
import { nounLemmas } from "./lemmatize";
import type { Lexicon } from "./lexicon";
import type { Token } from "./types";
import { capitalise, isAllCaps } from "./word-shape";

export interface NameSpan {
  /** Token indices covered, first and last inclusive. */
  from: number;
  to: number;
  name: string;
  gloss?: string;
  known: boolean;
}

const MAX_NAME_WORDS = 8;
const CONNECTORS = new Set(["for", "and", "of", "the", "&", "de", "von", "van", "der"]);
const capital = (t: Token | undefined) => t !== undefined && t.type === "word" && /^\p{Lu}/u.test(t.text);

/** Token index after which the text `surface` ends, if the sentence has it starting at token i. */
function matchAt(tokens: readonly Token[], sentence: string, i: number, surface: string): number | undefined {
  const start = tokens[i]?.start ?? 0;
  if (!sentence.startsWith(surface, start)) return undefined;
  const end = start + surface.length;
  for (let j = i; j < tokens.length; j++) {
    const t = tokens[j];
    if (!t) break;
    const tEnd = t.start + t.text.length;
    if (tEnd === end) return /[\p{L}\p{N}]/u.test(sentence[end] ?? "") ? undefined : j;
    if (tEnd > end) return undefined;
  }
  return undefined;
}

/** Whether a capitalised word is plainly English and not German (Tower, Times, Studies). */
function englishOnly(lex: Lexicon, word: string): boolean {
  const lower = word.toLowerCase();
  return lex.isEnglish(lower) && !germanWord(lex, word);
}

function germanWord(lex: Lexicon, word: string): boolean {
  const lower = word.toLowerCase();
  // "DIE GROSSE NACHRICHT": words in capitals are German if their ordinary spelling is.
  // Only spellings that differ recurse: "B981" capitalised is "B981" again.
  if (isAllCaps(word) && word.length >= 3 && !lex.has(word))
    return [capitalise(lower), lower].some((v) => v !== word && germanWord(lex, v));
  return (
    functionWord(lower).length > 0 ||
    lex.has(word) ||
    lex.has(lower) ||
    nounLemmas(lex, word).length > 0 ||
    lex.verbsOf(lower).length > 0 ||
    splitCompound(lex, word) !== undefined
  );
}

/** Gazetteer and Ding multi-word names starting at token i ("New York", "USA Today"). */
function listedNameAt(lex: Lexicon, tokens: readonly Token[], sentence: string, i: number): NameSpan | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  for (const { surface, entry } of multiWordNames(t.text)) {
    const to = matchAt(tokens, sentence, i, surface);
    if (to !== undefined)
      return { from: i, to, name: entry.name, known: true, ...(entry.gloss && { gloss: entry.gloss }) };
  }
  let span: NameSpan | undefined;
  for (const surface of lex.namesStartingWith(t.text)) {
    const to = matchAt(tokens, sentence, i, surface);
    if (to !== undefined && (!span || to > span.to)) {
      const gloss = lex.entries(surface)[0]?.senses[0]?.glosses[0];
      span = { from: i, to, name: surface, known: true, ...(gloss && { gloss }) };
    }
  }
  return span;
}

/**
 * Multi-word names in a sentence: gazetteer and Ding entries ("New York") first, then a first name
 * followed by a capitalised non-word ("Scott Kennedy"), and runs of capitalised words with English ones
 * ("Trump Tower").
 */
export function findNameSpans(lex: Lexicon, tokens: readonly Token[], sentence: string): NameSpan[] {
  const spans: NameSpan[] = [];
  const covered = new Set<number>();
  const add = (span: NameSpan) => {
    spans.push(span);
    for (let j = span.from; j <= span.to; j++) covered.add(j);
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!capital(tokens[i])) continue;
    const span = listedNameAt(lex, tokens, sentence, i);
    if (span) {
      add(span);
      i = span.to;
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!capital(tokens[i]) || covered.has(i)) continue;
    const span = personOrEnglishRun(lex, tokens, sentence, i, covered);
    if (span) {
      add(span);
      i = span.to;
    }
  }
  return spans.sort((a, b) => a.from - b.from);
}

function personOrEnglishRun(
  lex: Lexicon,
  tokens: readonly Token[],
  sentence: string,
  i: number,
  covered: ReadonlySet<number>,
): NameSpan | undefined {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !next || !capital(next) || covered.has(i + 1)) return undefined;
  // Adjacent only: "Trump, China" or "Trump China" (two subjects/objects) must not merge by accident.
  const adjacent = (a: Token, b: Token) => sentence.slice(a.start + a.text.length, b.start) === " ";
  if (!adjacent(t, next)) return undefined;
  // "Scott Kennedy", "Emmanuel Macron": a first name, or any non-word, before a capitalised non-word.
  if (
    (lex.isFirstName(t.text.toLowerCase()) || !germanWord(lex, t.text)) &&
    !germanWord(lex, next.text) &&
    !gazetteerName(t.text)
  ) {
    return { from: i, to: i + 1, name: `${t.text} ${next.text}`, known: false };
  }
  // A run of non-German capitalised words (with English connectors) containing a plainly English one.
  const nameLike = (w: string) => !germanWord(lex, w) || gazetteerName(w) !== undefined;
  if (!nameLike(t.text)) return undefined;
  let to = i;
  let english = englishOnly(lex, t.text);
  // Names are short; the cap keeps a long run of capitalised words from being rescanned from every word.
  for (let j = i + 1; j < Math.min(tokens.length, i + MAX_NAME_WORDS) && !covered.has(j); j++) {
    const a = tokens[j - 1];
    const b = tokens[j];
    if (!a || !b || b.type !== "word" || !adjacent(a, b)) break;
    if (capital(b) && nameLike(b.text)) {
      to = j;
      english ||= englishOnly(lex, b.text);
    } else if (!CONNECTORS.has(b.text) || !capital(tokens[j + 1])) break;
  }
  if (to === i || !english) return undefined;
  const first = tokens[i];
  const last = tokens[to];
  if (!first || !last) return undefined;
  return { from: i, to, name: sentence.slice(first.start, last.start + last.text.length), known: false };
}
