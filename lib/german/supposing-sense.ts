// A verb of supposing says what one supposes in a clause: "Ich nehme an, dass er den Termin vergessen hat"
// is annehmen "to assume". Where the verb's clause ends its sentence and holds a noun it may take as its
// object, no clause says what is supposed, and the verb has its other sense: "Sie nahm das Angebot ohne
// zu zögern an" is annehmen "to accept", "Er hat die Stelle als Koch angenommen" likewise. An opinion is
// said the same way: "Ich finde, dass …" is finden "to think", "Ein Nachbar hat den Schlüssel gefunden" is
// "to find" (Ding gives finden "to think" first). The object may be a name or a pronoun as well ("Finde
// Tom", "Wir haben es gefunden"), but an opinion of a thing says what one thinks of it in an adjective:
// "Ich finde das Buch gut", "Ich finde dich nett" keep "to think". So does a pronoun put first, the opinion
// agreed to: "Das finde ich auch", "Das nehme ich an".

import type { LexSense } from "./lexicon";
import type { MeaningChoice } from "./meaning";
import { beforeNounPhrase, clauseBounds, type Draft, type SentenceContext, SUBJECT_PRONOUNS } from "./sentence-context";

const SUPPOSING = /^to (?:assume|suppose|presume|surmise|guess|think)$/;
const SENTENCE_END = new Set([".", "!", "?", "…"]);
const COORDINATED = new Set(["und", "oder", "sowie"]);
// Pronouns that may be the verb's object. sie only after a subject pronoun: alone it is as often the
// subject ("Sie nimmt an"), after one the object ("Wir haben sie gefunden").
const OBJECT_PRONOUNS = new Set(
  "es ihn mich dich uns euch das dies etwas nichts jemanden niemanden alles was".split(" "),
);

/** Whether the word at j is an adjective said of the object: uninflected and before no noun ("gut", "nett"). */
function saidOfObject(drafts: readonly (Draft | null)[], j: number): boolean {
  const a = drafts[j]?.a;
  return a?.pos === "adj" && a.text.toLowerCase() === a.lemma.toLowerCase() && drafts[j + 1]?.a.pos !== "noun";
}

/** Whether the noun at j stands after no preposition: "das Angebot", not "ohne Zögern" or "mit der Post". */
function unGoverned(drafts: readonly (Draft | null)[], from: number, j: number): boolean {
  const k = beforeNounPhrase(drafts, j, from - 1);
  return k < from || drafts[k]?.a.pos !== "prep";
}

/**
 * The first sense of verb `i` that is no supposing, where its first sense is one and its clause ends the
 * sentence with an object in it (a noun or name outside a prepositional phrase, or a pronoun not put first)
 * and no adjective said of it.
 */
export function supposingSense(
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const senses = drafts[i]?.senses ?? [];
  const supposes = (s: LexSense | undefined) => s?.glosses.some((g) => SUPPOSING.test(g)) === true;
  if (!supposes(senses[0])) return undefined;
  const [from, to] = clauseBounds(ctx.tokens, i);
  const after = ctx.tokens[to + 1];
  // "… gefunden und mir zurückgegeben": a coordinator ends the verb's clause as the sentence's end does.
  if (after !== undefined && !SENTENCE_END.has(after.text) && !COORDINATED.has(after.text)) return undefined;
  let object = false;
  let subject = false;
  for (let j = from; j <= to; j++) {
    if (j === i) continue;
    if (saidOfObject(drafts, j)) return undefined;
    const a = drafts[j]?.a;
    const lower = ctx.tokens[j]?.text.toLowerCase() ?? "";
    // A name first in the clause is its subject: "Tom fand nichts".
    const named = (a?.pos === "noun" && !a.name) || ((a?.pos === "name" || a?.name === true) && j > from);
    const pronoun = j > from && (OBJECT_PRONOUNS.has(lower) || (lower === "sie" && subject));
    if ((named && unGoverned(drafts, from, j)) || pronoun) object = true;
    if (SUBJECT_PRONOUNS.has(lower)) subject = true;
  }
  if (!object) return undefined;
  const at = senses.findIndex((s) => !supposes(s) && !s.prep && !s.reflexive);
  return at > 0 ? { sense: { sense: at, gloss: 0 } } : undefined;
}
