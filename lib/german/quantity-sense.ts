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
