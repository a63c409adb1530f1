// One part of a series that comes out part after part: "Die letzte Folge der Serie läuft am Sonntag" is Folge
// "episode", not "sequence"; "Das neue Heft der Zeitschrift" Heft "issue", not "writing book"; "Die erste
// Auflage des Buches" Auflage "print run", not "rest". A place in the series right before the noun (an
// ordinal, letzte, nächste, neue, aktuelle …) and a publication or a series in its clause make it one of many.
import { clauseHas, isNounOf } from "./kind-sense";
import type { MeaningChoice } from "./meaning";
import type { Draft, SentenceContext } from "./sentence-context";

// What comes out in parts (or a compound's last part: Fernsehserie, Tageszeitung, Kinderbuch).
const PUBLICATIONS: ReadonlySet<string> = new Set(
  `Buch Zeitung Zeitschrift Magazin Illustrierte Roman Serie Reihe Sendung Sendereihe Comic Krimi Podcast Staffel
  Lexikon Enzyklopädie Wörterbuch`.split(/\s+/),
);
// Adjectives of a place in a series (by lemma; nächste is nah's superlative).
const PLACES = new Set(["letzt", "nah", "neu", "aktuell", "jüngst", "vorig", "vorletzt", "kommend", "folgend"]);
// The English of one part of a series.
const PART = /^(?:episode|issue|edition|print run|volume)$/;

function placeInSeries(ctx: SentenceContext, d: Draft | null | undefined, k: number): boolean {
  if (ctx.tokens[k]?.type === "number") return /^\d+\.?$/.test(ctx.tokens[k]?.text ?? "");
  if (d?.a.pos === "num") return /te[nrsm]?$/i.test(d.a.text);
  return d?.a.pos === "adj" && PLACES.has(d.a.lemma);
}

/**
 * The first sense of noun `i` glossed as a part of a series, where a place in the series stands right before
 * it and a publication in its clause; undefined where the first sense is one already.
 */
export function seriesSense(
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const senses = drafts[i]?.senses ?? [];
  if (senses.length < 2 || !placeInSeries(ctx, drafts[i - 1], i - 1)) return undefined;
  if (!clauseHas(ctx, drafts, i, (o) => isNounOf(PUBLICATIONS, o))) return undefined;
  const at = senses.findIndex((s) => !s.reflexive && s.glosses.some((g) => PART.test(g)));
  if (at <= 0) return undefined;
  return { sense: { sense: at, gloss: Math.max(0, senses[at]?.glosses.findIndex((g) => PART.test(g)) ?? 0) } };
}
