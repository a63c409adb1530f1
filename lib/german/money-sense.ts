// A noun with a verb of paying: "Er bezahlte mit einem großen Schein" is Schein "banknote", not
// "certificate"; "Bitte zahlen Sie an der Kasse" is Kasse "cash-desk", not "your money"; "Wir haben die
// Rechnung bezahlt" is Rechnung "bill", not "account". One pays with a note, at a till, a bill.

import type { KindByVerb } from "./kind-sense";

// Verbs whose object, or whose means or place, is money or where money changes hands.
const PAYING_VERBS = new Set(
  `zahlen bezahlen einzahlen auszahlen nachzahlen draufzahlen begleichen überweisen kassieren wechseln`.split(/\s+/),
);
// English for a note, a bill or a till: a sense's whole gloss.
const PAYMENT = /^(?:banknote|bank note|bill|cash-desk|cash desk|checkout|checkout-counter|till)$/;

export const PAYMENTS: KindByVerb = { verbs: PAYING_VERBS, gloss: PAYMENT };

// Verbs of funds granted, cut or lacking: "Dafür fehlen der Stadt die Mittel" is Mittel "financial means", not
// "average value".
const FUNDING_VERBS = new Set(`fehlen bereitstellen bewilligen kürzen aufstocken freigeben zusagen`.split(/\s+/));
const FUNDS = /^(?:financial means|financial resources|funds|funding)$/;

export const FUNDINGS: KindByVerb = { verbs: FUNDING_VERBS, gloss: FUNDS };
