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

/** "Die Fähre legt um acht Uhr ab": ablegen "to cast off", not "to take off" (anlegen is vehicle-sense.ts's). */
const VESSELS: ThingKind = {
  nouns: words(`Schiff Fähre Boot Frachter Tanker Dampfer Kutter Jacht Yacht Segelboot Kreuzfahrtschiff Kahn`),
  gloss: /^to cast off$/,
};

/** "Der Fahrer hat mich vor der Haustür abgesetzt": absetzen "to drop off", not "to sell". */
const DRIVERS: ThingKind = {
  nouns: words(`Fahrer Fahrerin Taxi Taxifahrer Taxifahrerin Busfahrer Busfahrerin Chauffeur Chauffeurin`),
  gloss: /^to (?:drop off|let off)$/,
};

/** "Eine Löwin hat eine Antilope gerissen": reißen "to kill", not "to tear"; so a wolf a sheep. */
const PREDATORS: ThingKind = {
  nouns: words(`Löwe Löwin Wolf Wölfin Tiger Tigerin Luchs Leopard Gepard Raubtier Raubkatze Fuchs Bär Bärin`),
  gloss: /^to kill$/,
};

/** "Im Winter wird Holz geschlagen": schlagen "to fell trees", not "to beat". */
const TIMBER: ThingKind = {
  nouns: words(`Holz Brennholz Bauholz Förster Försterin Holzfäller Holzfällerin`),
  gloss: /^to fell trees$/,
};

/** "Der Vulkan ist erneut ausgebrochen": ausbrechen "to erupt", not "to break out". */
const VOLCANOES: ThingKind = {
  nouns: words(`Vulkan Lava Geysir`),
  gloss: /^to erupt$/,
};

/** "Das Hochwasser ist deutlich zurückgegangen": zurückgehen "to recede", not "to return". */
const FLOODS: ThingKind = {
  nouns: words(`Hochwasser Flut Pegel Wasserstand Überschwemmung`),
  gloss: /^to (?:recede|subside)$/,
};

/** "Der Wachmann hat den Einbrecher gestellt": stellen "to corner", not "to put". */
const FUGITIVES: ThingKind = {
  nouns: words(`Einbrecher Einbrecherin Dieb Diebin Räuber Räuberin Flüchtige Flüchtiger Ausbrecher Ausbrecherin`),
  gloss: /^to (?:corner|trap)$/,
};

/** "Das Tierheim hat drei Katzen aufgenommen": aufnehmen "to take in", not "to include". */
const SHELTERS: ThingKind = {
  nouns: words(`Tierheim Heim Pflegefamilie Flüchtling Asylbewerber Asylbewerberin Obdachlose Obdachloser`),
  gloss: /^to take in$/,
};

/** "Die Creme zieht schnell in die Haut ein": einziehen "to be absorbed", not "to withdraw". */
const ABSORBED: ThingKind = {
  nouns: words(`Creme Salbe Lotion Haut Feuchtigkeit Sonnencreme Gel`),
  gloss: /^to be absorbed$/,
};

/** "Die Hebamme hat tausend Kinder entbunden": entbinden "to deliver", not "to give birth". */
const MIDWIVES: ThingKind = {
  nouns: words(`Hebamme Geburtshelfer Geburtshelferin Entbindungspfleger Gynäkologe Gynäkologin`),
  gloss: /^to deliver$/,
};

/** "Der Polsterer hat das Sofa neu bezogen": beziehen "to cover", not "to draw". */
const UPHOLSTERY: ThingKind = {
  nouns: words(`Sofa Couch Sessel Polster Kissen Matratze Bett Polsterer Polsterin`),
  gloss: /^to cover$/,
};

/** "Die beiden haben sich im Standesamt trauen lassen": trauen "to marry", not "to dare to do". */
const WEDDINGS: ThingKind = {
  nouns: words(`Standesamt Standesbeamte Standesbeamter Standesbeamtin Brautpaar Trauzeuge Trauzeugin`),
  gloss: /^to marry$/,
};

