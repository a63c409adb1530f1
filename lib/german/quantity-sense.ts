// A verb of rising or falling with a quantity: "Der Preis ist gesunken" is sinken "to decline", not "to
// sink"; "Die Zahl der Arbeitslosen hat abgenommen" abnehmen "to decline", not "to lose weight"; "Er hat
// drei Kilo zugenommen" zunehmen "to gain weight", not "to increase". What rises or falls says which.
import { isNounOf, senseGlossed } from "./kind-sense";
import type { MeaningChoice } from "./meaning";
import { clauseBounds, type Draft, type SentenceContext } from "./sentence-context";

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
  const [from, to] = clauseBounds(ctx.tokens, i);
  let quantity = false;
  let weight = false;
  for (let j = from; j <= to; j++) {
    const o = drafts[j];
    if (j === i || !o) continue;
    if (WEIGHT_UNITS.has(o.a.lemma)) weight = true;
    else if (isNounOf(QUANTITY_NOUNS, o)) quantity = true;
  }
  const test = weight ? (g: string) => WEIGHT.test(g) : quantity ? (g: string) => CHANGE.test(g) : undefined;
  return test ? senseGlossed(senses, test) : undefined;
}
