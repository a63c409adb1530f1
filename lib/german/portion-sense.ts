// A noun right before a bare noun of what it measures is a portion of it: "eine Tafel Schokolade" is Tafel
// "slab" (a bar), not "dinner table"; "eine Scheibe Brot" Scheibe "slice", not "disc"; "ein Blatt Papier"
// Blatt "sheet", not "leaf". German puts the measure and the substance side by side, with no article and no
// genitive between them (zwei Tassen Kaffee, ein Stück Kuchen).

import type { MeaningChoice } from "./meaning";
import type { Draft, SentenceContext } from "./sentence-context";
import { wordAt } from "./sentence-context";

// The English of portions and measures, one word.
const PORTION =
  /^(?:bar|slab|slice|sheet|piece|lump|loaf|bunch|cup|glass|bottle|pinch|portion|bag|box|packet|can|tin|jar|bowl|spoonful|drop|scoop|bite|strip|square)$/;
const COUNTED = new Set(["det", "num"]);
// Adjectives the measured noun may have before it.
const MAX_ADJECTIVES = 2;

/**
 * The first sense of noun `i` glossed as a portion, where a determiner or a number stands before it and a
 * common noun right after it (after up to two adjectives), with no article between; undefined where the first
 * sense is one already.
 */
export function portionSense(
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const senses = drafts[i]?.senses ?? [];
  if (senses.length < 2) return undefined;
  // The substance may have adjectives of its own, in the genitive or in its own case: "ein Strauß roter
  // Rosen", "eine Tasse heißen Kaffee".
  let n = i + 1;
  while (n <= i + MAX_ADJECTIVES && drafts[n]?.a.pos === "adj" && wordAt(ctx.tokens, n)) n++;
  const next = drafts[n]?.a;
  if (!wordAt(ctx.tokens, n) || next?.pos !== "noun" || next.name) return undefined;
  let k = i - 1;
  while (k >= 0 && drafts[k]?.a.pos === "adj") k--;
  if (!COUNTED.has(drafts[k]?.a.pos ?? "") && ctx.tokens[k]?.type !== "number") return undefined;
  const at = senses.findIndex((s) => s.glosses.some((g) => PORTION.test(g)));
  if (at <= 0) return undefined;
  return { sense: { sense: at, gloss: Math.max(0, senses[at]?.glosses.findIndex((g) => PORTION.test(g)) ?? 0) } };
}
