// A verb of supposing says what one supposes in a clause: "Ich nehme an, dass er den Termin vergessen hat"
// is annehmen "to assume". Where the verb's clause ends its sentence and holds a noun it may take as its
// object, no clause says what is supposed, and the verb has its other sense: "Sie nahm das Angebot ohne
// zu zögern an" is annehmen "to accept", "Er hat die Stelle als Koch angenommen" likewise. An opinion is
// said the same way: "Ich finde, dass …" is finden "to think", "Ein Nachbar hat den Schlüssel gefunden" is
// "to find" (Ding gives finden "to think" first).

import type { LexSense } from "./lexicon";
import type { MeaningChoice } from "./meaning";
import { beforeNounPhrase, clauseBounds, type Draft, type SentenceContext } from "./sentence-context";

const SUPPOSING = /^to (?:assume|suppose|presume|surmise|guess|think)$/;
const SENTENCE_END = new Set([".", "!", "?", "…"]);
const COORDINATED = new Set(["und", "oder", "sowie"]);

/** Whether the noun at j stands after no preposition: "das Angebot", not "ohne Zögern" or "mit der Post". */
function unGoverned(drafts: readonly (Draft | null)[], from: number, j: number): boolean {
  const k = beforeNounPhrase(drafts, j, from - 1);
  return k < from || drafts[k]?.a.pos !== "prep";
}

/**
 * The first sense of verb `i` that is no supposing, where its first sense is one and its clause ends the
 * sentence with a common noun in it outside a prepositional phrase.
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
  let noun = false;
  for (let j = from; j <= to && !noun; j++) {
    const a = drafts[j]?.a;
    noun = j !== i && a?.pos === "noun" && !a.name && unGoverned(drafts, from, j);
  }
  if (!noun) return undefined;
  const at = senses.findIndex((s) => !supposes(s) && !s.prep && !s.reflexive);
  return at > 0 ? { sense: { sense: at, gloss: 0 } } : undefined;
}
