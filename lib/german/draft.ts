// Building blocks for word analyses: rank and band, and drafts for each kind of word.
import { bandOf } from "./difficulty";
import type { LexEntry, Lexicon, LexSense } from "./lexicon";
import type { Draft } from "./sentence-context";
import type { PartOfSpeech } from "./types";

/** The better (lower) rank of the lemma and the surface form: word-form lists rank "Arbeitsplätze" apart. */
export function rankOf(lex: Lexicon, lemma: string, surface: string): number | undefined {
  const a = lex.rank(lemma.toLowerCase());
  const b = lex.rank(surface.toLowerCase());
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}

export function draft(
  text: string,
  lemma: string,
  pos: PartOfSpeech,
  rank: number | undefined,
  known: boolean,
  senses?: readonly LexSense[],
): Draft {
  const d: Draft = { a: { text, lemma, pos, glosses: [], band: bandOf(rank), known } };
  if (rank !== undefined) d.a.rank = rank;
  if (senses) d.senses = senses;
  return d;
}

export function fromEntry(lex: Lexicon, text: string, e: LexEntry, pos: PartOfSpeech): Draft {
  return draft(text, e.lemma, pos, rankOf(lex, e.lemma, text), e.senses.length > 0, e.senses);
}

export function nameDraft(text: string, lemma: string, gloss: string | undefined, known: boolean): Draft {
  const d = draft(text, lemma, "name", undefined, known);
  d.a.name = true;
  if (gloss) d.senses = [{ glosses: [gloss], domains: [] }];
  return d;
}

export function foreignDraft(text: string): Draft {
  const d = draft(text, text.toLowerCase(), "foreign", undefined, false);
  d.a.foreign = true;
  return d;
}

/** An honest card for a word the lexicon does not know: best-guess lemma and part of speech, no glosses. */
export function unknownDraft(text: string, lemma: string, pos: PartOfSpeech): Draft {
  return draft(text, lemma, pos, undefined, false);
}
