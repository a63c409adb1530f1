// A verb with someone to give to: "Kannst du mir das Salz reichen?" is reichen "to hand", not "to last"
// (which "Das Geld reicht nicht" is); "Ich borge dir das Geld" borgen "to lend", not "to borrow". German's
// verbs of lending go both ways where English has two: the dative says which. To someone else, "to lend";
// to oneself ("Ich habe mir ein Auto geliehen", "Sie leiht sich Geld"), "to borrow".

import { senseGlossed } from "./kind-sense";
import type { MeaningChoice } from "./meaning";
import { clauseBounds, clauseWords, type Draft, type SentenceContext } from "./sentence-context";
import { reflexiveInClause } from "./verb-grammar";

const GIVING = /^to (?:hand|pass|lend|loan|hand over|pass on)$/;
const BORROWING = /^to borrow$/;
// A first sense that already gives, brings or tells something to someone stays: "Der Kellner bringt uns
// die Rechnung" is "to bring"; "Lass mir die Zeit" lassen "to let", not "to pass".
const GIVES_ALREADY =
  /^to (?:give|bring|send|show|tell|offer|sell|hand|pass|lend|loan|throw|explain|ask|write|buy|let|leave)\b/;

const DATIVES = new Set(["mir", "dir", "ihm", "uns", "euch", "ihnen"]);
// ihr is a dative only beside another subject ("Er reicht ihr die Hand"), else it may be the subject.
const SUBJECTS = new Set(["ich", "du", "er", "sie", "es", "wir", "man"]);

/** Whether the clause has a noun with its determiner, other than verb `i`: the thing given. */
function hasObject(ctx: SentenceContext, drafts: readonly (Draft | null)[], i: number): boolean {
  const [from, to] = clauseBounds(ctx.tokens, i);
  for (let j = from + 1; j <= to; j++) {
    if (j === i || drafts[j]?.a.pos !== "noun" || drafts[j]?.a.name) continue;
    let k = j - 1;
    while (k > from && drafts[k]?.a.pos === "adj") k--;
    if (drafts[k]?.a.pos === "det") return true;
  }
  return false;
}

/** The giving sense of verb `i` where it has someone else to give to, the borrowing one where that is oneself. */
export function transferSense(
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const d = drafts[i];
  const senses = d?.senses ?? [];
  if (!d || senses.length < 2) return undefined;
  const words = clauseWords(ctx, d, i);
  if (reflexiveInClause(words)) return senseGlossed(senses, (g) => BORROWING.test(g));
  const subject = words.some((w) => SUBJECTS.has(w));
  const dative = words.some((w) => DATIVES.has(w) || (w === "ihr" && subject));
  if (!dative || !subject || !hasObject(ctx, drafts, i)) return undefined;
  if (senses[0]?.glosses.some((g) => GIVES_ALREADY.test(g))) return undefined;
  return senseGlossed(senses, (g) => GIVING.test(g));
}
