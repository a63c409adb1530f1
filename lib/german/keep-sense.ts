// halten with a predicative adjective is keeping something in a state: "Der Kaffee hält mich wach", "Wir
// müssen das geheim halten", "Er hält sich fit", "Halten Sie das Essen warm" are halten "to keep", not "to
// hold" (its first sense). With für the adjective is a judgement ("Ich halte das für richtig": "to
// consider"); words of how long or how well ("Das hält nicht lange") are no state. Something must be kept:
// an object pronoun, or two noun phrases (subject and object); "Das Seil hält sicher" holds.
import { senseGlossed } from "./kind-sense";
import type { MeaningChoice } from "./meaning";
import { clauseBounds, type Draft, type SentenceContext } from "./sentence-context";

const OBJECT_PRONOUNS = new Set(["mich", "dich", "sich", "uns", "euch", "ihn"]);
const NOMINALS = new Set(["noun", "name", "pron"]);
// Words that stand for a noun phrase where no noun follows them: "Wir müssen das geheim halten".
const STANDING_ALONE = new Set(["das", "es", "dies", "alles", "nichts", "etwas"]);

const NO_STATE = new Set(["lang", "lange", "gut", "besser", "schlecht", "viel", "wenig", "mehr", "weniger"]);

/**
 * Whether token j is an uninflected adjective at the end of the clause or right before a verb, where German
 * puts the state: "hält mich wach", "geheim halten" (not "hält direkt vor dem Hotel").
 */
function predicativeAt(drafts: readonly (Draft | null)[], j: number, to: number): boolean {
  const a = drafts[j]?.a;
  if (a?.pos !== "adj" || a.text.toLowerCase() !== a.lemma.toLowerCase() || NO_STATE.has(a.lemma)) return false;
  return (j === to || drafts[j + 1]?.a.pos === "verb") && drafts[j - 1]?.a.pos !== "prep";
}

/** Whether token j is an inflected adjective: "das geheime Treffen", not "das geheim halten". */
function inflectedAdjective(drafts: readonly (Draft | null)[], j: number): boolean {
  const a = drafts[j]?.a;
  return a?.pos === "adj" && a.text.toLowerCase() !== a.lemma.toLowerCase();
}

/** The sense "to keep" of halten where its clause has a predicative adjective and no für. */
export function keepSense(
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const d = drafts[i];
  if (d?.a.lemma !== "halten" || d.a.particle || !d.senses) return undefined;
  const [from, to] = clauseBounds(ctx.tokens, i);
  let state = false;
  let nominals = 0;
  let object = false;
  for (let j = from; j <= to; j++) {
    const a = drafts[j]?.a;
    const w = a?.text.toLowerCase() ?? "";
    if (w === "für") return undefined;
    state ||= j !== i && predicativeAt(drafts, j, to);
    const alone = STANDING_ALONE.has(w) && drafts[j + 1]?.a.pos !== "noun" && !inflectedAdjective(drafts, j + 1);
    if (a && (NOMINALS.has(a.pos) || alone) && drafts[j - 1]?.a.pos !== "prep") nominals++;
    object ||= OBJECT_PRONOUNS.has(w);
  }
  return state && (object || nominals >= 2) ? senseGlossed(d.senses, (g) => g === "to keep") : undefined;
}
