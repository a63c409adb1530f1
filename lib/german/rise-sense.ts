// A noun with a verb of rising or falling: "Die Preise für Lebensmittel sind gestiegen" is Preis "price", not
// "award"; "Die Kurse fielen" is Kurs "rate", not "course". What rises, falls, is raised or cut is an amount.

import { type KindByVerb, nounSenseByVerb } from "./kind-sense";
import type { MeaningChoice } from "./meaning";
import type { Draft, SentenceContext } from "./sentence-context";

// Verbs whose subject or object is an amount that goes up or down.
const RISE_VERBS = new Set(
  `steigen ansteigen sinken fallen erhöhen senken anheben verdoppeln halbieren schwanken klettern zulegen`.split(/\s+/),
);
// English words for amounts, a sense's gloss or its last word ("market price").
const AMOUNT = /(?:^| )(?:price|cost|rate|level|value)$/;

const AMOUNTS: KindByVerb = { verbs: RISE_VERBS, gloss: AMOUNT };

/** The first sense glossed as an amount where the clause has a verb of rising or falling. */
export function riseSense(
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  return nounSenseByVerb(AMOUNTS, ctx, drafts, i);
}