/** "Der Ballon stieg langsam über die Dächer": steigen "to rise", not "to increase"; so smoke and mist. */
const RISING: ThingKind = {
  nouns: words(`Ballon Heißluftballon Rauch Dampf Nebel Rakete Drachen Lerche`),
  gloss: /^to rise$/,
};

/** "Das Handy lädt über Nacht an der Ladestation": laden "to charge", not "to load". */
const CHARGED: ThingKind = {
  nouns: words(`Akku Handy Smartphone Laptop Tablet Powerbank Wallbox Ladestation Ladesäule Ladekabel Ladegerät
    Elektroauto E-Auto Elektrofahrzeug E-Bike Pedelec`),
  gloss: /^to (?:charge|recharge)$/,
};

/** "Die Glocke wurde in Bronze gegossen": gießen "to cast", not "to water". Metals and what is cast of them. */
const CAST_METAL: ThingKind = {
  nouns: words(`Glocke Bronze Messing Zinn Blei Gussform Gießerei Glockengießer Glockengießerin Glockengießerei
    Hochofen Schmelze`),
  gloss: /^to cast$/,
};

/** "Im Herbst werden die Teiche abgelassen": ablassen "to drain", not "to discharge". Water held in a basin. */
const DRAINED: ThingKind = {
  nouns: words(`Teich Fischteich Karpfenteich Weiher Becken Schwimmbecken Pool Planschbecken Badewanne Wanne
    Stausee Aquarium Heizungswasser`),
  gloss: /^to (?:drain|drain off)$/,
};

/** "Soll ich Ihnen die Forelle ausnehmen?": ausnehmen "to gut", not "to except". Fish, fowl and game. */
const GUTTED: ThingKind = {
  nouns: words(`Fisch Forelle Karpfen Hering Lachs Zander Hecht Makrele Dorade Sardine Aal Huhn Hähnchen Gans Ente
    Truthahn Pute Kaninchen Hase Reh Wildschwein Fischer Fischerin Fischhändler Fischhändlerin`),
  gloss: /^to gut(?: an animal)?$/,
};

/** "Die jungen Apfelbäume werden im Winter veredelt": veredeln "to graft", not "to process". Fruit trees, roses, vines. */
const GRAFTED: ThingKind = {
  nouns: words(`Baum Obstbaum Rose Rosenstock Rebe Weinrebe Edelreis Unterlage Setzling Sämling Obstgehölz Gehölz`),
  gloss: /^to graft$/,
};

/**
 * "Die Bauern bauen Weizen und Raps an": anbauen "to cultivate", not "to add on to the house". Crops: grain,
 * vegetables, fruit, vines and the plants farmed for fibre, oil, drink or smoke.
 */
const CROPS: ThingKind = {
  nouns: words(`
    Getreide Weizen Roggen Gerste Hafer Dinkel Mais Reis Hirse Raps Soja Sojabohne Sonnenblume Hanf Flachs
    Baumwolle Tabak Hopfen Tee Kaffee Kakao Zuckerrohr Zuckerrübe Rübe Kartoffel Gemüse Obst Wein Rebe
    Weinrebe Traube Spargel Tomate Gurke Salat Kohl Zwiebel Karotte Möhre Bohne Erbse Linse Kürbis Erdbeere
    Olive Kraut Kräuter Heilpflanze Nutzpflanze Futterpflanze Feldfrucht Ackerfrucht Pflanze
  `),
  gloss: /^to cultivate$/,
};

/**
 * "Bei dem Frost ist die Windschutzscheibe gesprungen": springen "to crack", not "to jump". Glass, china and
 * tiles crack; a jumper's clause has none of them.
 */
const CRACKED: ThingKind = {
  nouns: words(`
    Glas Scheibe Fensterscheibe Windschutzscheibe Spiegel Vase Tasse Teller Schüssel Porzellan Keramik Fliese
    Kachel Display Glasur
  `),
  gloss: /^to crack$/,
};

