// gehören with a phrase of where to says where a thing belongs, not whose it is: "Gekochte Essensreste gehören
// nicht auf den Kompost", "Das Buch gehört ins Regal", "Das gehört nicht hierher" are "to belong/to go", not
// Ding's first sense "to belong to" (an owner: "Das Auto gehört meinem Bruder"). A preposition of place
// with the accusative says where to ("in die Küche"); with the dative ("in der Küche") it says where.

import { senseGlossed } from "./kind-sense";
import type { MeaningChoice } from "./meaning";
import { clauseBounds, type Draft, type SentenceContext, wordAt } from "./sentence-context";

// Prepositions of place that take the accusative for where to, and their contractions with das.
const PLACE_PREPOSITIONS = new Set(["in", "auf", "an", "unter", "hinter", "neben", "vor", "über", "zwischen"]);
const WHERE_TO = new Set([
  "ins",
  "aufs",
  "ans",
  "unters",
  "hinters",
  "vors",
  "übers",
  "hierher",
  "hierhin",
  "dahin",
  "dorthin",
]);
// Words after such a preposition that say where, not where to: the dative's articles and contractions.
const DATIVE = new Set(["dem", "der", "einem", "einer", "diesem", "dieser", "jedem", "jeder"]);

/** The sense "to belong" (somewhere) of gehören with a phrase of where to in its clause. */
export function belongSense(
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const d = drafts[i];
  if (d?.a.lemma !== "gehören" || !d.senses) return undefined;
  const [from, to] = clauseBounds(ctx.tokens, i);
  for (let j = from; j <= to; j++) {
    const w = wordAt(ctx.tokens, j)?.text.toLowerCase() ?? "";
    const next = wordAt(ctx.tokens, j + 1)?.text.toLowerCase();
    const whereTo =
      WHERE_TO.has(w) ||
      (PLACE_PREPOSITIONS.has(w) &&
        next !== undefined &&
        j + 1 <= to &&
        !DATIVE.has(next) &&
        drafts[j]?.a.pos === "prep");
    if (whereTo) return senseGlossed(d.senses, (g) => g === "to belong");
  }
  return undefined;
}
