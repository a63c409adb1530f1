// What the analysis of one word may look at besides the word: its neighbours and the sentence.

import type { Segment } from "./compounds";
import type { LexSense } from "./lexicon";
import type { MeaningChoice } from "./meaning";
import type { ParagraphKind, Token, WordAnalysis } from "./types";

export interface SentenceContext {
  tokens: readonly Token[];
  sentence: string;
  lang: "de" | "en";
  kind: ParagraphKind;
  /** Single-word names seen elsewhere in the passage ("Ma" after "Jack Ma"). */
  names: ReadonlyMap<string, string | undefined>;
}

/** A word analysis under construction: senses are kept until glosses are ranked for the context. */
export interface Draft {
  a: WordAnalysis;
  senses?: readonly LexSense[];
  segments?: readonly Segment[];
  /** Verbs: lower-case words of the clause, to pick the sense that takes a preposition present there. */
  clauseWords?: ReadonlySet<string>;
  /** The meaning chosen for this sentence, from its translation or its context. */
  choice?: MeaningChoice;
  /** A name the name finder had evidence for (an English title like "Global Times"): context does not undo it. */
  sureName?: boolean;
  /** The card's one gloss was composed from the compound's parts: the dictionary has no sense for the whole. */
  composed?: true;
}

const CLAUSE_PUNCT = new Set([
  ",",
  ";",
  ":",
  ".",
  "!",
  "?",
  "(",
  ")",
  '"',
  "„",
  "“",
  "”",
  "«",
  "»",
  "–",
  "—",
  "‚",
  "‘",
  "’",
]);
export const COORDINATORS: ReadonlySet<string> = new Set(["und", "oder", "aber", "sondern", "denn"]);

export function isClauseBreak(t: Token | undefined): boolean {
  if (!t) return true;
  return (t.type === "punct" && CLAUSE_PUNCT.has(t.text)) || (t.type === "word" && COORDINATORS.has(t.text));
}

/** How far a clause reaches from a word: keeps analysis linear in a sentence without punctuation. */
export const CLAUSE_REACH = 40;

const OPENING_QUOTES = new Set(["„", "»", "«", '"', "‚"]);
const CLOSING_QUOTES = new Set(["“", "”", "«", "»", '"', "‘"]);
const MAX_QUOTED_NAME = 4;

/**
 * Whether token k is a quotation mark around a name of one to four capitalised words, a ship's, a product's or a
 * work's („Höegh Target“, „Ever Given“): such quotes are part of the clause, not a break in it, so "machte der
 * Frachter „Höegh Target“ im Hafen fest" keeps its verb's particle.
 */
function quotedName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.type !== "punct") return false;
  const capitalWord = (x: Token | undefined) => x?.type === "word" && /^[\p{Lu}\d]/u.test(x.text);
  const spans = (from: number, step: 1 | -1, close: ReadonlySet<string>) => {
    for (let n = 1, j = from + step; n <= MAX_QUOTED_NAME + 1; n++, j += step) {
      const x = tokens[j];
      if (x?.type === "punct") return n > 1 && close.has(x.text);
      if (!capitalWord(x)) return false;
    }
    return false;
  };
  return (
    (OPENING_QUOTES.has(t.text) && spans(k, 1, CLOSING_QUOTES)) ||
    (CLOSING_QUOTES.has(t.text) && spans(k, -1, OPENING_QUOTES))
  );
}

const breaks = (tokens: readonly Token[], k: number) => isClauseBreak(tokens[k]) && !quotedName(tokens, k);

// Per token list, each token's clause bounds once found: the meaning rules ask for them again and again.
const boundsMemo = new WeakMap<readonly Token[], Map<number, readonly [number, number]>>();

/** Token indices [from, to] of the clause around token i, bounded by punctuation and coordinators. */
export function clauseBounds(tokens: readonly Token[], i: number): readonly [number, number] {
  let memo = boundsMemo.get(tokens);
  if (!memo) {
    memo = new Map();
    boundsMemo.set(tokens, memo);
  }
  let bounds = memo.get(i);
  if (!bounds) {
    bounds = findClauseBounds(tokens, i);
    memo.set(i, bounds);
  }
  return bounds;
}

