import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a noun takes its sense of the field its clause speaks of", () => {
  it.each([
    ["Mit fünfzehn hatte er ständig Pickel im Gesicht.", "Pickel", "pustule"],
    ["Nach dem Sturz bekam sie eine Schiene für das Handgelenk.", "Schiene", "splint"],
    ["Das Brautkleid ist am Saum mit feiner Spitze besetzt.", "Spitze", "lace fabric"],
    ["Löschen Sie bitte den Verlauf, bevor Sie gehen.", "Verlauf", "history"],
    ["Der Browser speichert den Verlauf der letzten Wochen.", "Verlauf", "history"],
    ["Dieses Gericht schmeckt am besten mit frischem Brot.", "Gericht", "dish"],
    ["Der Koch hat heute ein neues Gericht gekocht.", "Gericht", "dish"],
    ["Nach der Wanderung kehrten wir in eine kleine Wirtschaft am Dorfplatz ein.", "Wirtschaft", "simple restaurant"],
    ["Am Sonntag musiziert die Kapelle auf dem Marktplatz.", "Kapelle", "band"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("leaves the noun alone where its clause speaks of no such field", () => {
    expect(word(analyse("Auf dem Gletscher braucht jeder Seil, Pickel und Steigeisen."), "Pickel").glosses[0]).toBe(
      "pick",
    );
    expect(word(analyse("Die Schiene der Straßenbahn ist verbogen."), "Schiene").glosses[0]).toBe("rail");
    expect(word(analyse("Sie stand an der Spitze des Zuges."), "Spitze").glosses[0]).not.toBe("lace fabric");
    expect(word(analyse("Der Verlauf der Krankheit war mild."), "Verlauf").glosses[0]).toBe("course");
    expect(word(analyse("Das Gericht hat den Mann verurteilt."), "Gericht").glosses[0]).toBe("law court");
    expect(word(analyse("Die Wirtschaft wächst."), "Wirtschaft").glosses[0]).toBe("economy");
    expect(word(analyse("Die Kapelle am Waldrand ist sehr alt."), "Kapelle").glosses[0]).toBe("chapel");
  });

  it("takes a field told by verbs alone over a first sense in another field only", () => {
    // Stimme's first sense, "voice", has no field: the general word, right for singing too.
    expect(word(analyse("Sie singt mit klarer Stimme."), "Stimme").glosses[0]).toBe("voice");
  });
});

describe("a verb takes its sense of the field its clause's nouns speak of", () => {
  it("is told by words of grammar: beugen [ling.] 'to decline'", () => {
    const w = word(analyse("Im Deutschen werden Nomen nach Kasus und Numerus gebeugt."), "gebeugt");
    expect(w.glosses[0]).toBe("to decline");
    expect(word(analyse("Er beugte sich über den Tisch."), "beugte").glosses[0]).not.toBe("to decline");
  });

  it("keeps the sense its preposition chose", () => {
    const w = word(analyse("Der Patient hat sich schnell von der Operation erholt."), "erholt");
    expect(w.glosses[0]).toBe("to recover from");
  });
});

describe("a noun in a clause about a shop takes its sense of trade", () => {
  it("Artikel in the basket is an item", () => {
    expect(word(analyse("Legen Sie den Artikel einfach in den Warenkorb."), "Artikel").glosses[0]).toBe(
      "piece of merchandise",
    );
    expect(word(analyse("Im Deutschen hat jedes Nomen einen Artikel."), "Artikel").glosses[0]).toBe("article");
  });
});

describe("a word in a clause about the laboratory takes its sense of chemistry", () => {
  it("schleudern in the centrifuge is to centrifuge", () => {
    const w = word(analyse("Die Proben werden zehn Minuten lang in der Zentrifuge geschleudert."), "geschleudert");
    expect(w.glosses[0]).toBe("to centrifuge");
    expect(word(analyse("Der Sturm hat das Boot an die Felsen geschleudert."), "geschleudert").glosses[0]).not.toBe(
      "to centrifuge",
    );
  });
});
