// A noun with a verb of lights: "Die Birne im Flur ist durchgebrannt" is Birne "light bulb", not "pear". A
// bulb burns out, glows or is screwed in; a pear does none of these.

import { clauseHas } from "./kind-sense";
import type { LexSense } from "./lexicon";
import type { MeaningChoice } from "./meaning";
import type { Draft, SentenceContext } from "./sentence-context";

// Verbs whose subject or object is a light.
const LIGHT_VERBS = new Set(`durchbrennen leuchten flackern glühen einschrauben ausschrauben eindrehen`.split(/\s+/));
// English words for lights, a sense's gloss or its last word ("light bulb").
const LIGHT = /(?:^| )(?:bulb|lamp|light)$/;

/** The first sense glossed as a light where the clause has a verb of lights. */
export function lightSense(
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const senses = drafts[i]?.senses ?? [];
  if (senses.length < 2) return undefined;
  // Called for nouns only, so the word itself is never one of the verbs.
  if (!clauseHas(ctx, drafts, i, (o) => o?.a.pos === "verb" && LIGHT_VERBS.has(o.a.lemma))) return undefined;
  const light = (s: LexSense) => s.glosses.some((g) => LIGHT.test(g.toLowerCase()));
  const at = senses.findIndex(light);
  return at > 0 ? { sense: { sense: at, gloss: 0 } } : undefined;
}
