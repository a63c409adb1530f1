import { describe, expect, it } from "vitest";
import { splitCompound } from "./compounds";
import { nounLemmas } from "./lemmatize";
import { getLexicon } from "./lexicon";
import { analyse, word } from "./test-helpers";

const lex = getLexicon();

/** Parts as "Lemma(link)+Lemma", or "whole" when the word is not shown as a compound. */
function split(noun: string): string {
  const whole = nounLemmas(lex, noun)[0];
  const c = splitCompound(lex, noun, whole);
  return c ? c.parts.map((p) => p.lemma + (p.link ? `(${p.link})` : "")).join("+") : "whole";
}

describe("a two-letter head", () => {
  it.each([
    ["Kettenöl", "Kette(n)+Öl"],
    ["Olivenöl", "Olive(n)+Öl"],
    ["Spiegelei", "Spiegel+Ei"],
  ])("splits the dictionary word %s whose English has the head's word: %s", (noun, parts) => {
    expect(split(noun)).toBe(parts);
  });

  it("leaves a dictionary word whole whose English has the head only as a piece (Bäckerei: bakery)", () => {
    expect(split("Bäckerei")).toBe("whole");
  });
});

describe("compound splitting", () => {
  it.each([
    ["Baumilliardär", "Bau+Milliardär"],
    ["Wahlkampfversprechen", "Wahl+Kampf+Versprechen"],
    ["Kurznachrichtenplattform", "kurz+Nachricht(en)+Plattform"],
    ["Festlandchinese", "Festland+Chinese"],
    ["Arbeitsplatz", "Arbeit(s)+Platz"],
    ["Importzoll", "Import+Zoll"],
    // A verb stem as the first part, where no noun or adjective fits.
    ["Aufräumarbeit", "aufräumen+Arbeit"],
    ["Bohrmaschinenverleih", "bohren+Maschine(n)+Verleih"],
    // A verb stem before a combining form (Wander-, "peripatetic"); the linking -er only where it is a
    // plural (Bild|er|buch), so no Wand|er|weg.
    ["Wanderweg", "wandern+Weg"],
    ["Bilderbuch", "Bild(er)+Buch"],
    // A plural-only noun as a modifier as it stands.
    ["Ferienhaus", "Ferien+Haus"],
    ["Nebenkostenabrechnung", "Nebenkosten+Abrechnung"],
    // A part is shown split only where its first part's meaning is in its English (Wahl·kampf: election
    // campaign); Wertstoff (recyclable material, not value) and Nebenkosten (incidental costs) stay whole.
    ["Wahlkampfversprechen", "Wahl+Kampf+Versprechen"],
    ["Wertstoffhof", "Wertstoff+Hof"],
    // The head's meaning may be a later sense of its own: Kreis "circle", third "administrative district".
    ["Landkreis", "Land+Kreis"],
    // Of two splits into as many parts, the one whose parts a dictionary word's English names more of:
    // Tierarzt·praxis "veterinary practice" (not Tier + Arztpraxis), Fahrrad·weg "bike path" (not fahren +
    // Radweg); a tie leaves the longer head (Haupt·bahnhof "main station", not Hauptbahn + Hof).
    ["Tierarztpraxis", "Tierarzt+Praxis"],
    ["Fahrradweg", "Fahrrad+Weg"],
    ["Staatsunternehmen", "Staat(s)+Unternehmen"],
    ["Triebkraft", "Trieb+Kraft"],
    ["Textilunternehmen", "Textil+Unternehmen"],
    ["Internethändler", "Internet+Händler"],
    ["Wahlsieg", "Wahl+Sieg"],
    ["Staatsbürger", "Staat(s)+Bürger"],
    ["Staatszeitung", "Staat(s)+Zeitung"],
    ["Tochterunternehmen", "Tochter+Unternehmen"],
    ["Expansionspläne", "Expansion(s)+Plan"],
    ["Stahlproduktion", "Stahl+Produktion"],
    ["Firmensprecher", "Firma+Sprecher"],
    ["Kleinunternehmen", "klein+Unternehmen"],
    ["Bundesregierung", "Bund(es)+Regierung"],
    // The longer head "Stag" (a ship's stay) only moves the linking -s- across the seam: frequency decides.
    ["Bundestag", "Bund(es)+Tag"],
    ["Handelsabkommen", "Handel(s)+Abkommen"],
    ["Umweltschutzgesetz", "Umwelt+Schutz+Gesetz"],
    ["Kinderbetreuung", "Kind(er)+Betreuung"],
    ["Wohnungsmarkt", "Wohnung(s)+Markt"],
    // A separable particle that is also a noun is a head like any noun.
    ["Volksfest", "Volk(s)+Fest"],
    ["Stadtteil", "Stadt+Teil"],
    ["Radweg", "Rad+Weg"],
    ["Kinderheim", "Kind(er)+Heim"],
    // One that is only otherwise a noun starts a compound as that noun (treebank: Teilabnahme, Heimspielen).
    ["Teilabnahme", "Teil+Abnahme"],
    ["Heimarbeit", "Heim+Arbeit"],
    ["Losnummer", "Los+Nummer"],
    // A plural-only noun starts a compound in its one form, unless it is the plural of as common a singular.
    ["Datenschutz", "Daten+Schutz"],
    ["Kostenvoranschlag", "Kosten+Voranschlag"],
    ["Elternabend", "Eltern+Abend"],
    ["Ferienwohnung", "Ferien+Wohnung"],
    ["Heizkostenabrechnung", "heizen+Kosten+Abrechnung"],
    // A plural-only headword the full-form data knows as a singular's plural is that singular + its ending.
    ["Amphibienart", "Amphibie(n)+Art"],
    ["Blumenzwiebel", "Blume(n)+Zwiebel"],
    // The longer head is a word nobody uses (Hauspersonal): frequency decides, not length (Kranke·n|Hauspersonal).
    ["Krankenhauspersonal", "Krankenhaus+Personal"],
    // A part that is a compound itself is split only where its meaning is its parts' (Wahl·kampf above).
    ["Berggasthof", "Berg+Gasthof"],
    ["Bürokauffrau", "Büro+Kauffrau"],
    ["Betriebskostenabrechnung", "Betrieb(s)+Kosten+Abrechnung"],
    // The head keeps a dictionary compound whole: main + station, not main + railway + yard.
    ["Hauptbahnhof", "Haupt+Bahnhof"],
    ["Nettokaltmiete", "Netto+Kaltmiete"],
    ["Wanderparkplatz", "wandern+Parkplatz"],
    // The head of an inflected dictionary compound is the noun the whole is a form of, not a nominalised
    // infinitive (das Blasen, das Pflanzen).
    ["Seifenblasen", "Seife(n)+Blase"],
    ["Kübelpflanzen", "Kübel+Pflanze"],
    // A compound the dictionary lacks may start with a particle that is also an adjective (Festplatte,
    // a dictionary word, stays whole below).
    ["Hochbeet", "hoch+Beet"],
    // Not where a noun on the particle starts it: Einflug + Loch, not ein "one" + Flugloch.
    ["Einflugloch", "Einflug+Loch"],
    ["Hochwasserspiegel", "Hochwasser+Spiegel"],
    // Ding's combining form Rechen- (computational) is rechnen's stem with the -e- of -nen verbs, not the
    // noun Rechen (rake); Zeichen, with no combining form, stays the noun.
    ["Rechenzentrum", "rechnen+Zentrum"],
    ["Zeichensprache", "Zeichen+Sprache"],
    // A combining form that means the verb (Ess-: dining, Mess-: measuring) reads the verb's stem before a
    // noun that drops its -e (Esse, chimney; Messe, fair); End- (terminative) keeps Ende.
    ["Esszimmer", "essen+Zimmer"],
    ["Messgerät", "messen+Gerät"],
    ["Endspiel", "Ende+Spiel"],
    // A dictionary word on a verb's stem and a noun splits where its English shows one part (heater: heizen).
    ["Heizkörper", "heizen+Körper"],
    ["Impfpass", "impfen+Pass"],
    ["Gefrierschrank", "gefrieren+Schrank"],
    // Its English names the verb, not the noun that drops its -e: dishwasher (spülen, not Spüle "sink"),
    // baking oven (backen, not Backe "cheek"); where it names the noun too, the noun stays (Erdgeschoss).
    ["Spülmaschine", "spülen+Maschine"],
    ["Backofen", "backen+Ofen"],
    ["Nähmaschine", "nähen+Maschine"],
    ["Mietvertrag", "Miete+Vertrag"],
    // A rare noun glossed as the common one with -e is its short form (Eck, Ecke: corner); Kohl is not Kohle's.
    ["Eckbalkon", "Ecke+Balkon"],
    ["Eckzimmer", "Ecke+Zimmer"],
    ["Einödhof", "Einöde+Hof"],
    ["Kohlpalmen", "Kohl+Palme"],
    // A unit with its metric prefix is one word, also as a part: Kilometer + Zähler; Kilo + Preis stays.
    ["Kilometerzähler", "Kilometer+Zähler"],
    ["Kilowattstunde", "Kilowatt+Stunde"],
    ["Kilopreis", "Kilo+Preis"],
    // A point of the compass is the direction (Westen), not Weste (waistcoat); Ost and Süd too.
    ["Westufer", "Westen+Ufer"],
    ["Ostflügel", "Osten+Flügel"],
    ["Südhang", "Süden+Hang"],
    // Before a region's name it is part of that name.
    ["Ostfriesland", "whole"],
    // A combining form clipped from a noun is that noun: Sprach- (Sprache), Pfingst- (Pfingsten).
    ["Pfingstturnier", "Pfingsten+Turnier"],
    ["Sprachkursleiterin", "Sprache+Kursleiterin"],
  ])("%s = %s", (noun, parts) => {
    expect(split(noun)).toBe(parts);
  });

  it.each([
    "Plattform",
    "Unternehmen",
    // A verb's stem before a noun, but the English shows no part by a word of four letters (Komm|ode), keeps
    // the German word (Leb|kuchen: lebkuchen), or the stem is a prefix by its combining form (Rück-: back).
    "Kommode",
    "Erdgeschoss",
    "Kilometer",
    "Milligramm",
    "Zentimeter",
    "Lebkuchen",
    "Rückspulen",
    "Festland",
    "Versprechen",
    "Konsument",
    "Wirtschaft",
    "Beziehung",
    "Gegenteil",
    "Vorteil",
    "Umweg",
    // -ionen is an ending (Port + Ionen is no reading of Portionen).
    "Portionen",
    // The plural of Helferin, not Helfe + Rinnen: a split's head must end the whole's lemma.
    "Helferinnen",
    // The particle verb's own noun (heimkehren, teilhaben), and a particle that is also an adjective or
    // preposition (fest, aus).
    "Heimkehr",
    "Teilhaber",
    "Festplatte",
    "Ausgang",
    // Schoko is a short form of the whole with its meaning, no part of it.
    "Schokolade",
  ])("%s stays whole", (noun) => expect(split(noun)).toBe("whole"));

  it("shows linking elements as such and keeps the part's surface text", () => {
    const w = word(analyse("Die Schaffung von Arbeitsplätzen ist wichtig."), "Arbeitsplätzen");
    expect(w.parts).toEqual([
      expect.objectContaining({ text: "Arbeit", lemma: "Arbeit", link: "s" }),
      expect.objectContaining({ text: "plätzen", lemma: "Platz" }),
    ]);
    expect(w.parts?.every((p) => p.gloss !== "")).toBe(true);
  });

  it("takes gender and plural from the last part when the compound is not in the dictionary", () => {
    const w = word(analyse("Die Staatszeitung lobte das Treffen."), "Staatszeitung");
    expect(w).toMatchObject({ lemma: "Staatszeitung", gender: "f", plural: "Staatszeitungen", known: true });
    expect(w.glosses[0]).toBe("state newspaper");
  });

  it("prefers a dictionary gloss over the composed one", () => {
    const w = word(analyse("Er ist ein Baumilliardär."), "Baumilliardär");
    expect(w.glosses[0]).toBe("property tycoon");
    expect(w.parts?.map((p) => p.gloss)).toEqual(["construction", "billionaire"]);
  });

  it("glosses each part with the sense the whole's English uses", () => {
    // Rad: "wheel" first in Ding; the cycle path is a bicycle's.
    expect(word(analyse("Der Radweg ist neu."), "Radweg").parts?.map((p) => p.gloss)).toEqual(["bicycle", "path"]);
    // Inside a part too: Rad (bicycle) in Radwegebau.
    expect(word(analyse("Der Radwegebau beginnt."), "Radwegebau").parts?.[0]?.gloss).toBe("bicycle");
    // No sense of the part in the whole's English: its first sense stays.
    expect(word(analyse("Der Hausarzt kommt."), "Hausarzt").parts?.map((p) => p.gloss)).toEqual([
      "house",
      "medical doctor",
    ]);
  });
});

