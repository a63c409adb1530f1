// A verb of rising or falling with a quantity: "Der Preis ist gesunken" is sinken "to decline", not "to
// sink"; "Die Zahl der Arbeitslosen hat abgenommen" abnehmen "to decline", not "to lose weight"; "Er hat
// drei Kilo zugenommen" zunehmen "to gain weight", not "to increase". What rises or falls says which.
import { clauseHas, isNounOf, senseGlossed } from "./kind-sense";
import type { MeaningChoice } from "./meaning";
import type { Draft, SentenceContext } from "./sentence-context";

// Nouns of amounts, prices and rates (or a compound's last part: Benzinpreis, Arbeitslosenzahl).
const QUANTITY_NOUNS = new Set(
  `Zahl Anzahl Menge Preis Kosten Kurs Wert Temperatur Anteil Umsatz Gewinn Verlust Nachfrage Einkommen Lohn
  Gehalt Miete Zins Zinsen Quote Rate Niveau Pegel Wasserstand Arbeitslosigkeit Inflation Produktion Export
  Import Bevölkerung Einwohnerzahl Geburtenrate Umsätze Preise Steuer Steuern Ausgabe Ausgaben Einnahme
  Einnahmen Schulden Defizit Druck Fieber Blutdruck Puls`.split(/\s+/),
);
// Units of weight: a person gains or loses weight.
const WEIGHT_UNITS = new Set(["Kilo", "Kilogramm", "Gramm", "Pfund"]);

const CHANGE = /^to (?:increase|rise|go up|grow|decrease|decline|fall|drop|go down|diminish)$/;
const WEIGHT = /\bweight\b/;

/**
 * The first sense of a verb glossed as a change of amount ("to decline", "to increase") where its clause
 * has a noun of quantity, or glossed with "weight" where it has a unit of weight; undefined where the first
 * sense is that one already, or the verb has none.
 */
export function quantitySense(
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const d = drafts[i];
  const senses = d?.senses ?? [];
  if (!d || senses.length < 2) return undefined;
  // A unit of weight wins: "drei Kilo zugenommen" is about weight whatever else the clause counts.
  const weight = clauseHas(ctx, drafts, i, (o) => o != null && WEIGHT_UNITS.has(o.a.lemma));
  const gloss = weight ? WEIGHT : clauseHas(ctx, drafts, i, (o) => isNounOf(QUANTITY_NOUNS, o)) ? CHANGE : undefined;
  return gloss ? senseGlossed(senses, (g) => gloss.test(g)) : undefined;
}

// Words between bei and its number: "bei rund 200.000 Euro", "bei knapp über 5 Prozent".
const APPROXIMATELY = new Set([
  "rund",
  "etwa",
  "ca.",
  "circa",
  "knapp",
  "gut",
  "über",
  "unter",
  "fast",
  "nur",
  "zirka",
]);

/**
 * "Die Kosten lagen bei rund 200.000 Euro", "Die Quote liegt bei fünf Prozent": bei before a number gives the
 * level an amount stands at, not the person it is up to (liegen bei "to be up to": "Das liegt bei dir"), so
 * the verb keeps its first sense without a preposition.
 */
export function levelSense(
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const senses = drafts[i]?.senses ?? [];
  if (!senses.some((s) => s.prep === "bei")) return undefined;
  const level = clauseHas(ctx, drafts, i, (d, j) => {
    if (d?.a.text.toLowerCase() !== "bei") return false;
    let k = j + 1;
    while (k <= j + 3 && APPROXIMATELY.has(ctx.tokens[k]?.text.toLowerCase() ?? "")) k++;
    const t = ctx.tokens[k];
    return t?.type === "number" || drafts[k]?.a.pos === "num";
  });
  if (!level) return undefined;
  const plain = senses.findIndex((s) => s.prep === undefined && !s.reflexive);
  return plain < 0 ? undefined : { sense: { sense: plain, gloss: 0 } };
}
