// A noun with a verb of building or visiting buildings: "Das Schloss wurde im 16. Jahrhundert erbaut" is
// Schloss "castle", not "lock"; "Wir haben das Schloss in Heidelberg besichtigt". One builds and tours a
// building, not a lock.

import type { KindByVerb } from "./kind-sense";

// Verbs whose object or subject is a building.
const BUILDING_VERBS = new Set(
  `bauen erbauen errichten besichtigen renovieren restaurieren sanieren abreißen einweihen bewohnen`.split(/\s+/),
);
// English words for buildings, a sense's gloss or its last word ("royal palace").
const BUILDING =
  /(?:^| )(?:castle|palace|church|cathedral|chapel|tower|mansion|manor|villa|building|house|hall|fortress|fort|temple|monastery|museum|theatre|theater|station)$/;

export const BUILDINGS: KindByVerb = { verbs: BUILDING_VERBS, gloss: BUILDING };