function findClauseBounds(tokens: readonly Token[], i: number): [number, number] {
  let from = i;
  while (from > 0 && from > i - CLAUSE_REACH && !breaks(tokens, from - 1)) from--;
  let to = i;
  while (to < tokens.length - 1 && to < i + CLAUSE_REACH && !breaks(tokens, to + 1)) to++;
  return [from, to];
}

/** Whether token i starts its sentence or a clause after a colon: only quotes or brackets in between. */
export function isSentenceInitial(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - CLAUSE_REACH); j--) {
    const t = tokens[j];
    if (!t) continue;
    if (t.type === "punct" && /^(?::|\.|!+|\?+|…)$/.test(t.text)) return true;
    if (t.type !== "punct" || !/^["„“”«»'‚‘’([–—-]$/.test(t.text)) return false;
  }
  return true;
}

// Words that may stand between a preposition and its noun: "in einen heftigen Streit".
const NOUN_PHRASE = new Set(["det", "adj", "num", "adv"]);

/**
 * The index of the word before the noun at i and its article, numbers and adjectives (where a preposition
 * governing it stands), going back no further than `lowest`.
 */
export function beforeNounPhrase(drafts: readonly (Draft | null)[], i: number, lowest: number): number {
  let k = i - 1;
  while (k > lowest && NOUN_PHRASE.has(drafts[k]?.a.pos ?? "")) k--;
  return k;
}

export function wordAt(tokens: readonly Token[], i: number): Token | undefined {
  const t = tokens[i];
  return t?.type === "word" ? t : undefined;
}

// The forms of lassen that govern a bare infinitive ("lässt sich öffnen"; "hat sich scheiden lassen").
const LASSEN_FORMS = new Set([
  "lasse",
  "lässt",
  "läßt",
  "lassen",
  "lasst",
  "laßt",
  "lass",
  "laß",
  "ließ",
  "ließest",
  "ließt",
  "ließen",
  "ließe",
  "ließet",
]);
const REFLEXIVE_PRONOUNS = new Set(["sich", "mich", "dich", "uns", "euch", "mir", "dir"]);

/** Pronouns that are a clause's subject and never its accusative object (sie and es may be either). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(["ich", "du", "er", "wir", "ihr", "man"]);

/**
 * Whether the verb at i is a bare infinitive governed by a form of lassen in its clause, which then owns the
 * clause's reflexive pronoun: "Das Programm lässt sich leicht anpassen" (can be adapted) is no sich anpassen,
 * "to accommodate yourself to"; "Er lässt sich die Haare schneiden" no sich schneiden. The infinitive is never
 * reflexive itself there: German does not write a second "sich" for it.
 */
export function pronounOfLassen(ctx: SentenceContext, d: Draft, i: number): boolean {
  const lemma = d.a.lemma.toLowerCase();
  if (lemma === "lassen" || d.a.text.toLowerCase() !== lemma) return false;
  const [from, to] = clauseBounds(ctx.tokens, i);
  for (let j = from; j <= to; j++) {
    const t = wordAt(ctx.tokens, j);
    if (t && j !== i && LASSEN_FORMS.has(t.text.toLowerCase())) return true;
  }
  return false;
}

/** Whether the word w of the clause is a reflexive pronoun that belongs to lassen, not to the verb (pronounOfLassen). */
export function skipsPronoun(w: string, ofLassen: boolean): boolean {
  return ofLassen && REFLEXIVE_PRONOUNS.has(w);
}

/**
 * Lower-case words of the clause around token i, without the word itself and its split-off particle (the
 * "an" of kündigte … an is no preposition the verb governs), nor a reflexive pronoun lassen owns.
 */
export function clauseWords(ctx: SentenceContext, d: Draft, i: number): string[] {
  const [from, to] = clauseBounds(ctx.tokens, i);
  const ofLassen = d.a.pos === "verb" && pronounOfLassen(ctx, d, i);
  const out: string[] = [];
  for (let j = from; j <= to; j++) {
    const t = wordAt(ctx.tokens, j);
    if (!t || j === i || j === d.a.partnerIndex) continue;
    const w = t.text.toLowerCase();
    if (!skipsPronoun(w, ofLassen)) out.push(w);
  }
  return out;
}
