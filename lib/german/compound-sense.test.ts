import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("the sense of a noun from a compound with another noun of its sentence", () => {
  it.each([
    // Schuhabsatz "heel", not Absatz "sales" [econ.].
    ["Der Absatz an ihrem linken Schuh ist locker.", "Absatz", "heel"],
    // Kirchplatz "church square", not Platz "place".
    ["Der Platz vor der Kirche war voller Menschen.", "Platz", "square"],
    // Pausenhof "schoolyard": the closed English compound ends in yard.
    ["In der Pause spielen die Kinder auf dem Hof.", "Hof", "yard"],
    // The noun as the compound's first part: Schlossgarten "castle garden", not Schloss "lock".
    ["Der Garten am Schloss ist im Sommer geöffnet.", "Schloss", "castle"],
    // The longest gloss named decides: Theaterstück "work for the stage", not Stück "workpiece; work".
    ["Im Theater zeigen sie ein Stück von Brecht.", "Stück", "stage play"],
    // Another verb's stem begins the compound: Sitzbank "bench", Steigleiter "cat ladder".
    ["Die Kinder saßen auf einer Bank am Ufer.", "Bank", "bench"],
    ["Der Maler steigt auf die Leiter.", "Leiter", "ladder"],
    // The verb's noun ends the compound: Stromausfall "power failure; electricity outage", Rollenspiel "role play".
    ["Gestern Abend ist bei uns der Strom ausgefallen.", "Strom", "electricity"],
    ["Das Geld spielt für ihn keine große Rolle.", "Rolle", "theatrical role"],
    // Or the verb's noun in -ung: Verfahrenseinstellung "discontinuation of proceedings".
    ["Die Polizei hat das Verfahren eingestellt.", "Verfahren", "legal proceedings"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("keeps the first sense where no compound names another", () => {
    expect(word(analyse("Der Absatz ist im Mai gestiegen."), "Absatz").glosses[0]).toBe("sales");
  });

  it("reads a strong verb's participle noun only as the compound's head: Fundstelle says nothing of a job found", () => {
    // finden: Fund|stelle "locality; place of discovery".
    expect(word(analyse("Er hat endlich eine Stelle gefunden."), "Stelle").glosses[0]).toBe("position of employment");
  });

  it("puts the gloss of the first sense a compound names first: Radwegenetz, network", () => {
    expect(word(analyse("Das Netz der Radwege soll dichter werden."), "Netz").glosses[0]).toBe("network");
    expect(word(analyse("Der Fischer flickt sein Netz."), "Netz").glosses[0]).toBe("net");
  });
});

describe("the sense of a verb from the compound of another noun of its sentence and the verb's noun", () => {
  it.each([
    // Kostenberechnung "cost calculation", not berechnen's first sense "to charge".
    ["Wir berechnen die Kosten für das neue Dach.", "berechnen", "to calculate"],
    // Stromausfall "power failure", not "to fall out".
    ["Bei dem Sturm ist in der Stadt der Strom ausgefallen.", "ausgefallen", "to fail"],
    // A sense kept for the alignment only joins the card: Mülltrennung "waste segregation", Verfahrenseinstellung
    // "discontinuation of proceedings".
    ["In unserem Haus wird der Müll getrennt.", "getrennt", "to segregate"],
    ["Das Gericht hat das Verfahren gegen ihn eingestellt.", "eingestellt", "to discontinue"],
    // A strong verb's noun from its participle (aufgegangen: Aufgang), which a closed English compound ends:
    // Sonnenaufgang "sunrise", Mondaufgang "moonrise", not aufgehen's first sense "to succeed".
    ["Im Sommer geht die Sonne früh auf.", "geht", "to rise"],
    ["Der Mond geht heute spät auf.", "geht", "to rise"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("keeps the first sense where no compound names another", () => {
    expect(word(analyse("Der Handwerker berechnet uns dafür zwanzig Euro."), "berechnet").glosses[0]).toBe("to charge");
  });

  it("takes no rare sense named only by the verb's noun itself (Baseballspiel 'baseball game': no 'to game')", () => {
    expect(word(analyse("Ich spiele Baseball."), "spiele").glosses[0]).toBe("to play");
    expect(word(analyse("Spielst du Schach?"), "Spielst").glosses[0]).toBe("to play");
  });
});