describe("hyphenated compounds", () => {
  it.each([
    ["US-Präsident", "US-Präsident", "m", "US-Präsidenten", "US+Präsident"],
    ["E-Commerce-Anbieters", "E-Commerce-Anbieter", "m", "E-Commerce-Anbieter", "E-Commerce+Anbieter"],
    ["Trump-Administration", "Trump-Administration", "f", "Trump-Administrationen", "Trump+Administration"],
    ["Fake-Artikel", "Fake-Artikel", "m", "Fake-Artikel", "Fake+Artikel"],
    ["Piraterie-Güter", "Piraterie-Gut", "n", "Piraterie-Güter", "Piraterie+Gut"],
    ["US-Kleinunternehmen", "US-Kleinunternehmen", "n", "US-Kleinunternehmen", "US+klein+Unternehmen"],
    ["Internet-Plattform", "Internet-Plattform", "f", "Internet-Plattformen", "Internet+Plattform"],
    ["Online-Plattformen", "Online-Plattform", "f", "Online-Plattformen", "online+Plattform"],
    ["Twitter-Kritik", "Twitter-Kritik", "f", "Twitter-Kritiken", "Twitter+Kritik"],
  ])("%s → %s (%s, %s)", (text, lemma, gender, plural, parts) => {
    // No article: "die" before a masculine singular would now give it the feminine (article-agreement.ts).
    const w = word(analyse(`Es geht heute um ${text}.`), text);
    expect(w).toMatchObject({ lemma, pos: "noun", gender, plural });
    expect(w.parts?.map((p) => p.lemma).join("+")).toBe(parts);
  });
});

