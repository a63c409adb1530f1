import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a verb's sense selected by a kind of thing in its clause", () => {
  it.each([
    ["Die Ausgrabung hat ganz neue Erkenntnisse über die Römerzeit geliefert.", "geliefert", "to provide"],
    ["Das stumpfe Messer muss geschliffen werden.", "geschliffen", "to grind"],
    ["Nach zwölf Stunden wurde der Wachposten endlich abgelöst.", "abgelöst", "to relieve"],
    ["Er hat sie am Samstag zum Essen ausgeführt.", "ausgeführt", "to take out"],
    ["Der Fonds hat seine Anteile an dem Konzern abgestoßen.", "abgestoßen", "to sell off"],
    ["Der Bildhauer hat die Figur aus einem einzigen Marmorblock gehauen.", "gehauen", "to hew"],
    ["Nach dem Festival wurde die Bühne in zwei Tagen abgebaut.", "abgebaut", "to dismantle"],
    ["Die Diebe haben den Kofferraum aufgebrochen.", "aufgebrochen", "to break open"],
    ["Der Literaturpreis wird im Herbst an eine junge Autorin vergeben.", "vergeben", "to award"],
    ["Der Arzt hat mir eine Krankmeldung für drei Tage ausgestellt.", "ausgestellt", "to issue"],
    ["Sein Körper hat die neue Niere abgestoßen.", "abgestoßen", "to reject"],
    ["Zwei Spieler kehren das Eis vor dem Stein.", "kehren", "to sweep"],
    ["Am Samstag kehrt er immer den Hof.", "kehrt", "to sweep"],
    ["Vor dem Rennen muss man die Skier richtig wachsen.", "wachsen", "to wax"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it.each([
    ["Die Firma hat die Waren pünktlich geliefert.", "geliefert", "to provide"],
    ["Der Bergbau hat hier Kohle abgebaut.", "abgebaut", "to dismantle"],
    ["Er hat den Auftrag sorgfältig ausgeführt.", "ausgeführt", "to take out"],
    ["Ich habe ihm seinen Fehler längst vergeben.", "vergeben", "to award"],
    ["Das Museum hat Bilder von Monet ausgestellt.", "ausgestellt", "to issue"],
    ["Die Kinder wachsen schnell.", "wachsen", "to wax"],
  ])("not without one: %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).not.toBe(gloss);
  });
});

