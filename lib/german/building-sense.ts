// A noun with a verb of building or visiting buildings: "Das Schloss wurde im 16. Jahrhundert erbaut" is
// Schloss "castle", not "lock"; "Wir haben das Schloss in Heidelberg besichtigt". One builds and tours a
// building, not a lock.
import type { LexSense } from "./lexicon";
import type { MeaningChoice } from "./meaning";
import { clauseBounds, type Draft, type SentenceContext } from "./sentence-context";

// Verbs whose object or subject is a building.
const BUILDING_VERBS = new Set(
  `bauen erbauen errichten besichtigen renovieren restaurieren sanieren abreißen einweihen bewohnen`.split(/\s+/),
);
// English words for buildings, a sense's gloss or its last word ("royal palace").
const BUILDING =
  /(?:^| )(?:castle|palace|church|cathedral|chapel|tower|mansion|manor|villa|building|house|hall|fortress|fort|temple|monastery|museum|theatre|theater|station)$/;

/** The first sense glossed as a building where the clause has a verb of building or visiting buildings. */
export function buildingSense(
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const d = drafts[i];
  const senses = d?.senses ?? [];
  if (!d || senses.length < 2) return undefined;
  const [from, to] = clauseBounds(ctx.tokens, i);
  let found = false;
  for (let j = from; j <= to; j++)
    if (drafts[j]?.a.pos === "verb" && BUILDING_VERBS.has(drafts[j]?.a.lemma ?? "")) found = true;
  if (!found) return undefined;
  const building = (s: LexSense) => s.glosses.some((g) => BUILDING.test(g.toLowerCase()));
  const at = senses.findIndex(building);
  return at > 0 ? { sense: { sense: at, gloss: 0 } } : undefined;
}
