// A noun takes its sense of a kind of thing where another noun of its clause goes with that kind: "Auf den
// Umschlag gehört noch eine Marke" is Marke "stamp", not "brand"; "Der Kellner brachte uns die Karte" is Karte
// "menu", not "playing card"; "An der Grenze musste er seinen Pass vorzeigen" is Pass "passport"; "Die Ritter
// schützten sich mit einem Schild" is Schild "shield", not "sign". Each kind is a short closed list of the
// nouns it goes with and the English of the sense it selects. Verbs say it too: a gear is engaged, a
// recording sounds.
import type { KindByNoun, KindByVerb } from "./kind-sense";

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** What goes on a letter. */
export const STAMPS: KindByNoun = {
  nouns: words(`Brief Umschlag Briefumschlag Postkarte Paket Päckchen Porto Post Briefkasten`),
  gloss: /^(?:postage stamp|stamp)$/,
};

/** What a waiter brings: the menu, the bill. */
export const MENUS: KindByNoun = {
  nouns: words(`Kellner Kellnerin Restaurant Gasthaus Gaststätte Lokal Bedienung Ober Wirt Wirtin Vorspeise
    Nachtisch Hauptgang Getränk`),
  gloss: /^(?:menu|bill)$/,
};

/** What is shown at a border: a passport, to customs. */
export const BORDERS: KindByNoun = {
  nouns: words(`Grenze Grenzkontrolle Passkontrolle Flughafen Einreise Ausreise Grenzübergang Grenzbeamte
    Grenzbeamter`),
  gloss: /^(?:passport|customs)$/,
};

/** What knights and soldiers carry. */
export const SHIELDS: KindByNoun = {
  nouns: words(`Ritter Schwert Lanze Rüstung Krieger Speer Legionär Gladiator`),
  gloss: /^shield$/,
};

/** A gear is engaged or changed: "Er legte den ersten Gang ein" is Gang "gear", not "course". */
export const GEARS: KindByVerb = {
  verbs: words(`schalten einlegen runterschalten herunterschalten hochschalten raufschalten`),
  gloss: /^gear$/,
};

/** A recording sounds and is played: "Die Aufnahme des Konzerts klingt sehr gut" is "recording". */
export const RECORDED: KindByVerb = {
  verbs: words(`klingen anhören abspielen`),
  gloss: /^(?:recording|sound recording)$/,
};
