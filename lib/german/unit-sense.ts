// A noun right after a number is a unit of measure where it can be one: "Der Fernseher misst 55 Zoll" is Zoll
// "inch", not "customs duty"; "Das Schiff macht 20 Knoten" Knoten "knot", not "node"; "zwei Tonnen Sand"
// Tonne "tonne", not "barrel"; "zehn Faden tief" Faden "fathom", not "thread". German counts units with a
// bare number before them, as it counts anything else; what the noun can measure decides.
import type { MeaningChoice } from "./meaning";
import type { Draft, SentenceContext } from "./sentence-context";

// The English of units of length, weight, area, volume, speed and the like.
const UNIT =
  /^(?:inch|foot|yard|mile|nautical mile|fathom|knot|ell|cubit|metric tonne|tonne|ton|pound|ounce|carat|metric hundredweight|hundredweight|acre|hectare|morgen|litre|liter|gallon|pint|bushel|calorie)$/;
// Number words that are no ordinal (erste, zweite, dritte: a place, not a count).
const ORDINAL = /(?:te|ste)[nrsm]?$/i;

function isCount(ctx: SentenceContext, d: Draft | null | undefined, k: number): boolean {
  const token = ctx.tokens[k];
  if (token?.type === "number") return /^\d+(?:[.,]\d+)?$/.test(token.text);
  return d?.a.pos === "num" && !ORDINAL.test(d.a.text);
}

/**
 * The first sense of noun `i` with a gloss that is a unit of measure, at that gloss, where a number stands
 * right before it; undefined where that is the card's first gloss already or the noun has none.
 */
export function unitSense(
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const senses = drafts[i]?.senses ?? [];
  if (senses.length === 0 || !isCount(ctx, drafts[i - 1], i - 1)) return undefined;
  const at = senses.findIndex((s) => s.glosses.some((g) => UNIT.test(g)));
  const gloss = senses[at]?.glosses.findIndex((g) => UNIT.test(g)) ?? -1;
  if (at < 0 || (at === 0 && gloss === 0)) return undefined;
  return { sense: { sense: at, gloss } };
}
