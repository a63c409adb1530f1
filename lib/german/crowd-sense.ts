// A noun with a verb of what a crowd or a queue does takes its sense of one: "Eine riesige Menge jubelte dem
// Weltmeister zu" is Menge "crowd", not "quantity". An amount does not cheer, boo or stream in.

import type { KindByVerb } from "./kind-sense";

const CROWD_VERBS = new Set(
  `jubeln zujubeln klatschen applaudieren johlen buhen pfeifen skandieren strömen drängen toben versammeln`.split(
    /\s+/,
  ),
);
const CROWD = /^(?:crowd|throng|mob)$/;

export const CROWDS: KindByVerb = { verbs: CROWD_VERBS, gloss: CROWD };

// A queue forms and people join it: "An der Kasse bildete sich eine Schlange" is Schlange "queue", not "snake".
// Not warten: a snake waits for its prey.
const QUEUE_VERBS = new Set(`bilden anstehen anstellen einreihen drängeln vordrängeln`.split(/\s+/));

export const QUEUES: KindByVerb = { verbs: QUEUE_VERBS, gloss: /^(?:queue|line)$/ };
