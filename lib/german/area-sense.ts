// A noun right before a place's name, with no article between, names the area around that place: "Im Raum
// Hannover kam es zu langen Staus" is Raum [geogr.] "area", not "room". German puts the place after the word
// for the area as a bare apposition (der Raum Stuttgart, der Großraum München); the noun's sense in
// geography says what kind of place it is.
import { placeNamed } from "./gazetteer";
import type { MeaningChoice } from "./meaning";
import type { Draft, SentenceContext } from "./sentence-context";

/** The first sense of noun `i` labelled geography, where a place's name follows it; undefined otherwise. */
export function areaSense(
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const senses = drafts[i]?.senses ?? [];
  const next = drafts[i + 1];
  const token = ctx.tokens[i + 1];
  if (senses.length < 2 || !next?.a.name || token?.type !== "word" || !placeNamed(token.text)) return undefined;
  const at = senses.findIndex((s) => s.domains.includes("geogr."));
  return at > 0 ? { sense: { sense: at, gloss: 0 } } : undefined;
}
