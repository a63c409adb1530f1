// "Ich wasche mir die Hände", "Sie hat sich das Bein gebrochen", "Er hat sich den Arm verletzt": with an
// accusative object after it, the reflexive pronoun is a dative that says whose hands or arm, and the verb is
// the plain transitive one, "to wash", "to hurt", not Ding's reflexive "to wash oneself", "to injure
// yourself", which English says of the whole person ("Ich habe mich verletzt").

import type { MeaningChoice } from "./meaning";
import { clauseBounds, type Draft, type SentenceContext } from "./sentence-context";
import { timeNoun } from "./time-nouns";

const ENGLISH_REFLEXIVE = /\b(?:oneself|yourself|himself|herself|itself|myself|ourselves|yourselves|themselves)\b/;
// The pronouns that can be a reflexive dative (mich, dich are accusative only).
export const DATIVE_REFLEXIVES = new Set(["sich", "mir", "dir", "uns", "euch"]);
const SUBJECT_PRONOUNS = new Set(["ich", "du", "er", "sie", "es", "wir", "ihr", "man"]);

/** Whether the clause has a noun with its own determiner after `after`, not in a preposition's phrase. */
function objectAfter(drafts: readonly (Draft | null)[], after: number, to: number): boolean {
  for (let j = after + 1; j <= to; j++) {
    const d = drafts[j];
    // "Sie wäscht sich jeden Morgen": a noun of time in the accusative is an adverbial, no object.
    if (d?.a.pos !== "noun" || d.a.name || timeNoun(d)) continue;
    let k = j - 1;
    while (k > after && drafts[k]?.a.pos === "adj") k--;
    if (k > after && drafts[k]?.a.pos === "det" && drafts[k - 1]?.a.pos !== "prep") return true;
  }
  return false;
}

/** The verb's first plain sense where its reflexive pronoun is a dative beside an accusative object. */
export function possessiveDativeSense(
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const senses = drafts[i]?.senses ?? [];
  // Only where every reflexive sense is of the whole person: a verb with a reflexive sense of its own
  // (sich etwas vorstellen, "to imagine") takes that one with a dative and an object.
  const reflexives = senses.filter((s) => s.reflexive);
  if (!reflexives.length || !reflexives.every((s) => ENGLISH_REFLEXIVE.test(s.glosses[0] ?? ""))) return undefined;
  const [from, to] = clauseBounds(ctx.tokens, i);
  let pronoun = -1;
  for (let j = from; j <= to && pronoun < 0; j++)
    if (j !== i && DATIVE_REFLEXIVES.has(ctx.tokens[j]?.text.toLowerCase() ?? "")) pronoun = j;
  if (pronoun < 0 || !objectAfter(drafts, pronoun, to)) return undefined;
  // The subject stands before the pronoun ("Die Frau hat sich das Bein gebrochen") or is a pronoun: in
  // "Gestern hat sich die Frau verletzt" the noun after sich is the subject, and sich the accusative.
  let subject = false;
  for (let j = from; j <= to && !subject; j++) {
    const text = ctx.tokens[j]?.text.toLowerCase() ?? "";
    subject = SUBJECT_PRONOUNS.has(text) || (j < pronoun && drafts[j]?.a.pos === "noun");
  }
  if (!subject) return undefined;
  const plain = senses.findIndex((s) => !s.reflexive && !s.prep);
  return plain < 0 ? undefined : { sense: { sense: plain, gloss: 0 } };
}
