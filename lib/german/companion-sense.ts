// A noun takes its sense of a kind of thing where another noun of its clause goes with that kind: "Auf den
// Umschlag gehört noch eine Marke" is Marke "stamp", not "brand"; "Der Kellner brachte uns die Karte" is Karte
// "menu", not "playing card"; "An der Grenze musste er seinen Pass vorzeigen" is Pass "passport"; "Die Ritter
// schützten sich mit einem Schild" is Schild "shield", not "sign". Each kind is a short closed list of the
// nouns it goes with and the English of the sense it selects. Verbs say it too: a gear is engaged, a
// recording sounds.
import type { KindByVerb, ThingKind } from "./kind-sense";

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** What goes on a letter. */
export const STAMPS: ThingKind = {
  nouns: words(`Brief Umschlag Briefumschlag Postkarte Paket Päckchen Porto Post Briefkasten`),
  gloss: /^(?:postage stamp|stamp)$/,
};

/** What a waiter brings: the menu, the bill. */
export const MENUS: ThingKind = {
  nouns: words(`Kellner Kellnerin Restaurant Gasthaus Gaststätte Lokal Bedienung Ober Wirt Wirtin Vorspeise
    Nachtisch Hauptgang Getränk`),
  gloss: /^(?:menu|bill)$/,
};

/** What is shown at a border: a passport, to customs. */
export const BORDERS: ThingKind = {
  nouns: words(`Grenze Grenzkontrolle Passkontrolle Flughafen Einreise Ausreise Grenzübergang Grenzbeamte
    Grenzbeamter Koffer Gepäck`),
  gloss: /^(?:passport|customs)$/,
};

