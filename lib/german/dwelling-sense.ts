// A verb with a dwelling: "Im Mai haben sie ihre neue Wohnung bezogen" is beziehen "to move into", not "to
// draw" or "to obtain". One moves into or out of a flat.
import type { MeaningChoice } from "./meaning";
import { clauseBounds, type Draft, type SentenceContext } from "./sentence-context";

// Dwellings (or a compound's last part: Mietwohnung, Einfamilienhaus).
const DWELLING_NOUNS = new Set(
  `Wohnung Haus Zimmer Appartement Apartment Büro Heim Unterkunft Quartier Villa Hütte Wohnheim`.split(/\s+/),
);

const MOVE = /^to move (?:in|into|out|out of)$/;

function dwelling(d: Draft | null | undefined): boolean {
  if (d?.a.pos !== "noun" || d.a.name) return false;
  return DWELLING_NOUNS.has(d.a.lemma) || DWELLING_NOUNS.has(d.a.parts?.at(-1)?.lemma ?? "");
}

/** The first sense of a verb glossed as moving in or out where its clause has a dwelling. */
export function dwellingSense(
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const d = drafts[i];
  const senses = d?.senses ?? [];
  if (!d || senses.length < 2) return undefined;
  const [from, to] = clauseBounds(ctx.tokens, i);
  let found = false;
  for (let j = from; j <= to; j++) if (j !== i && dwelling(drafts[j])) found = true;
  if (!found) return undefined;
  const at = senses.findIndex((s) => !s.reflexive && s.glosses.some((g) => MOVE.test(g)));
  if (at <= 0) return undefined;
  return { sense: { sense: at, gloss: Math.max(0, senses[at]?.glosses.findIndex((g) => MOVE.test(g)) ?? 0) } };
}
