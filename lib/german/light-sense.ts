// A noun with a verb of lights: "Die Birne im Flur ist durchgebrannt" is Birne "light bulb", not "pear". A
// bulb burns out, glows or is screwed in; a pear does none of these.

import type { KindByVerb } from "./kind-sense";

// Verbs whose subject or object is a light.
const LIGHT_VERBS = new Set(`durchbrennen leuchten flackern glühen einschrauben ausschrauben eindrehen`.split(/\s+/));
// English words for lights, a sense's gloss or its last word ("light bulb").
const LIGHT = /(?:^| )(?:bulb|lamp|light)$/;

export const LIGHTS: KindByVerb = { verbs: LIGHT_VERBS, gloss: LIGHT };
