// How something is with someone, said with a verb of standing or going and a dative.
// "Das Kleid steht dir gut", "Rot steht ihr nicht": stehen with someone it stands to, in the dative, and a
// judgement of how, is "to suit", not "to stand" (its first sense). Said of clothes, colours and hairstyles,
// it is one of the first uses of stehen a learner meets. The particle verbs that also take a dative
// (zustehen, beistehen, offenstehen) have their own lemmas, so only the plain verb is looked at here.

import { senseGlossed } from "./kind-sense";
import type { MeaningChoice } from "./meaning";
import { clauseWords, type Draft, type SentenceContext } from "./sentence-context";

const DATIVES = new Set(["mir", "dir", "ihm", "ihr", "uns", "euch", "ihnen"]);
// How well it suits: the words that judge a look. A clause without one ("Das Wasser steht ihm bis zum
// Hals", "Ihm steht der Sinn nach Ruhe") keeps stehen's own senses.
const JUDGEMENTS = new Set([
  "gut",
  "besser",
  "schlecht",
  "super",
  "toll",
  "prima",
  "klasse",
  "perfekt",
  "wunderbar",
  "ausgezeichnet",
  "hervorragend",
  "großartig",
  "fantastisch",
  "blendend",
  "nicht",
]);

/** The sense "to suit" of stehen with a dative and a judgement in its clause. */
export function suitSense(
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const d = drafts[i];
  if (d?.a.lemma !== "stehen" || !d.senses) return undefined;
  const words = clauseWords(ctx, d, i);
  // "zur Verfügung stehen", "zu Diensten stehen": a preposition's phrase says what the standing is.
  if (words.some((w) => w === "zur" || w === "zu" || w === "bis")) return undefined;
  if (!words.some((w) => DATIVES.has(w)) || !words.some((w) => JUDGEMENTS.has(w))) return undefined;
  return senseGlossed(d.senses, (g) => g === "to suit");
}

/**
 * "Wie geht es dir?", "Es geht mir gut", "Mir geht es schlecht": gehen with "es" and someone in the dative
 * says how that person is, Ding's "to get on; to do; to fare", not "to go" (its first sense). "Es geht um
 * …" (to be about) and "Es geht nicht" (no dative) keep their readings.
 */
export function faringSense(
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const d = drafts[i];
  if (d?.a.lemma !== "gehen" || !d.senses) return undefined;
  const words = clauseWords(ctx, d, i);
  if (!words.includes("es") || words.includes("um")) return undefined;
  if (!words.some((w) => DATIVES.has(w))) return undefined;
  return senseGlossed(d.senses, (g) => g === "to fare" || g === "to get on");
}
