// lassen with an infinitive of where something is, liegen, stehen, hängen, stecken or sitzen, says that
// someone left it there: "Er hat seine Tasche im Bus liegen lassen", "Sie ließ den Schirm im Zug stehen",
// "Lass den Schlüssel stecken" are "to leave", not "to let" (lassen's first sense). German has no other
// verb for it; English has no "let lie".

import { senseGlossed } from "./kind-sense";
import type { MeaningChoice } from "./meaning";
import { clauseBounds, type Draft, type SentenceContext } from "./sentence-context";

/** Verbs of where a thing is, whose infinitive with lassen is "to leave" it there. */
const POSITIONS = new Set(["liegen", "stehen", "hängen", "stecken", "sitzen"]);

/** The sense "to leave" of lassen with an infinitive of position in its clause. */
export function leaveSense(
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const d = drafts[i];
  if (d?.a.lemma !== "lassen" || !d.senses) return undefined;
  const [from, to] = clauseBounds(ctx.tokens, i);
  let position = false;
  for (let j = from; j <= to; j++) {
    const o = drafts[j];
    if (j !== i && o?.a.pos === "verb" && POSITIONS.has(o.a.lemma) && o.a.text === o.a.lemma) position = true;
  }
  return position ? senseGlossed(d.senses, (g) => g === "to leave") : undefined;
}
