// A capital letter with a number written together is a name of a kind German writes no word as: a motorway or
// a federal road (die A6, die B27), a train line (die S1), a model (der Audi A6, ein BMW M4), a group of states
// (die G7). No dictionary lists them, so the tagger had read them as nouns or adjectives (der A6 "a6").
import { nameDraft } from "./draft";
import type { Lexicon } from "./lexicon";
import type { Draft } from "./sentence-context";
import type { Token } from "./types";
import { capitalise } from "./word-shape";

const CODE = /^\p{Lu}\d{1,3}$/u;
/** A maker written in capitals right before a model: BMW, VW, MAN, KTM. */
const MAKER = /^\p{Lu}{2,5}$/u;

/** Codes as names; a maker in capitals right before one names the model with it ("ein BMW M4"). */
export function codeNames(tokens: readonly Token[], drafts: (Draft | null)[]): void {
  tokens.forEach((t, i) => {
    // A code already inside a longer name stays there ("der Audi A6").
    const d = drafts[i];
    if (t.type !== "word" || !CODE.test(t.text) || (d?.a.pos === "name" && d.a.lemma !== t.text)) return;
    const before = tokens[i - 1];
    const maker =
      before?.type === "word" && MAKER.test(before.text) && before.start + before.text.length + 1 === t.start;
    const whole = maker ? `${before.text} ${t.text}` : t.text;
    drafts[i] = nameDraft(t.text, whole, undefined, false);
    if (maker) drafts[i - 1] = nameDraft(before.text, whole, undefined, false);
  });
}

/**
 * A capital right after a small letter that ends the word or stands before another capital, no hyphen: AfD,
 * BfV, DiePARTEI. (A capital before small letters, as in KölnTicket or BahnCard, analyse-word.ts reads.)
 */
const INNER_CAPITAL = /^\p{Lu}\p{L}*\p{Ll}\p{Lu}(?:\p{Lu}\p{L}*)?$/u;
/** Legal forms are common nouns: die GmbH, KGaA, GbR, AöR. */
const COMMON_SHAPE = /^(?:GmbH|KGaA|GbR|AöR)$/u;

/**
 * "die AfD", "das BfV": a word with a capital inside it, after a small letter, is a party's, a body's, a
 * firm's or a product's name; German writes no common noun so. A word the dictionary has in ordinary spelling
 * stays its noun.
 */
export function innerCapitalNames(lex: Lexicon, tokens: readonly Token[], drafts: (Draft | null)[]): void {
  tokens.forEach((t, i) => {
    const d = drafts[i];
    if (t.type !== "word" || !d || d.a.pos === "name" || d.a.known) return;
    if (!INNER_CAPITAL.test(t.text) || COMMON_SHAPE.test(t.text)) return;
    if (lex.has(capitalise(t.text.toLowerCase()))) return;
    drafts[i] = nameDraft(t.text, t.text, undefined, false);
  });
}
