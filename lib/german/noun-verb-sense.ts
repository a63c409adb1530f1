// A noun's sense told by the verb of its clause, as Ding's own examples pair them: "einen guten Ruf
// schädigen" is Ruf "reputation", "in Streit geraten" is Streit "quarrel" (LexSense.verbs, built by
// scripts/lexicon/fold-headwords.ts foldNounVerbs).
import type { Lexicon, LexSense } from "./lexicon";
import type { MeaningChoice } from "./meaning";
import { clauseBounds, type Draft, type SentenceContext } from "./sentence-context";

// Words that may stand between a preposition and its noun: "in einen heftigen Streit".
const BETWEEN = new Set(["det", "adj", "num", "adv"]);

/** The preposition the noun at `i` follows, over its article and adjectives: "im neuen Zug" → in. */
function prepositionOf(drafts: readonly (Draft | null)[], i: number): string | undefined {
  let j = i - 1;
  while (j >= 0 && BETWEEN.has(drafts[j]?.a.pos ?? "")) j--;
  const d = drafts[j];
  return d?.a.pos === "prep" ? d.a.lemma : undefined;
}

/**
 * The sense of noun `i` that Ding gives with a verb of its clause, with the same preposition before the
 * noun (none, or the one Ding's example has): "Sein Ruf wurde schwer geschädigt" is "reputation", while
 * "im Zug sitzen" ("to be sitting in a draught") does not make "Ich sitze im Zug" a draught (Ding's
 * item has in, but it gives sitzen with Zug "draught" and Zug has "train" first: the rule only moves to
 * a sense that the pair names). A sense kept for the alignment only joins the card, as an object's does.
 */
export function nounVerbSense(
  lex: Lexicon,
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const d = drafts[i];
  const own = d?.senses ?? [];
  if (!d || own.length === 0) return undefined;
  const all: readonly LexSense[] = [...own, ...lex.alignOnlySenses(own)];
  if (!all.some((s) => s.verbs)) return undefined;
  const prep = prepositionOf(drafts, i);
  const keys = new Set<string>();
  const [from, to] = clauseBounds(ctx.tokens, i);
  for (let j = from; j <= to; j++) {
    const v = drafts[j];
    if (j !== i && v?.a.pos === "verb") keys.add(prep ? `${prep}+${v.a.lemma}` : v.a.lemma);
  }
  const at = all.findIndex((s) => s.verbs?.some((k) => keys.has(k)));
  const chosen = all[at];
  if (!chosen) return undefined;
  if (at >= own.length) d.senses = [...own, chosen];
  return { sense: { sense: Math.min(at, own.length), gloss: 0 } };
}