describe("valuables are pawned, babies breast-fed", () => {
  it.each([
    ["Sie musste ihren Ehering versetzen, um die Rechnung zu bezahlen.", "versetzen", "to pawn"],
    ["Im Pfandhaus hat er seinen Pelzmantel versetzt.", "versetzt", "to pawn"],
    ["Die Hebamme zeigt ihr, wie man ein Neugeborenes stillt.", "stillt", "to breast-feed"],
    ["Sie hat ihr Baby ein Jahr lang gestillt.", "gestillt", "to breast-feed"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it.each([
    ["Die Firma hat ihn nach Hamburg versetzt.", "versetzt", "to pawn"],
    ["Das Wasser hat seinen Durst gestillt.", "gestillt", "to breast-feed"],
    ["Das Kind hat seinen Durst gestillt.", "gestillt", "to breast-feed"],
  ])("not without one: %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).not.toBe(gloss);
  });
});

describe("more kinds: vessels, drivers, predators, timber, volcanoes, floods, fugitives, shelters, skin, midwives, upholstery", () => {
  it.each([
    ["Die Fähre nach Helgoland legt um acht Uhr ab.", "legt", "to cast off"],
    ["Der Fahrer hat mich direkt vor der Haustür abgesetzt.", "abgesetzt", "to drop off"],
    ["Am Wasserloch hat eine Löwin eine Antilope gerissen.", "gerissen", "to kill"],
    ["Im Winter wird im Staatsforst Holz geschlagen.", "geschlagen", "to fell trees"],
    ["Der Vulkan ist in der Nacht erneut ausgebrochen.", "ausgebrochen", "to erupt"],
    ["Das Hochwasser ist inzwischen deutlich zurückgegangen.", "zurückgegangen", "to recede"],
    ["Der Wachmann hat den Einbrecher im Lager gestellt.", "gestellt", "to corner"],
    ["Das Tierheim hat diese Woche drei Katzen aufgenommen.", "aufgenommen", "to take in"],
    ["Die Creme zieht schnell in die Haut ein.", "zieht", "to be absorbed"],
    ["Die Hebamme hat schon über tausend Kinder entbunden.", "entbunden", "to deliver"],
    ["Der Polsterer hat das alte Sofa mit Samt neu bezogen.", "bezogen", "to cover"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it.each([
    ["Er legt seinen Mantel ab.", "legt", "to cast off"],
    ["Die Firma hat viele Waren abgesetzt.", "abgesetzt", "to drop off"],
    ["Sie hat das Papier in Stücke gerissen.", "gerissen", "to kill"],
    ["Die Gefangenen sind aus dem Gefängnis ausgebrochen.", "ausgebrochen", "to erupt"],
    ["Sie haben im Mai ihre neue Wohnung bezogen.", "bezogen", "to cover"],
  ])("not without one: %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).not.toBe(gloss);
  });
});

describe("weddings and things that rise", () => {
  it.each([
    ["Die beiden haben sich im Standesamt trauen lassen.", "trauen", "to marry"],
    ["Der Ballon stieg langsam über die Dächer des Dorfes.", "stieg", "to rise"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it.each([
    ["Ich traue mich nicht, ihn anzusprechen.", "traue", "to marry"],
    ["Die Preise stiegen im Winter stark.", "stiegen", "to rise"],
  ])("not without one: %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).not.toBe(gloss);
  });
});

describe("what is charged", () => {
  it.each([
    ["Ich lade mein Handy jede Nacht.", "lade", "to charge"],
    ["Der Akku des E-Bikes lädt in vier Stunden.", "lädt", "to charge"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it.each([["Er lädt die Koffer ins Auto.", "lädt", "to charge"]])("not without one: %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).not.toBe(gloss);
  });
});

describe("what is cast in metal", () => {
  it.each([
    ["Die Figur wurde in Bronze gegossen.", "gegossen", "to cast"],
    ["In der Gießerei wird heute eine Glocke gegossen.", "gegossen", "to cast"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it.each([["Sie hat am Abend die Blumen gegossen.", "gegossen", "to cast"]])(
    "not without one: %s",
    (sentence, text, gloss) => {
      expect(word(analyse(sentence), text).glosses[0]).not.toBe(gloss);
    },
  );
});

describe("water drained from a basin", () => {
  it.each([
    ["Das Schwimmbecken wird im Winter abgelassen.", "abgelassen", "to drain"],
    ["Lass das Wasser aus der Badewanne ab.", "Lass", "to drain"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it.each([["Nach dem Spiel hat er ordentlich Dampf abgelassen.", "abgelassen", "to drain"]])(
    "not without one: %s",
    (sentence, text, gloss) => {
      expect(word(analyse(sentence), text).glosses[0]).not.toBe(gloss);
    },
  );
});

describe("fish and fowl gutted", () => {
  it.each([["Der Fischer nimmt die Heringe gleich an Bord aus.", "nimmt", "to gut an animal"]])(
    "%s: %s = %s",
    (sentence, text, gloss) => {
      expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
    },
  );

  it.each([["Kinder unter sechs Jahren sind von der Regel ausgenommen.", "ausgenommen", "to gut an animal"]])(
    "not without one: %s",
    (sentence, text, gloss) => {
      expect(word(analyse(sentence), text).glosses[0]).not.toBe(gloss);
    },
  );
});

describe("trees grafted", () => {
  it.each([["Der Gärtner hat den alten Birnbaum mit einer neuen Sorte veredelt.", "veredelt", "to graft"]])(
    "%s: %s = %s",
    (sentence, text, gloss) => {
      expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
    },
  );

  it.each([["Die Rohstoffe werden im Werk veredelt.", "veredelt", "to graft"]])(
    "not without one: %s",
    (sentence, text, gloss) => {
      expect(word(analyse(sentence), text).glosses[0]).not.toBe(gloss);
    },
  );
});

describe("crops cultivated", () => {
  it.each([
    ["Die Bauern bauen hier vor allem Weizen und Raps an.", "bauen", "to cultivate"],
    ["Auf den Terrassen wird seit Jahrhunderten Wein angebaut.", "angebaut", "to cultivate"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it.each([["Wir haben an das Haus eine Garage angebaut.", "angebaut", "to cultivate"]])(
    "not without one: %s",
    (sentence, text, gloss) => {
      expect(word(analyse(sentence), text).glosses[0]).not.toBe(gloss);
    },
  );
});

describe("glass and china cracked", () => {
  it.each([
    ["Die Vase ist beim Transport gesprungen.", "gesprungen", "to crack"],
    ["Bei dem Frost ist die Windschutzscheibe gesprungen.", "gesprungen", "to crack"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it.each([["Der Hund ist über den Zaun gesprungen.", "gesprungen", "to crack"]])(
    "not without one: %s",
    (sentence, text, gloss) => {
      expect(word(analyse(sentence), text).glosses[0]).not.toBe(gloss);
    },
  );
});

describe("water running off", () => {
  it.each([
    ["Das Wasser läuft nicht mehr ab, der Abfluss ist verstopft.", "läuft", "to run off"],
    ["Auf dem versiegelten Boden kann das Regenwasser nicht ablaufen.", "ablaufen", "to run off"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it.each([
    ["Die Frist läuft am Freitag ab.", "läuft", "to run off"],
    ["Die Feier ist ohne Zwischenfälle abgelaufen.", "abgelaufen", "to run off"],
  ])("not without one: %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).not.toBe(gloss);
  });
});
