// A noun with a verb of taking or prescribing medicine, or of its working, takes its sense of a remedy: "Die
// Forscher schließen, dass das Mittel wirkt" is Mittel "remedy", not "average value"; "Der Arzt hat mir ein
// Mittel gegen Husten verschrieben" likewise.

import type { KindByVerb } from "./kind-sense";

const REMEDY_VERBS = new Set(`wirken einnehmen verschreiben verordnen schlucken anwenden`.split(/\s+/));
const REMEDY = /^(?:remedy|cure|drug|medicine|medication)$/;

export const REMEDIES: KindByVerb = { verbs: REMEDY_VERBS, gloss: REMEDY };
