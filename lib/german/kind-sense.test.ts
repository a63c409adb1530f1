import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a verb of cancelling with an event", () => {
  it.each([
    ["Der Unterricht fällt am Montag aus.", "fällt", "to be cancelled"],
    ["Zwischen Köln und Bonn fällt der Zug heute aus.", "fällt", "to be cancelled"],
    ["Der letzte Bus ist gestern ausgefallen.", "ausgefallen", "to be cancelled"],
    ["Wegen des Streiks wurden zahlreiche Flüge gestrichen.", "gestrichen", "to cancel"],
    // A compound on an event noun: Stadtfest.
    ["Das Stadtfest wurde wegen des Regens abgesagt.", "abgesagt", "to cancel"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("leaves other senses without an event", () => {
    expect(word(analyse("Sie hat die Wand gestrichen."), "gestrichen").glosses[0]).toBe("to paint");
    expect(word(analyse("Der Strom ist ausgefallen."), "ausgefallen").glosses[0]).toBe("to fail");
  });
});

describe("a verb with a day or a year that marks something", () => {
  it.each([
    ["Die Stadt begeht in diesem Jahr ihr achthundertjähriges Jubiläum.", "begeht", "to observe"],
    ["Am Sonntag begehen wir den fünfzigsten Hochzeitstag meiner Eltern.", "begehen", "to observe"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("leaves the verb alone without one", () => {
    expect(word(analyse("Er hat einen schweren Fehler begangen."), "begangen").glosses[0]).not.toBe("to observe");
  });
});

describe("a verb of locking with a door or what has one", () => {
  it.each([
    ["Hast du die Haustür abgeschlossen?", "abgeschlossen", "to lock"],
    ["Die Haustür ist nachts abzuschließen.", "abzuschließen", "to lock"],
    ["Er schließt die Tür auf.", "schließt", "to unlock"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("leaves other senses without a thing with a lock", () => {
    expect(word(analyse("Wir haben eine Versicherung abgeschlossen."), "abgeschlossen").glosses[0]).not.toBe("to lock");
    expect(word(analyse("Das Gasthaus schließt um zehn."), "schließt").glosses[0]).not.toBe("to lock");
  });

  it.each([
    ["Schließ die Tür!", "Schließ"],
    ["Bitte schließen Sie das Fenster und die Tür.", "schließen"],
  ])("%s: schließen alone closes the door", (sentence, text) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe("to close");
  });
});

describe("a verb with a dwelling", () => {
  it("takes its sense of moving in: Wohnung beziehen", () => {
    expect(word(analyse("Im Mai haben sie ihre neue Wohnung bezogen."), "bezogen").glosses[0]).toBe("to move in");
  });

  it("leaves the first sense without a dwelling", () => {
    expect(word(analyse("Er bezieht eine kleine Rente."), "bezieht").glosses[0]).not.toBe("to move in");
  });
});

describe("a verb with a book or a paper", () => {
  it.each([
    ["Der Junge schlug das Buch auf und begann zu lesen.", "schlug", "to open"],
    ["Schlagen Sie bitte Seite zwölf auf.", "Schlagen", "to open"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("leaves the first sense without one", () => {
    expect(word(analyse("Der Ball schlug auf dem Boden auf."), "schlug").glosses[0]).toBe("to hit");
  });
});

describe("a verb with an appointment or a meeting point", () => {
  it.each([
    ["Wir haben einen Termin für Montag ausgemacht.", "ausgemacht", "to agree on"],
    ["Wir haben einen Treffpunkt ausgemacht.", "ausgemacht", "to agree on"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("leaves a verb whose first sense fits alone", () => {
    expect(word(analyse("Wir müssen den Termin leider verschieben."), "verschieben").glosses[0]).toBe("to reschedule");
    expect(word(analyse("Sie hat den Termin abgesagt."), "abgesagt").glosses[0]).toBe("to cancel");
  });
});

describe("a verb with a ball or a shot", () => {
  it("takes its sense of hitting", () => {
    expect(word(analyse("Der Ball traf ihn mitten im Gesicht."), "traf").glosses[0]).toBe("to hit");
  });

  it("leaves the first sense without one", () => {
    expect(word(analyse("Ich traf sie im Park."), "traf").glosses[0]).toBe("to meet with");
  });
});

describe("a verb with the police", () => {
  it("takes its sense of catching", () => {
    expect(word(analyse("Die Polizei hat den Einbrecher in der Nacht gefasst."), "gefasst").glosses[0]).toBe(
      "to catch",
    );
  });

  it("leaves the first sense without them", () => {
    expect(word(analyse("Der Saal fasst tausend Menschen."), "fasst").glosses[0]).toBe("to hold");
  });
});

describe("a verb with jobs", () => {
  it("takes its sense of cutting", () => {
    expect(word(analyse("Der Konzern streicht 500 Arbeitsplätze."), "streicht").glosses[0]).toBe("to axe");
  });

  it("leaves the first sense without them", () => {
    expect(word(analyse("In der Region wird Kohle abgebaut."), "abgebaut").glosses[0]).toBe("to mine");
  });
});

describe("a verb with a broadcast", () => {
  it("takes its sense of following", () => {
    expect(word(analyse("Millionen verfolgten das Endspiel im Fernsehen."), "verfolgten").glosses[0]).toBe("to follow");
  });

  it("leaves the first sense without one", () => {
    expect(word(analyse("Die Polizei verfolgte den Dieb."), "verfolgte").glosses[0]).toBe("to chase");
  });
});

describe("a verb with a liquid or what holds one", () => {
  it("takes its sense of leaking", () => {
    expect(word(analyse("Im Kühlschrank ist eine Flasche Milch ausgelaufen."), "ausgelaufen").glosses[0]).toBe(
      "to leak",
    );
  });

  it("leaves the first sense without one", () => {
    expect(word(analyse("Die Aktion läuft Ende des Monats aus."), "läuft").glosses[0]).toBe("to peter out");
  });
});

describe("a verb with a term, a document or a contract", () => {
  it.each([
    ["Die Frist für den Einspruch ist gestern abgelaufen.", "abgelaufen", "to expire"],
    ["Mein Reisepass läuft im Mai ab.", "läuft", "to expire"],
    ["Der Vertrag läuft Ende des Jahres aus.", "läuft", "to expire"],
    ["Der Gutschein verfällt nach drei Jahren.", "verfällt", "to lapse"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("leaves the verb alone without one", () => {
    expect(word(analyse("Wie ist das Gespräch abgelaufen?"), "abgelaufen").glosses[0]).not.toBe("to expire");
    expect(word(analyse("Das alte Haus ist völlig verfallen."), "verfallen").glosses[0]).not.toBe("to lapse");
  });
});

describe("a verb with clothes", () => {
  it.each([
    ["Zieh dir eine warme Jacke an!", "Zieh", "to put on"],
    ["Er zieht die Schuhe aus.", "zieht", "to take off"],
    ["Setz bitte deinen Helm auf.", "Setz", "to put on"],
    ["Er nimmt den Hut ab.", "nimmt", "to take off"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("leaves the first sense without them", () => {
    expect(word(analyse("Der Magnet zieht das Eisen an."), "zieht").glosses[0]).toBe("to attract");
    expect(word(analyse("Ich ziehe mich an."), "ziehe").glosses[0]).toBe("to dress");
  });
});

describe("a verb of moving an event to another time", () => {
  it("takes its sense of moving: das Konzert wird verlegt", () => {
    expect(word(analyse("Das Konzert wurde auf nächsten Monat verlegt."), "verlegt").glosses[0]).toBe("to move");
  });

  it("leaves other senses without an event", () => {
    expect(word(analyse("Die Arbeiter verlegen ein neues Kabel."), "verlegen").glosses[0]).toBe("to lay");
  });
});

describe("a verb with what is recorded, or with a candidate", () => {
  it.each([
    // Beyond the card's first eight senses: Ding's rarer sense joins the card.
    ["Die Band nimmt gerade ein neues Album auf.", "nimmt", "to record"],
    ["Die Partei stellt im Herbst einen neuen Kandidaten auf.", "stellt", "to field"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("leaves other senses without one", () => {
    expect(word(analyse("Die Schule nimmt neue Schüler auf."), "nimmt").glosses[0]).not.toBe("to record");
    expect(word(analyse("Die Firma stellt neue Regeln auf."), "stellt").glosses[0]).not.toBe("to field");
  });
});

describe("a verb with an activity stopped, a thing mislaid or a parcel posted", () => {
  it.each([
    // The first sense's third gloss: "to hire; to employ; to stop".
    ["Die Zeitung hat ihr Erscheinen eingestellt.", "eingestellt", "to stop"],
    // Beyond the card's first eight senses.
    ["Ich habe meine Brille verlegt.", "verlegt", "to mislay"],
    ["Ich habe das Paket heute Morgen bei der Post aufgegeben.", "aufgegeben", "to post"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("leaves other senses without one", () => {
    expect(word(analyse("Die Firma hat zwanzig neue Mitarbeiter eingestellt."), "eingestellt").glosses[0]).toBe(
      "to hire",
    );
    expect(word(analyse("Er hat das Rauchen aufgegeben."), "aufgegeben").glosses[0]).toBe("to give up");
  });
});