describe("a place as a compound's first part", () => {
  it.each([
    ["Rheinbrücke", "f", "Rhein+Brücke", "Rhine bridge"],
    ["Donaubrücke", "f", "Donau+Brücke", "Danube bridge"],
    ["Bodenseeregion", "f", "Bodensee+Region", "Lake Constance region"],
  ])("%s (%s): %s, %s", (text, gender, parts, gloss) => {
    const w = word(analyse(`Sie sprachen über die neue ${text}.`), text);
    expect(w).toMatchObject({ lemma: text, pos: "noun", gender });
    expect(w.parts?.map((p) => p.lemma).join("+")).toBe(parts);
    expect(w.glosses[0]).toBe(gloss);
  });

  it("leaves a landscape's own name (Spreewald) and a first name (Wilhelm: no Wil + Helm) unsplit", () => {
    expect(word(analyse("Wir fahren morgen in den Spreewald."), "Spreewald").parts).toBeUndefined();
    expect(word(analyse("Gertrud und Wilhelm feiern. Wilhelm arbeitete dort."), "Wilhelm", 1).pos).toBe("name");
  });
});

describe("linking s and modifiers of the full-form data", () => {
  it.each([
    ["Obstsorten", "Obst+Sorte"],
    ["Gewürzschrank", "Gewürz+Schrank"],
  ])("takes no linking s after a hissing sound or -st: %s is %s", (noun, parts) => {
    expect(split(noun)).toBe(parts);
  });

  it("keeps the linking s after other stems (Arbeit·s|platz)", () => {
    expect(split("Arbeitsplatz")).toBe("Arbeit(s)+Platz");
  });

  it("reads a noun only the full-form data knows as a modifier (Laminat|boden), the head giving gender", () => {
    const c = splitCompound(lex, "Laminatboden");
    expect(c?.parts.map((p) => p.lemma)).toEqual(["Laminat", "Boden"]);
    expect(c?.gender).toBe("m");
    expect(word(analyse("Der Laminatboden ist aufgequollen."), "Laminatboden")).toMatchObject({
      lemma: "Laminatboden",
      pos: "noun",
      gender: "m",
    });
  });
});

