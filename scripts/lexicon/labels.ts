// How Ding's [labels] affect the ranking of a sense: register and regional labels mark senses a learner
// meets rarely; specialised subject fields rank below general ones.

const PENALTY: Record<string, number> = {
  veraltet: -3,
  altertümlich: -3,
  altertümelnd: -3,
  "obs.": -3,
  archaic: -3,
  former: -2,
  alt: -2,
  selten: -2,
  rare: -2,
  veraltend: -1.5,
  dated: -1.5,
  "becoming dated": -1.5,
  "vulg.": -2.5,
  derb: -2,
  slang: -1.5,
  "ugs.": -0.5,
  "coll.": -0.5,
  "pej.": -0.5,
  "humor.": -1,
  "iron.": -1,
  "euphem.": -1,
  "poet.": -1,
  literary: -1,
  "geh.": -0.5,
  Jägersprache: -1.5,
  Kindersprache: -1.5,
  Jugendsprache: -1.5,
  "Sprw.": -1,
  "prov.": -1,
  "übtr.": -0.3,
  "fig.": -0.3,
};

const REGIONAL = new Set([
  "Ös.",
  "Schw.",
  "Süddt.",
  "Norddt.",
  "Bayr.",
  "BW",
  "Mitteldt.",
  "Westdt.",
  "Mittelwestdt.",
  "Ostdt.",
  "Nordostdt.",
  "Nordwestdt.",
  "Südtirol",
  "Mittelostdt.",
  "Westös.",
  "Ostös.",
  "Sachsen",
  "Lie.",
  "Berlin",
  "Lux.",
  "Südwestdt.",
  "Tirol",
  "Wien",
  "Franken",
  "Vorarlberg",
  "Pfalz",
  "Baden",
  "Württemberg",
  "Westfalen",
  "Kärnten",
  "Hessen",
  "DDR",
  "Ostmitteldt.",
  "Westschw.",
  "Ostschw.",
  "Südostös.",
]);
// [Dt.] is not in the list: it marks the word used in Germany (abschließen [Dt.] beside absperren [Ös.]),
// the German a learner reads most.

// Subject fields that appear in everyday and news text keep their full weight.
const GENERAL_DOMAINS = new Set([
  "econ.",
  "fin.",
  "pol.",
  "jur.",
  "adm.",
  "soc.",
  "comp.",
  "cook.",
  "sport",
  "auto",
  "envir.",
  "mil.",
  "school",
  "transp.",
  "psych.",
  "art",
  "lit.",
  "phil.",
  "geogr.",
  "relig.",
  "telco.",
]);

const SUBJECT = /^[a-zäöü]+\.?$|^(sport|auto|print|art|school|tm)$/;

export function isDomain(label: string): boolean {
  return SUBJECT.test(label) && !(label in PENALTY) && !REGIONAL.has(label);
}

export function labelPenalty(labels: readonly string[]): number {
  let p = 0;
  for (const l of labels) {
    const fixed = PENALTY[l];
    if (fixed !== undefined) p += fixed;
    else if (REGIONAL.has(l)) p += -1.5;
    else if (l === "hist.") p += -1;
    else if (isDomain(l) && !GENERAL_DOMAINS.has(l)) p += -0.6;
  }
  return p;
}

/** Labels that make a single English gloss a poor first choice. */
export function isMarkedGloss(labels: readonly string[]): boolean {
  return labels.some((l) => (PENALTY[l] ?? 0) <= -1);
}