/** What knights and soldiers carry. */
export const SHIELDS: ThingKind = {
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

/** A blanket is pulled up, laid over someone, tucked in: "Sie zog die Decke bis zum Kinn hoch" is "blanket". */
export const COVERS: KindByVerb = {
  verbs: words(`ziehen hochziehen legen zudecken ausbreiten einwickeln wickeln kuscheln`),
  gloss: /^blanket$/,
};

/** A spot on the body: "Die Stelle am Knie tut noch weh" is Stelle "place", not "position of employment". */
export const BODY_SPOTS: ThingKind = {
  nouns: words(`Knie Arm Bein Hand Fuß Kopf Rücken Haut Hals Schulter Finger Gesicht Bauch Brust Stirn Wade`),
  gloss: /^(?:place|spot)$/,
};

/**
 * Chess: a move, and the pieces ("Sie opferte ihren Turm und gewann die Partie" is Turm "rook", not "tower";
 * Läufer "bishop", Bauer "pawn", Dame "queen", Springer "knight").
 */
export const GAME_MOVES: ThingKind = {
  nouns: words(`Partie Schach Schachpartie Schachbrett Brettspiel Schachspieler Schachspielerin Spielbrett`),
  gloss: /^(?:move|rook|bishop|pawn|queen|knight)$/,
};

/** A message is written, sent, left: "Sie schrieb ihm eine Nachricht" is Nachricht "message", not "news". */
export const MESSAGES: KindByVerb = {
  verbs: words(`schreiben schicken senden verschicken hinterlassen tippen`),
  gloss: /^message$/,
};

/** A school subject is taught, studied, taken: "Welches Fach unterrichten Sie?" is "school subject". */
export const SUBJECTS: KindByVerb = {
  verbs: words(`unterrichten lehren studieren belegen abwählen`),
  gloss: /^(?:school subject|subject)$/,
};

/** A part of a text is read, skipped, quoted: "Bitte lies den zweiten Absatz" is Absatz "paragraph". */
export const TEXT_PARTS: KindByVerb = {
  verbs: words(`lesen vorlesen überspringen markieren zitieren umschreiben überarbeiten`),
  gloss: /^(?:paragraph|passage|verse|chapter)$/,
};

/** A bench stands in a park: "Die Bank steht im Park unter einer Linde" is Bank "bench", not "bank". */
export const PARKS: ThingKind = {
  nouns: words(`Park Stadtpark Garten Spielplatz Ufer Linde Baum Allee Wiese Promenade`),
  gloss: /^bench$/,
};

/** A farm is worked: "Der Hof wird seit vier Generationen bewirtschaftet" is Hof "farm", not "courtyard". */
export const FARMS: KindByVerb = {
  verbs: words(`bewirtschaften melken ackern`),
  gloss: /^farm$/,
};

/** A book comes in editions: "Die erste Auflage des Buches war schnell vergriffen" is Auflage "print run". */
export const EDITIONS: ThingKind = {
  nouns: words(`Buch Roman Verlag Zeitung Zeitschrift Band Werk Exemplar Lexikon Gedichtband Bestseller`),
  gloss: /^(?:print run|edition|impression)$/,
};

/** A permit is granted on conditions: "Die Genehmigung wurde unter strengen Auflagen erteilt" is "condition". */
export const CONDITIONS: ThingKind = {
  nouns: words(`Genehmigung Erlaubnis Bewilligung Lizenz Zulassung Bescheid Behörde`),
  gloss: /^(?:condition|requirement)$/,
};

/** A race is run in laps to a finish: "Die Läuferin lag nach der zweiten Runde in Führung" is Runde "lap". */
export const RACES: ThingKind = {
  nouns: words(`Läufer Läuferin Rennen Rennfahrer Rennfahrerin Rennstrecke Marathon Stadion Schwimmer Schwimmerin
    Regatta Ruderer Ruderin Boot`),
  gloss: /^(?:lap|finishing line|finish)$/,
};

/** What is staked at a game of chance: "Beim Pokern verlor er seinen ganzen Einsatz" is Einsatz "stake". */
export const GAMBLING: ThingKind = {
  nouns: words(`Poker Pokern Roulette Kasino Casino Spielbank Wette Lotto Spieltisch`),
  gloss: /^(?:stake|bet|wager)$/,
};

/** A flat is on a floor: "Die Wohnung liegt im dritten Stock" is Stock "floor", not "stick". */
export const STOREYS: ThingKind = {
  nouns: words(`Wohnung Haus Gebäude Aufzug Fahrstuhl Büro Treppe Hochhaus`),
  gloss: /^(?:floor|storey|story)$/,
};

/** A hospital has wards and gives injections: "Nach der Operation lag er auf Station vier" is "medical ward". */
export const HOSPITALS: ThingKind = {
  nouns: words(`Operation Krankenhaus Klinik Arzt Ärztin Patient Patientin Pfleger Pflegerin Chirurg Chirurgin`),
  gloss: /^(?:medical ward|injection)$/,
};

/** The stage: "Nach dem letzten Akt gab es minutenlangen Beifall" is Akt "act"; a dancer's Probe a rehearsal. */
export const STAGES: ThingKind = {
  nouns: words(`Beifall Applaus Bühne Theater Oper Vorhang Publikum Schauspieler Schauspielerin Tänzer Tänzerin
    Ballett Inszenierung Premiere Orchester Chor`),
  gloss: /^(?:act|rehearsal)$/,
};

/** Tennis: "Beim Aufschlag hat er zweimal das Netz getroffen" is Aufschlag "serve", not "impact". */
export const TENNIS: ThingKind = {
  nouns: words(`Netz Tennis Tennisspieler Tennisspielerin Tennisball Schläger`),
  gloss: /^serve$/,
};

/** Detectives follow a lead: "Die Kommissarin verfolgt eine heiße Spur" is Spur "trail", not "trace". */
export const LEADS: ThingKind = {
  nouns: words(`Kommissar Kommissarin Polizei Ermittler Ermittlerin Täter Täterin Detektiv Detektivin`),
  gloss: /^(?:lead|trail)$/,
};

/** A road has lanes: "Wegen der Baustelle ist auf der Autobahn nur eine Spur frei" is "traffic lane". */
export const ROADS: ThingKind = {
  nouns: words(`Autobahn Straße Fahrbahn Baustelle Bundesstraße`),
  gloss: /^(?:traffic lane|driving lane|lane)$/,
};

/** A parliament has motions and is dissolved: "Der Antrag der Opposition wurde abgelehnt" is "motion". */
export const PARLIAMENTS: ThingKind = {
  nouns: words(`Opposition Parlament Fraktion Abgeordnete Abgeordneter Bundestag Landtag`),
  gloss: /^(?:motion|dissolution)$/,
};

/** A fraction is reduced: "Den Bruch kann man noch durch drei kürzen" is Bruch "fraction". */
export const FRACTIONS: KindByVerb = {
  verbs: words(`kürzen erweitern addieren subtrahieren multiplizieren dividieren`),
  gloss: /^fraction$/,
};

/** Flowers are tied into a bunch with a ribbon: "den Strauß mit einem Band zusammengebunden". */
export const BUNCHES: KindByVerb = {
  verbs: words(`binden zusammenbinden pflücken`),
  gloss: /^(?:bunch|bouquet|ribbon)$/,
};

/**
 * A market stall is rented, put up, taken down and run: "Für Samstag habe ich einen Stand gemietet" is Stand
 * "market stall", not "state".
 */
export const STALLS: KindByVerb = {
  verbs: words(`mieten anmieten aufbauen abbauen betreiben`),
  gloss: /^(?:market stall|market stand|market booth)$/,
};

/** An aeroplane lands: "Die Maschine aus Madrid ist pünktlich gelandet" is Maschine "aeroplane". */
export const AIRCRAFT: KindByVerb = {
  verbs: words(`landen notlanden`),
  gloss: /^(?:aeroplane|airplane|aircraft|plane)$/,
};

/** A congregation sings and prays: "Die Gemeinde sang zum Schluss ein Lied" is "congregation". */
export const CONGREGATIONS: KindByVerb = {
  verbs: words(`singen beten`),
  gloss: /^congregation$/,
};

/** A ship has a hull: "Der Rumpf des Frachters wurde in drei Teilen gefertigt" is Rumpf "hull", not "trunk". */
export const SHIPS: ThingKind = {
  nouns: words(`Schiff Frachter Boot Fähre Tanker Jacht Yacht Werft Segelboot Kutter Kahn Dampfer Kreuzfahrtschiff`),
  gloss: /^hull$/,
};

/** A shoe has a heel: "Der Schuster hat meinen Stiefeln neue Absätze gemacht" is Absatz "heel", not "sales". */
export const SHOES: ThingKind = {
  nouns: words(`Schuh Stiefel Schuster Schusterin Schuhmacher Schuhmacherin Sandale Pumps Sohle`),
  gloss: /^heel$/,
};

/** Water runs from a tap: "Der Hahn in der Dusche tropft" is Hahn "tap", not "cock". */
export const TAPS: ThingKind = {
  nouns: words(`Dusche Waschbecken Spüle Badewanne Badezimmer Bad Klempner Klempnerin Installateur Installateurin
    Wasser`),
  gloss: /^(?:tap|faucet)$/,
};

/** A glazier puts in window panes: "Der Glaser hat die gesprungene Scheibe ersetzt" is "window pane", not "disc". */
export const WINDOWS: ThingKind = {
  nouns: words(`Glaser Glaserin Fenster Fensterrahmen Schaufenster Kitt`),
  gloss: /^(?:window pane|pane)$/,
};

/** A string instrument has a bridge: "Der Geigenbauer hat einen neuen Steg aufgesetzt" is Steg "bridge". */
export const STRING_INSTRUMENTS: ThingKind = {
  nouns: words(`Geige Violine Bratsche Cello Kontrabass Gitarre Laute Saite Geigenbauer Geigenbauerin`),
  gloss: /^bridge$/,
};

/** A pianist plays a grand: "Auf der Bühne stand ein schwarzer Flügel" is Flügel "grand piano", not "wing". */
export const PIANOS: ThingKind = {
  nouns: words(`Pianist Pianistin Klavier Konzert Konzertsaal Bühne Taste Tastatur Pedal`),
  gloss: /^grand piano$/,
};

/** Archery: "Sie spannte den Bogen und zielte auf die Zielscheibe" is Bogen "bow", not "arch". */
export const ARCHERY: ThingKind = {
  nouns: words(`Pfeil Sehne Zielscheibe Köcher Bogenschütze Bogenschützin Schütze Schützin`),
  gloss: /^bow$/,
};

/** A search gives results: "Die Suche liefert über tausend Treffer" is Treffer "search result", not "goal". */
export const SEARCHES: ThingKind = {
  nouns: words(`Suche Suchmaschine Suchanfrage Suchbegriff Abfrage Datenbank`),
  gloss: /^search result$/,
};

/** Food is a dish: "Das beliebteste Gericht am Stand ist die Currywurst" is Gericht "dish", not "court". */
export const FOOD: ThingKind = {
  nouns: words(`Rezept Zutat Beilage Speisekarte Koch Köchin Wurst Suppe Eintopf Nudel Gemüse Fleisch Fisch Soße
    Sauce Salat Braten Auflauf`),
  gloss: /^dish$/,
};

/**
 * A side dish goes with a meal: "Zu jedem Hauptgericht gibt es eine Beilage nach Wahl" is Beilage "side
 * order", not a newspaper's "supplement".
 */
export const SIDE_DISHES: ThingKind = {
  nouns: words(`Hauptgericht Hauptgang Gericht Speisekarte Menü Fleisch Fisch Schnitzel Steak Braten Kartoffel Pommes
    Reis Nudel Gemüse Salat Soße Sauce Mittagessen Abendessen Restaurant Kantine`),
  gloss: /^(?:side order|meal accompaniment)$/,
};

/** A work shift starts at an hour: "Meine Schicht fängt um sechs Uhr an" is Schicht "shift", not "layer". */
export const SHIFTS: ThingKind = {
  nouns: words(`Uhr Uhrzeit Feierabend Dienstplan Kollege Kollegin Fabrik Pause`),
  gloss: /^shift$/,
};

/** Paper is folded in sheets: "Das Blatt wird zuerst diagonal gefaltet" is Blatt "sheet", not "leaf". */
export const FOLDED: KindByVerb = {
  verbs: words(`falten zusammenfalten knicken zerknüllen`),
  gloss: /^sheet$/,
};

/** A nut is tightened: "Ziehen Sie die Muttern mit dem Schlüssel fest" is Mutter "nut", not "mother". */
export const NUTS: KindByVerb = {
  verbs: words(`festziehen festdrehen`),
  gloss: /^(?:screw-nut|nut)$/,
};

/** Dice are rolled for their pips: "Wer die meisten Augen würfelt, fängt an" is Auge "pip", not "eye". */
export const DICE: KindByVerb = {
  verbs: words(`würfeln auswürfeln erwürfeln`),
  gloss: /^pip$/,
};

/** A beetle or a tortoise has a shell: "Die Schildkröte zieht den Kopf in den Panzer" is Panzer "carapace", not "tank". */
export const SHELLED_ANIMALS: ThingKind = {
  nouns: words(`Käfer Schildkröte Wasserschildkröte Krebs Hummer Krabbe Languste Gürteltier Skorpion Assel`),
  gloss: /^carapace$/,
};
