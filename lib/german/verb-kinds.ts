// More kinds of thing that select a verb's sense where a noun of that kind is in its clause (kind-sense.ts
// rareKindSense): one fails an exam, hands in a key, provides findings, grinds an edge, relieves a guard,
// takes someone out to dinner, sells off shares, hews stone, takes down a stage, breaks open a boot. Each is a
// short closed list of nouns (a compound counts by its last part) and the English of the sense it selects.
import { LOCKABLE, type ThingKind } from "./kind-sense";

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** "Er ist in Mathe durchgefallen": durchfallen "to fail" (Ding gives it with bei). */
const EXAMS: ThingKind = {
  nouns: words(`Prüfung Examen Test Klausur Mathe Abitur Abschlussprüfung Führerscheinprüfung`),
  gloss: /^to fail$/,
  withPreposition: true,
};

/** "Geben Sie den Schlüssel an der Rezeption ab": abgeben "to hand in", not "to deliver". */
const HANDED_IN: ThingKind = {
  nouns: words(`Schlüssel Formular Hausarbeit Hausaufgabe Bewerbung Steuererklärung Fundsache Rezeption`),
  gloss: /^to (?:hand in|submit)$/,
};

/** "Die Ausgrabung hat neue Erkenntnisse geliefert": liefern "to provide", not "to deliver". */
const FINDINGS: ThingKind = {
  nouns: words(`Erkenntnis Beweis Hinweis Ergebnis Argument Beleg Indiz Aufschluss`),
  gloss: /^to (?:provide|furnish|supply|yield)$/,
};

/** "Die Kanten müssen noch geschliffen werden": schleifen "to grind", not "to drag". */
const EDGES: ThingKind = {
  nouns: words(`Kante Messer Klinge Schere Oberfläche Edelstein Diamant Linse Parkett`),
  gloss: /^to (?:grind|sharpen|sand|rub down)$/,
};

/** "Diese Übung löst Verspannungen im Nacken": lösen "to release", not "to solve". */
const TENSIONS: ThingKind = {
  nouns: words(`Verspannung Krampf Muskel Blockade Spannung`),
  gloss: /^to release$/,
};

/** "Der Wachposten wurde abgelöst": ablösen "to relieve". */
const GUARDS: ThingKind = {
  nouns: words(`Wache Wachposten Posten Wachmann Schicht Schichtarbeiter`),
  gloss: /^to relieve$/,
};

/** "Er hat sie zum Essen ausgeführt": ausführen "to take out", not "to state". */
const OUTINGS: ThingKind = {
  nouns: words(`Essen Abendessen Mittagessen Kino Restaurant Tanz`),
  gloss: /^to take out$/,
};

/** "Der Fonds hat seine Anteile abgestoßen": abstoßen "to sell off", not "to push off". */
const HOLDINGS: ThingKind = {
  nouns: words(`Anteil Aktie Beteiligung Sparte Tochter Tochterfirma Tochtergesellschaft Geschäftsbereich`),
  gloss: /^to sell off$/,
};

/** "Der Bildhauer hat die Figur aus dem Marmor gehauen": hauen "to hew", not "to belt". */
const STONE: ThingKind = {
  nouns: words(`Marmor Stein Marmorblock Fels Bildhauer Bildhauerin Skulptur Statue`),
  gloss: /^to hew$/,
};

/** "Die Bühne wurde in zwei Tagen abgebaut": abbauen "to dismantle", not "to mine". */
const STRUCTURES: ThingKind = {
  nouns: words(`Bühne Zelt Stand Gerüst Messestand Kulisse Tribüne Regal`),
  gloss: /^to (?:dismantle|take down)$/,
};

/** "Die Diebe haben den Kofferraum aufgebrochen": aufbrechen "to break open", not "to crack". */
const BROKEN_INTO: ThingKind = { nouns: LOCKABLE.nouns, gloss: /^to (?:break open|force open|prise open)$/ };

/** Tried in this order after the kinds of kind-sense.ts. */
export const VERB_KINDS: readonly ThingKind[] = [
  EXAMS,
  HANDED_IN,
  FINDINGS,
  EDGES,
  TENSIONS,
  GUARDS,
  OUTINGS,
  HOLDINGS,
  STONE,
  STRUCTURES,
  BROKEN_INTO,
];
