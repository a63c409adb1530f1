// A noun's sense told by its adjective or the verb of its clause, as Ding's own items pair them: "eine heiße
// Spur verfolgen" is Spur "lead", "in Streit geraten" is Streit "argument", "die linke Spur" is Spur "lane"
// (LexSense.verbs and .adjectives, built by scripts/lexicon/noun-collocations.ts).
import type { Lexicon, LexSense } from "./lexicon";
import type { MeaningChoice } from "./meaning";
import { beforeNounPhrase, clauseBounds, type Draft, type SentenceContext } from "./sentence-context";

/** The preposition the noun at `i` follows, over its article and adjectives: "im neuen Zug" → in. */
function prepositionOf(drafts: readonly (Draft | null)[], i: number): string | undefined {
  const d = drafts[beforeNounPhrase(drafts, i, -1)];
  return d?.a.pos === "prep" ? d.a.lemma : undefined;
}

type Paired = "verbs" | "adjectives";

/** The noun's senses, the card's then those kept for the alignment, if any of them has pairs of this kind. */
function pairable(lex: Lexicon, d: Draft | null | undefined, field: Paired): readonly LexSense[] | undefined {
  const own = d?.senses ?? [];
  if (own.length === 0) return undefined;
  // Most nouns have no pairs: tell so without building a list per noun.
  const rare = lex.alignOnlySenses(own);
  if (!own.some((s) => s[field]) && !rare.some((s) => s[field])) return undefined;
  return [...own, ...rare];
}

/** The first of `all` paired with one of `keys`; one kept for the alignment only joins the card. */
function pairedSense(
  d: Draft,
  all: readonly LexSense[],
  field: Paired,
  keys: ReadonlySet<string>,
): MeaningChoice | undefined {
  const own = d.senses ?? [];
  const at = all.findIndex((s) => s[field]?.some((k) => keys.has(k)));
  const chosen = all[at];
  if (!chosen) return undefined;
  if (at >= own.length) d.senses = [...own, chosen];
  return { sense: { sense: Math.min(at, own.length), gloss: 0 } };
}

/**
 * The sense of noun `i` that Ding gives with a verb of its clause, with the same preposition before the
 * noun (none, or the one Ding's item has): "Die Kommissarin verfolgt eine heiße Spur" is Spur "lead" (eine
 * heiße Spur verfolgen), "Die Nachbarn sind in Streit geraten" Streit "argument" (in Streit geraten), while
 * "Er ist wegen des Streits in Schwierigkeiten geraten" keeps "dispute": the noun follows wegen.
 */
export function nounVerbSense(
  lex: Lexicon,
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const d = drafts[i];
  const all = pairable(lex, d, "verbs");
  if (!d || !all) return undefined;
  const prep = prepositionOf(drafts, i);
  const keys = new Set<string>();
  const [from, to] = clauseBounds(ctx.tokens, i);
  for (let j = from; j <= to; j++) {
    const v = drafts[j];
    if (j !== i && v?.a.pos === "verb") keys.add(prep ? `${prep}+${v.a.lemma}` : v.a.lemma);
  }
  return pairedSense(d, all, "verbs", keys);
}

/**
 * The sense of noun `i` that Ding gives with the adjective right before it (or the one before that, over a
 * second adjective): "Er fuhr auf der linken Spur" is Spur "lane", "der wahre Grund" is Grund "reason".
 */
export function nounAdjectiveSense(
  lex: Lexicon,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const d = drafts[i];
  const all = pairable(lex, d, "adjectives");
  if (!d || !all) return undefined;
  const adjectives = new Set<string>();
  for (let j = i - 1; j >= Math.max(0, i - 2) && drafts[j]?.a.pos === "adj"; j--) {
    // Ding files some adjectives in their -e form (linke), which the engine reads as link.
    const lemma = drafts[j]?.a.lemma ?? "";
    adjectives.add(lemma).add(`${lemma}e`);
  }
  return pairedSense(d, all, "adjectives", adjectives);
}
