// A noun with a verb of rising or falling: "Die Preise für Lebensmittel sind gestiegen" is Preis "price", not
// "award"; "Die Kurse fielen" is Kurs "rate", not "course". What rises, falls, is raised or cut is an amount.

import type { KindByVerb } from "./kind-sense";

// Verbs whose subject or object is an amount that goes up or down.
const RISE_VERBS = new Set(
  `steigen ansteigen sinken fallen erhöhen senken anheben verdoppeln halbieren schwanken klettern zulegen`.split(/\s+/),
);
// English words for amounts, a sense's gloss or its last word ("market price").
const AMOUNT = /(?:^| )(?:price|cost|rate|level|value)$/;

export const AMOUNTS: KindByVerb = { verbs: RISE_VERBS, gloss: AMOUNT };