describe("a combining form spelled as a noun and its link", () => {
  it.each([
    // Ding's Seiten- (lateral) and Zufalls- (random) are Seite + n and Zufall + s, glossed as the form.
    ["Seitenlage", "Seite(n)+Lage", "lateral"],
    ["Zufallsgenerator", "Zufall(s)+Generator", "random"],
    ["Sonnenenergie", "Sonne(n)+Energie", "solar"],
  ])("%s = %s, its first part glossed %s", (noun, parts, gloss) => {
    expect(split(noun)).toBe(parts);
    expect(splitCompound(lex, noun, nounLemmas(lex, noun)[0])?.parts[0]?.gloss).toBe(gloss);
  });

  it.each([
    ["Firmenkunde", "Firma+Kunde"],
    ["Firmenkunden", "Firma+Kunde"],
  ])("names a combining form spelled as a noun's plural by that noun (Firmen-, corporate: %s = %s)", (noun, parts) => {
    expect(split(noun)).toBe(parts);
    expect(splitCompound(lex, noun, nounLemmas(lex, noun)[0])?.parts[0]?.gloss).toBe("corporate");
  });

  it("keeps a combining form that is also an adjective or adverb (Links-: left-wing, not Link + s)", () => {
    expect(split("Linkspartei")).toBe("links+Partei");
  });
});

