import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a noun with a noun or a verb that goes with a kind of thing", () => {
  it.each([
    ["Auf den Umschlag gehört noch eine Marke.", "Marke", "stamp"],
    // Ding's Karte "menu" is beyond the card's senses: it joins them.
    ["Der Kellner brachte uns die Karte.", "Karte", "menu"],
    ["An der Grenze musste er seinen Pass vorzeigen.", "Pass", "passport"],
    ["Die Ritter schützten sich mit einem Schild aus Holz und Leder.", "Schild", "shield"],
    ["Er legte den ersten Gang ein und fuhr los.", "Gang", "gear"],
    ["Die Aufnahme des Konzerts klingt sehr gut.", "Aufnahme", "recording"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it.each([
    ["Diese Marke ist sehr bekannt.", "Marke", "brand"],
    ["Das Schild an der Tür ist neu.", "Schild", "sign"],
    ["Der Gang ist lang und dunkel.", "Gang", "course"],
  ])("keeps its first sense without one: %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });
});

describe("a market stall, told by its verbs", () => {
  it.each([
    ["Für das Stadtfest haben wir einen Stand gemietet.", "Stand", "market stand"],
    ["Seit zwanzig Jahren betreibt sie einen Stand in der Altstadt.", "Stand", "market stand"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("keeps the state of things without one", () => {
    expect(word(analyse("Der Stand der Arbeiten ist gut."), "Stand").glosses[0]).not.toBe("market stand");
  });
});

describe("more kinds told by a noun or a verb", () => {
  it.each([
    ["Sie zog die Decke bis zum Kinn hoch und schlief ein.", "Decke", "blanket"],
    ["Die Stelle am Knie tut noch weh.", "Stelle", "place"],
    // Ding's Zug "move" and Nachricht "message" are beyond the card's senses: they join them.
    ["Mit diesem Zug hat sie die Partie gewonnen.", "Zug", "move"],
    ["Sie nahm ein Blatt Papier und schrieb ihm eine Nachricht.", "Nachricht", "message"],
    ["Welches Fach unterrichten Sie?", "Fach", "school subject"],
    ["Bitte lies den zweiten Absatz noch einmal.", "Absatz", "paragraph"],
    ["Die Bank steht im Park unter einer Linde.", "Bank", "bench"],
    ["Der Hof der Familie Lorenz wird seit vier Generationen bewirtschaftet.", "Hof", "farm"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it.each([
    ["Die Decke im Wohnzimmer ist sehr hoch.", "Decke", "ceiling"],
    ["Sie hat eine neue Stelle bei einer Bank gefunden.", "Stelle", "position of employment"],
    ["Der Zug nach Berlin hat Verspätung.", "Zug", "train"],
    ["Die Nachricht verbreitete sich schnell.", "Nachricht", "news"],
    ["Die Bank hat seine Karte gesperrt.", "Bank", "bank"],
  ])("keeps its first sense without one: %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });
});

describe("kinds of editions, conditions, races, games of chance and costs", () => {
  it.each([
    ["Die erste Auflage des Buches war schnell vergriffen.", "Auflage", "print run"],
    ["Die Genehmigung wurde nur unter strengen Auflagen erteilt.", "Auflagen", "condition"],
    ["Die Läuferin lag nach der zweiten Runde knapp in Führung.", "Runde", "lap"],
    // Ding's Einsatz "stake" is beyond the card's senses: it joins them.
    ["Beim Pokern verlor er seinen ganzen Einsatz.", "Einsatz", "stake"],
    ["Die Versicherung übernimmt die Kosten für die Reparatur.", "übernimmt", "to bear"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it.each([["Er macht eine Runde durch den Park.", "Runde", "round"]])(
    "keeps its first sense without one: %s",
    (sentence, text, gloss) => {
      expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
    },
  );

  it("bears no costs where there are none", () => {
    expect(word(analyse("Der neue Chef übernimmt die Abteilung."), "übernimmt").glosses[0]).not.toBe("to bear");
  });
});

describe("kinds of chess, buildings, hospitals, stage, tennis, police, roads, parliament and more", () => {
  it.each([
    ["In der Partie opferte sie ihren Turm.", "Turm", "rook"],
    ["Die Wohnung liegt im dritten Stock.", "Stock", "floor"],
    ["Nach der Operation lag er eine Woche auf Station vier.", "Station", "medical ward"],
    ["Die Tierärztin hat dem Hund eine Spritze gegen die Schmerzen gegeben.", "Spritze", "injection"],
    ["Nach dem letzten Akt gab es minutenlangen Beifall.", "Akt", "act"],
    ["Die Tänzerin hat sich bei der Probe auf der Bühne verletzt.", "Probe", "rehearsal"],
    ["Beim Aufschlag hat er zweimal das Netz getroffen.", "Aufschlag", "serve"],
    ["Der Kommissar folgt einer heißen Spur.", "Spur", "trail"],
    ["Wegen der Baustelle ist auf der Autobahn nur eine Spur frei.", "Spur", "traffic lane"],
    ["Der Antrag der Opposition wurde mit knapper Mehrheit abgelehnt.", "Antrag", "motion"],
    ["Den Bruch kann man noch durch drei kürzen.", "Bruch", "fraction"],
    ["Die Maschine aus Madrid ist pünktlich gelandet.", "Maschine", "aeroplane"],
    ["Die Gemeinde sang zum Schluss ein Lied.", "Gemeinde", "congregation"],
    ["Kurz vor dem Ziel übernahm das Boot aus Oxford die Führung.", "Ziel", "finishing line"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it.each([
    ["Der Turm der Kirche ist hundert Meter hoch.", "Turm", "tower"],
    ["Er geht am Stock.", "Stock", "stick"],
    ["Die Maschine macht viel Lärm.", "Maschine", "machine"],
    ["Die Gemeinde hat eine neue Schule gebaut.", "Gemeinde", "community"],
  ])("keeps its first sense without one: %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });
});

describe("kinds of thing told by a whole, a trade or a verb", () => {
  it.each([
    ["Der Rumpf des Frachters wurde in drei Teilen gefertigt.", "Rumpf", "hull"],
    ["Der Schuster hat die Absätze meiner Stiefel erneuert.", "Absätze", "heel"],
    ["Der Hahn in der Dusche tropft schon wieder.", "Hahn", "tap"],
    ["Der Glaser hat die gesprungene Scheibe ersetzt.", "Scheibe", "window pane"],
    ["Der Geigenbauer hat der Geige einen neuen Steg aufgesetzt.", "Steg", "bridge"],
    ["Auf der Bühne stand ein schwarzer Flügel.", "Flügel", "grand piano"],
    ["Der Schütze spannte den Bogen.", "Bogen", "bow"],
    ["Die Suche liefert über tausend Treffer.", "Treffer", "search result"],
    ["Das beliebteste Gericht auf der Speisekarte ist die Suppe.", "Gericht", "dish"],
    ["Meine Schicht fängt um sechs Uhr morgens an.", "Schicht", "shift"],
    ["Das Blatt wird zuerst einmal diagonal gefaltet.", "Blatt", "sheet"],
    ["Ziehen Sie die Muttern mit dem beiliegenden Werkzeug fest.", "Muttern", "screw-nut"],
    ["Sie hat mit zwei Würfeln elf Augen gewürfelt.", "Augen", "pip"],
    ["Der Käfer schützt sich mit seinem Panzer vor Feinden.", "Panzer", "carapace"],
    ["Zu jedem Hauptgericht gibt es eine Beilage nach Wahl.", "Beilage", "side order"],
    ["Als Beilage zum Schnitzel gibt es Pommes oder Reis.", "Beilage", "side order"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it.each([
    ["Der Hahn kräht jeden Morgen auf dem Mist.", "Hahn", "cock"],
    ["Das Gericht hat die Klage abgewiesen.", "Gericht", "law court"],
    ["Die Mutter hat ihre Kinder vom Bahnhof abgeholt.", "Mutter", "mother"],
    ["Im Herbst fallen die Blätter von den Bäumen.", "Blätter", "leaf"],
    ["Sie hat blaue Augen und dunkle Haare.", "Augen", "eye"],
    ["Der Panzer rollte langsam über die Brücke.", "Panzer", "combat vehicle"],
    ["Der Samstagsausgabe liegt eine Beilage zum Thema Reisen bei.", "Beilage", "supplement"],
  ])("keeps its first sense without one: %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });
});
