// A noun with a verb of lights: "Die Birne im Flur ist durchgebrannt" is Birne "light bulb", not "pear". A
// bulb burns out, glows or is screwed in; a pear does none of these.

import { type KindByVerb, nounSenseByVerb } from "./kind-sense";
import type { MeaningChoice } from "./meaning";
import type { Draft, SentenceContext } from "./sentence-context";

// Verbs whose subject or object is a light.
const LIGHT_VERBS = new Set(`durchbrennen leuchten flackern glühen einschrauben ausschrauben eindrehen`.split(/\s+/));
// English words for lights, a sense's gloss or its last word ("light bulb").
const LIGHT = /(?:^| )(?:bulb|lamp|light)$/;

const LIGHTS: KindByVerb = { verbs: LIGHT_VERBS, gloss: LIGHT };

/** The first sense glossed as a light where the clause has a verb of lights. */
export function lightSense(
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  return nounSenseByVerb(LIGHTS, ctx, drafts, i);
}
