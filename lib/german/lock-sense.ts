// A verb of locking with a door or what has one: "Hast du die Haustür abgeschlossen?" is abschließen "to
// lock", not "to close" (a deal) or "to finish"; "Die Haustür ist nachts abzuschließen". A door is locked.
import type { MeaningChoice } from "./meaning";
import { clauseBounds, type Draft, type SentenceContext } from "./sentence-context";

// Things with a lock (or a compound's last part: Haustür, Gartentor, Kleiderschrank); not a building, which
// "schließt" as a business does (das Gasthaus schließt um zehn).
const LOCKABLE_NOUNS = new Set(
  `Tür Tor Pforte Schrank Spind Schublade Koffer Kofferraum Auto Wagen Wohnung Zimmer Keller Garage
  Fahrrad Safe Tresor`.split(/\s+/),
);

const LOCK = /^to (?:lock|lock up|unlock)$/;

function lockable(d: Draft | null | undefined): boolean {
  if (d?.a.pos !== "noun" || d.a.name) return false;
  return LOCKABLE_NOUNS.has(d.a.lemma) || LOCKABLE_NOUNS.has(d.a.parts?.at(-1)?.lemma ?? "");
}

/** The first sense of a verb glossed "to lock" (or "to unlock") where its clause has a thing with a lock. */
export function lockSense(
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const d = drafts[i];
  const senses = d?.senses ?? [];
  if (!d || senses.length < 2) return undefined;
  const [from, to] = clauseBounds(ctx.tokens, i);
  let found = false;
  for (let j = from; j <= to; j++) if (j !== i && lockable(drafts[j])) found = true;
  if (!found) return undefined;
  const at = senses.findIndex((s) => !s.prep && !s.reflexive && s.glosses.some((g) => LOCK.test(g)));
  if (at <= 0) return undefined;
  return { sense: { sense: at, gloss: Math.max(0, senses[at]?.glosses.findIndex((g) => LOCK.test(g)) ?? 0) } };
}
