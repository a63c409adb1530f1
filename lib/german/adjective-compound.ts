// Adjectives a noun makes with a productive head: autofrei (car-free), fahrradfreundlich (bicycle-
// friendly), verkehrsarm (low-traffic), eiweißreich (protein-rich). Ding lists the common ones (stressfrei,
// alkoholfrei); any noun can take these heads, and such a word deserves a card with its parts, as a noun
// compound has.
import { nounLemmas } from "./lemmatize";
import type { Lexicon } from "./lexicon";
import type { Draft } from "./sentence-context";
import type { CompoundPart } from "./types";
import { capitalise } from "./word-shape";

// The head, its own gloss, and the English the compound is made with: a one-word noun joins with a
// hyphen (car-free), a longer one takes a phrase ("free of road traffic", not "road traffic-free").
const HEADS: readonly [string, string, (noun: string) => string, (noun: string) => string][] = [
  ["freundlich", "friendly", (n) => `${n}-friendly`, (n) => `friendly to ${n}`],
  ["frei", "free", (n) => `${n}-free`, (n) => `free of ${n}`],
  ["reich", "rich", (n) => `${n}-rich`, (n) => `rich in ${n}`],
  ["arm", "poor", (n) => `low-${n}`, (n) => `low in ${n}`],
];
// Linking elements between the noun and the head (verkehrsarm, kalorienarm: the plural).
const LINKS = ["", "s", "es", "n", "en", "er"];
const MIN_NOUN = 3;

/** The noun's plain gloss: its first sense's first gloss, without an article. */
function nounGloss(lex: Lexicon, noun: string): string | undefined {
  const entry = nounLemmas(lex, noun).find((e) => e.senses.length && !e.pluralOnly);
  const gloss = entry?.senses[0]?.glosses[0]?.replace(/^(?:the|a|an) /, "");
  return gloss && /^[a-z][a-z ]*$/.test(gloss) ? gloss : undefined;
}

/** The gloss and parts of an adjective of a noun and a productive head; undefined if it is not one. */
export function adjectiveCompound(lex: Lexicon, lower: string): { gloss: string; parts: CompoundPart[] } | undefined {
  for (const [head, headGloss, joined, phrase] of HEADS) {
    if (!lower.endsWith(head)) continue;
    const before = lower.slice(0, -head.length);
    for (const link of LINKS) {
      if (!before.endsWith(link) || before.length - link.length < MIN_NOUN) continue;
      const stem = before.slice(0, before.length - link.length);
      const noun = capitalise(stem);
      const gloss = nounGloss(lex, noun);
      if (!gloss) continue;
      const lemma = nounLemmas(lex, noun)[0]?.lemma ?? noun;
      const first: CompoundPart = { text: stem, lemma, gloss, ...(link && { link }) };
      const made = gloss.includes(" ") ? phrase(gloss) : joined(gloss);
      return { gloss: made, parts: [first, { text: head, lemma: head, gloss: headGloss }] };
    }
  }
  return undefined;
}

/** An adjective the dictionary has no meaning for, made of a noun and a productive head, takes that meaning. */
export function withAdjectiveCompound(lex: Lexicon, d: Draft): void {
  if (d.a.pos !== "adj" || d.senses?.length) return;
  const made = adjectiveCompound(lex, d.a.lemma.toLowerCase());
  if (!made) return;
  d.senses = [{ glosses: [made.gloss], domains: [] }];
  d.a.parts = made.parts;
  d.a.known = true;
  d.composed = true;
}
