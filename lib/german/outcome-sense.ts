// Verbs of outcome, said with a judging adverb: "Die Ernte ist schlecht ausgefallen" is ausfallen "to have a
// result" (turned out poorly), not "to fall out"; "Er hat bei der Prüfung gut abgeschnitten" is abschneiden
// "to come off" (did well), and without such an adverb abschneiden cuts ("Bei Flut ist die Hallig vom
// Festland abgeschnitten": "to cut off"); "Das Spiel ging unentschieden aus" is ausgehen "to turn out". Ding
// gives these senses with gut/schlecht, which its English lost.
import { clauseHas, senseGlossed } from "./kind-sense";
import type { MeaningChoice } from "./meaning";
import type { Draft, SentenceContext } from "./sentence-context";

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

// Each verb's outcome sense, by its gloss.
const OUTCOME: ReadonlyMap<string, string> = new Map([
  ["ausfallen", "to have a result"],
  ["abschneiden", "to come off"],
  ["ausgehen", "to turn out"],
]);

// How a thing turned out, said alone ("gut", "schlechter als erwartet", "wie"), not of a noun after it.
const JUDGING = words(`
  gut besser bestens schlecht schlechter mies miserabel glänzend hervorragend ausgezeichnet exzellent
  positiv negativ günstig ungünstig knapp deutlich eindeutig mager dürftig bescheiden gering geringer hoch
  höher niedrig niedriger üppig großzügig reichlich stark stärker schwach schwächer überraschend erwartungsgemäß
  enttäuschend erfreulich unterschiedlich glimpflich tödlich unentschieden zufriedenstellend befriedigend
  katastrophal ordentlich solide passabel gemischt wie
`);

/** Whether token j is a judging adverb standing alone: no noun or adjective after it ("gut besuchte"). */
function judgingAlone(ctx: SentenceContext, drafts: readonly (Draft | null)[], j: number): boolean {
  if (!JUDGING.has(ctx.tokens[j]?.text.toLowerCase() ?? "")) return false;
  const next = drafts[j + 1]?.a.pos;
  return next !== "noun" && next !== "adj";
}

/** An outcome verb's sense: its outcome sense with a judging adverb; where that sense is first, the next without one. */
export function outcomeSense(
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const d = drafts[i];
  const outcome = d ? OUTCOME.get(d.a.lemma) : undefined;
  const senses = d?.senses ?? [];
  if (outcome === undefined || senses.length < 2) return undefined;
  if (clauseHas(ctx, drafts, i, (_, j) => judgingAlone(ctx, drafts, j)))
    return senseGlossed(senses, (g) => g === outcome);
  return senses[0]?.glosses[0] === outcome ? senseGlossed(senses, (g) => g !== outcome) : undefined;
}