describe("a part's gloss", () => {
  it("is the English word spelled as the German one where the part's first sense has it", () => {
    // Team [sport]: "sports team; team".
    expect(word(analyse("Am Freitag fällt die Teamsitzung aus."), "Teamsitzung").glosses[0]).toBe("team meeting");
  });
});

describe("a part spelled as a rare noun and as a common noun's plural", () => {
  it("is the common noun's plural as first part (Gräberfeld = Grab + Feld, not Gräber, digger)", () => {
    expect(split("Gräberfeld")).toBe("Grab+Feld");
  });

  it("is the common noun's plural as head: Brandgräber is the plural of Brandgrab (n)", () => {
    expect(word(analyse("Die Archäologen zählten 40 Brandgräber."), "Brandgräber")).toMatchObject({
      lemma: "Brandgrab",
      gender: "n",
    });
  });
});

describe("a dictionary word opened by a separable particle that is also an adjective or noun", () => {
  it.each([
    ["Freiwurf", "frei+Wurf"],
    ["Freiwürfe", "frei+Wurf"],
    ["Festzelt", "Fest+Zelt"],
  ])("%s = %s: its English opens with the adjective's or noun's word (free throw, festival tent)", (noun, parts) => {
    expect(split(noun)).toBe(parts);
  });
});

describe("a first part in -ung the dictionary lacks", () => {
  it.each([
    ["Grabungsleiterin", "Grabung(s)+Leiterin"],
    ["Grabungsfläche", "Grabung(s)+Fläche"],
  ])("reads %s as its verb's action with the linking -s: %s", (noun, parts) => {
    expect(split(noun)).toBe(parts);
  });

  it("shows the compound's head on the card", () => {
    expect(word(analyse("Die Grabungsleiterin zeigt die Funde."), "Grabungsleiterin")).toMatchObject({
      lemma: "Grabungsleiterin",
      gender: "f",
    });
  });
});

describe("a verb's stem where the whole's English has its -ing form", () => {
  it.each([
    ["Packliste", "packen+Liste"],
    ["Wartezeiten", "warten+Zeit"],
    ["Schlafsack", "schlafen+Sack"],
    ["Lesekreis", "lesen+Kreis"],
  ])("%s is %s, not the noun spelled as the stem (Pack, Warte, Schlaf, Lese)", (noun, parts) => {
    expect(split(noun)).toBe(parts);
  });

  it("keeps the noun where one of its glosses is that -ing word (Baustelle: building site, Bau a building)", () => {
    expect(split("Baustelle")).toBe("Bau+Stelle");
  });
});

describe("a verb's stem over a noun that drops its -e and no frequency list ranks", () => {
  it("reads Braumeister as brauen + Meister, not Braue (eyebrow) + Meister", () => {
    expect(split("Braumeister")).toBe("brauen+Meister");
  });

  it("keeps a ranked noun that drops its -e (Schul|klasse: Schule)", () => {
    expect(split("Schulklasse")).toBe("Schule+Klasse");
  });
});

describe("a first part that is a plural with umlaut", () => {
  it.each([["Gästeblock", "Gast+Block"]])("is its singular's: %s → %s", (noun, parts) => {
    expect(split(noun)).toBe(parts);
  });
});
