// A noun with a verb of what a crowd does takes its sense of a crowd: "Eine riesige Menge jubelte dem
// Weltmeister zu" is Menge "crowd", not "quantity". An amount does not cheer, boo or stream in.

import type { KindByVerb } from "./kind-sense";

const CROWD_VERBS = new Set(
  `jubeln zujubeln klatschen applaudieren johlen buhen pfeifen skandieren strömen drängen toben versammeln`.split(
    /\s+/,
  ),
);
const CROWD = /^(?:crowd|throng|mob)$/;

export const CROWDS: KindByVerb = { verbs: CROWD_VERBS, gloss: CROWD };
