// A verb whose subject is weather takes Ding's weather sense [meteo.]: "Am Nachmittag ziehen dunkle Wolken
// auf" is aufziehen "to brew", not "to nurse"; "Der Wind frischt auf" auffrischen "to pick up", not "to
// renew"; "Der Regen blieb aus" ausbleiben "to hold off", not "to stay away". A first sense that already
// says what weather does stays: "Der Wind weht" is "to blow", not [meteo.] "to gust".

import { clauseHas, isNounOf, joinRareSense } from "./kind-sense";
import type { Lexicon, LexSense } from "./lexicon";
import type { MeaningChoice } from "./meaning";
import { clauseWords, type Draft, type SentenceContext } from "./sentence-context";
import { reflexiveInClause } from "./verb-grammar";

// Weather and what brings it (or a compound's last part: Gewitterwolke, Schneesturm, Kaltfront).
const WEATHER: ReadonlySet<string> = new Set(
  `Wetter Wolke Gewitter Sturm Unwetter Orkan Regen Schauer Schnee Hagel Nebel Dunst Wind Böe Front Tief
  Niederschlag Frost`.split(/\s+/),
);

// What weather does, in English: a first sense glossed so needs no weather sense.
const WEATHER_DOES = /^to (?:blow|change|turn|rise|fall|drop|come|move|clear|pass|rain|snow|pour|last)\b/;

/** Whether the noun at j is the clause's weather and no preposition's object ("im Regen", "bei Sturm"). */
function weatherSubject(drafts: readonly (Draft | null)[], j: number): boolean {
  if (!isNounOf(WEATHER, drafts[j])) return false;
  let k = j - 1;
  while (k >= 0 && (drafts[k]?.a.pos === "adj" || drafts[k]?.a.pos === "det" || drafts[k]?.a.pos === "num")) k--;
  return drafts[k]?.a.pos !== "prep";
}

/**
 * The first weather sense of verb `i` whose reflexive use fits the clause, where weather is its subject.
 * Ding files some after its everyday senses, kept for the alignment only ("aufziehen" … "[meteo.] to
 * brew"); such a sense joins the card, as an object's does: the weather is evidence enough.
 */
export function weatherSense(
  lex: Lexicon,
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const d = drafts[i];
  const own = d?.senses ?? [];
  if (!d || !own.length || own[0]?.domains.includes("meteo.")) return undefined;
  if (own[0]?.glosses.some((g) => WEATHER_DOES.test(g))) return undefined;
  if (!clauseHas(ctx, drafts, i, (_, j) => weatherSubject(drafts, j))) return undefined;
  const reflexive = reflexiveInClause(clauseWords(ctx, d, i));
  const fits = (s: LexSense) => s.domains.includes("meteo.") && (s.reflexive === true) === reflexive;
  const at = own.findIndex(fits);
  if (at > 0) return { sense: { sense: at, gloss: 0 } };
  const rare = joinRareSense(lex, d, fits);
  return rare === undefined ? undefined : { sense: { sense: rare, gloss: 0 } };
}