/**
 * "Das Wasser läuft nicht mehr ab, der Abfluss ist verstopft": ablaufen "to run off", not "to go" (an event
 * going off). Water and other liquids run off; a time limit runs out ("Die Frist läuft ab").
 */
const RUN_OFF: ThingKind = {
  nouns: words(`Wasser Regenwasser Abwasser Badewasser Spülwasser Schmelzwasser Duschwasser Flüssigkeit Öl Regen`),
  gloss: /^to run off$/,
};

/**
 * "Er hat die Uhr seines Großvaters versetzt": versetzen "to pawn", not "to transfer". Valuables one pawns
 * (and a pawnshop's pledge); a transfer's clause has a person or a place.
 */
const PAWNED: ThingKind = {
  nouns: words(`Uhr Armbanduhr Taschenuhr Schmuck Ring Ehering Kette Halskette Armband Brosche Ohrring Pelz
    Pelzmantel Silber Silberbesteck Gold Goldkette Pfand Pfandhaus Pfandleihe Pfandleiher Pfandleiherin`),
  gloss: /^to (?:pawn|hock)$/,
};

/**
 * "Sie stillt ihr Baby": stillen "to breast-feed", not "to staunch" (blood) or "to quench" (thirst). Babies
 * only: a child or a son may quench his own thirst ("Das Kind hat seinen Durst gestillt").
 */
const NURSED: ThingKind = {
  nouns: words(`Baby Säugling Neugeborene Neugeborenes`),
  gloss: /^to breast-feed$/,
};

/** "Die Jury hat den Preis an eine junge Regisseurin vergeben": vergeben "to award", not "to forgive". */
const PRIZES: ThingKind = {
  nouns: words(`Preis Auszeichnung Stipendium Medaille Pokal Titel Orden Jury`),
  gloss: /^to award$/,
};

/** "Der Arzt hat mir eine Krankmeldung ausgestellt": ausstellen "to issue", not "to exhibit". */
const DOCUMENTS: ThingKind = {
  nouns: words(`Krankmeldung Attest Bescheinigung Rechnung Quittung Ausweis Pass Reisepass Visum Zeugnis Rezept
    Urkunde Genehmigung Scheck Haftbefehl`),
  gloss: /^to issue$/,
};

/** "Sein Körper hat die neue Niere abgestoßen": abstoßen "to reject", not "to push off". */
const TRANSPLANTS: ThingKind = {
  nouns: words(`Niere Leber Lunge Herz Organ Spenderorgan Transplantat Implantat Hornhaut`),
  gloss: /^to reject$/,
};

/** "Zwei Spieler kehren das Eis vor dem Stein": kehren "to sweep", not "to turn". */
const SWEPT: ThingKind = {
  nouns: words(`Boden Fußboden Hof Gehweg Bürgersteig Treppe Laub Schnee Eis Staub Dreck Scherben Schornstein Kamin`),
  gloss: /^to sweep$/,
};

/** "Vor dem Rennen muss man die Skier richtig wachsen": wachsen "to wax", not "to grow". */
const WAXED: ThingKind = {
  nouns: words(`Ski Skier Langlaufski Snowboard Surfbrett Schlitten Kufe Kufen Belag`),
  gloss: /^to wax$/,
};

/** Tried in this order after the kinds of kind-sense.ts. */
export const VERB_KINDS: readonly ThingKind[] = [
  EXAMS,
  PRIZES,
  DOCUMENTS,
  TRANSPLANTS,
  SWEPT,
  WAXED,
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
  VESSELS,
  DRIVERS,
  PREDATORS,
  TIMBER,
  VOLCANOES,
  FLOODS,
  FUGITIVES,
  SHELTERS,
  ABSORBED,
  MIDWIVES,
  UPHOLSTERY,
  WEDDINGS,
  RISING,
  CHARGED,
  CAST_METAL,
  DRAINED,
  GUTTED,
  GRAFTED,
  CROPS,
  CRACKED,
  RUN_OFF,
  PAWNED,
  NURSED,
];
