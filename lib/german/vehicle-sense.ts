// A verb whose subject is a vehicle or a vessel: "Der Bus hält direkt vor dem Hotel" is halten "to stop",
// not "to hold"; "Die Fähre legt im Hafen an" anlegen "to land" (put in), not "to lay out"; "Die Fähre ist
// ausgelaufen" auslaufen "to sail", not "to peter out"; "Ein leeres Boot trieb auf dem See" treiben "to
// float", not "to drive". What a vehicle does of itself is move or stop. Only as the subject: "Er hat die
// Schlüssel im Auto gelassen", "Der Wind treibt das Boot ans Ufer" keep their senses. A harbour left or entered
// speaks of a vessel too: "Wir liefen aus dem Hafen aus" is auslaufen "to sail".

import { CONTRACTIONS } from "./governed-preposition";
import { clauseHas, isNounOf, senseGlossed } from "./kind-sense";
import type { MeaningChoice } from "./meaning";
import { clauseBounds, type Draft, type SentenceContext, wordAt } from "./sentence-context";

// Vehicles and vessels (or a compound's last part: Fernbus, Containerschiff, Segelboot).
export const VEHICLES: ReadonlySet<string> = new Set(
  `Bus Zug Bahn Straßenbahn Tram Taxi Auto Wagen Lastwagen Lkw Fahrzeug Fahrrad Motorrad Roller Schiff Fähre Boot Dampfer Kahn Jacht
  Yacht Frachter Flugzeug Flieger Hubschrauber Fregatte Kreuzer Zerstörer Kutter Tanker Trawler Schlepper Schoner Kanu
  Kajak Floß`.split(/\s+/),
);

// Where vessels put in (or a compound's last part: Fährhafen, Jachthafen; not Flughafen): a clause that leaves
// or enters one speaks of sailing, whoever its subject ("Am Abend liefen wir in den Hafen ein").
const HARBOURS: ReadonlySet<string> = new Set(["Hafen", "Kai", "Pier", "Anleger", "Anlegestelle", "Mole"]);
const AIRPORT = "Flughafen";
const harbour = (d: Draft | null | undefined) => isNounOf(HARBOURS, d) && d?.a.lemma !== AIRPORT;

// The English of a vehicle's movements and stops: a vessel's or a stop's first, as "to start" is a verb's
// sense for much else (auslaufen "to start" before "to sail").
const MOVEMENT = [
  /^to (?:stop|halt|sail|set sail|put to sea|leave port|land|put in|berth|dock|moor|float|drift|take off)$/,
  /^to (?:leave|depart|start|arrive)$/,
];
const moves = (g: string) => MOVEMENT.some((m) => m.test(g));
// lassen is mostly the auxiliary with a vehicle too ("Der Zug lässt auf sich warten"), not "to leave".
const AUXILIARY = "lassen";

// Determiners that show the nominative and nothing else before a masculine noun (der Bus, ein Zug).
const MASCULINE_NOMINATIVE = /^(?:der|dieser|jener|jeder|welcher|ein|kein|mein|dein|sein|ihr|unser|euer)$/;
// Determiners that may be nominative (or accusative) before any noun: die Fähre, das Boot, eine Fähre.
const NOMINATIVE = /^(?:die|das|dieses|diese|jedes|jede|(?:ein|kein|mein|dein|sein|ihr|unser|eur)e?|euer)$/;

/**
 * Whether the noun at j may be its clause's subject: no preposition before it, and a determiner that
 * shows the nominative, or one that may be nominative on a noun before the clause's first verb ("Die
 * Fähre legt an", not "Der Wind treibt das Boot").
 */
function maySubject(ctx: SentenceContext, drafts: readonly (Draft | null)[], j: number, firstVerb: number): boolean {
  let k = j - 1;
  while (k >= 0 && (ctx.tokens[k]?.type === "number" || drafts[k]?.a.pos === "adj" || drafts[k]?.a.pos === "num")) k--;
  const det = wordAt(ctx.tokens, k)?.text.toLowerCase();
  if (det === undefined || CONTRACTIONS[det] !== undefined || drafts[k]?.a.pos === "prep") return false;
  if (drafts[k - 1]?.a.pos === "prep") return false;
  if (drafts[j]?.a.gender === "m" && MASCULINE_NOMINATIVE.test(det)) return true;
  return NOMINATIVE.test(det) && j < firstVerb;
}

/**
 * The first sense of verb `i` glossed as a vehicle's movement or stop, where a vehicle is its subject; a
 * vessel's or a stop's before a departure's.
 */
export function vehicleSense(
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const d = drafts[i];
  const senses = d?.senses ?? [];
  if (!d || senses.length < 2 || d.a.lemma === AUXILIARY) return undefined;
  const [from] = clauseBounds(ctx.tokens, i);
  let firstVerb = i;
  for (let j = from; j < i; j++)
    if (drafts[j]?.a.pos === "verb") {
      firstVerb = j;
      break;
    }
  const subject = clauseHas(ctx, drafts, i, (o, j) => isNounOf(VEHICLES, o) && maySubject(ctx, drafts, j, firstVerb));
  // A harbour says no more than that a vessel moves: its movements alone, not "to leave" or "to start" (gehen
  // "to leave" is no walk by the harbour).
  const atHarbour = !subject && clauseHas(ctx, drafts, i, harbour);
  // A first sense that is a movement already stays ("Der Zug fährt ab": abfahren "to leave").
  if (!(subject || atHarbour) || senses[0]?.glosses.some(moves)) return undefined;
  for (const m of atHarbour ? MOVEMENT.slice(0, 1) : MOVEMENT) {
    const choice = senseGlossed(senses, (g) => m.test(g));
    if (choice) return choice;
  }
  return undefined;
}
