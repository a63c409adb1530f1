import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a present participle written as a noun", () => {
  it.each([
    ["Schwangere und Stillende sollten das nicht nehmen.", "Stillende"],
    ["Die Hebamme hilft Stillenden.", "Stillenden"],
  ])("%s: %s is the nominalised participle, not a compound of pieces", (sentence, text) => {
    const w = word(analyse(sentence), text);
    expect(w).toMatchObject({ lemma: "Stillende", pos: "noun" });
    expect(w.parts ?? []).toHaveLength(0);
  });

  it("leaves one the data knows whole (die Reisenden: Reisende, m)", () => {
    expect(word(analyse("Die Reisenden warten."), "Reisenden")).toMatchObject({ lemma: "Reisende", gender: "m" });
  });
});

describe("a nominalised adjective the dictionary has whole", () => {
  it("is that adjective nominalised, not a compound of a first part and a nominalised head (allein + Stehende)", () => {
    const w = word(analyse("Alleinstehende lernen neue Menschen kennen."), "Alleinstehende");
    expect(w).toMatchObject({ lemma: "Alleinstehende", pos: "noun" });
    expect(w.parts ?? []).toHaveLength(0);
    expect(w.gender).toBeUndefined();
  });
});

describe("an infinitive written as a noun that Ding lacks", () => {
  it.each([
    ["Erst beim Betreten eines Sonderfeldes.", "Betreten"],
    ["Wegen des Betretens der Wiese.", "Betretens"],
  ])("%s: %s is the neuter nominalised infinitive with the verb's meaning", (sentence, text) => {
    const w = word(analyse(sentence), text);
    expect(w).toMatchObject({ lemma: "Betreten", pos: "noun", gender: "n", known: true });
  });
});

describe("a town Ding also files as a noun of proper words", () => {
  it("is the name after an institution (das Landgericht Koblenz; Koblenz {n}: Coblantzian)", () => {
    expect(word(analyse("Vor dem Landgericht Koblenz musste er erscheinen."), "Koblenz").pos).toBe("name");
  });
});

describe("a company of the open list (data/gazetteer/companies.txt)", () => {
  it.each([
    ["Volkswagen will Stellen abbauen.", "Volkswagen"],
    ["Das sagt Volkswagen.", "Volkswagen"],
    ["Porsche baut einen neuen Wagen.", "Porsche"],
  ])("%s: %s is a name, at the start of a sentence too, not a compound of words", (sentence, text) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma: text, pos: "name" });
  });

  it("leaves a listed word that is a German word's form to the dictionary (Kinder, Hotels)", () => {
    expect(word(analyse("Kinder spielen im Hof."), "Kinder")).toMatchObject({ lemma: "Kind", pos: "noun" });
    expect(word(analyse("Die Hotels sind voll."), "Hotels")).toMatchObject({ lemma: "Hotel", pos: "noun" });
  });
});

describe("a sentence opened by a neuter adjective in -es with no noun after it", () => {
  it.each([
    ["Neues aus dem Fundbüro", "Neues", "Neue"],
    ["Leckeres vom Grill", "Leckeres", "Leckere"],
    ["Zerbrechliches verpacken unsere Mitarbeiter in Kisten.", "Zerbrechliches", "Zerbrechliche"],
    ["Süßes gibt es erst nach dem Essen.", "Süßes", "Süße"],
  ])("%s: %s is the nominalised adjective", (sentence, text, lemma) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma, pos: "noun" });
  });

  it("leaves the adjective before a noun or a comma", () => {
    expect(word(analyse("Schönes Wetter in Bayern"), "Schönes")).toMatchObject({ lemma: "schön", pos: "adj" });
    expect(word(analyse("Kleines, feines Hotel am See"), "Kleines")).toMatchObject({ lemma: "klein", pos: "adj" });
    expect(word(analyse("Kleines rotes Auto zu verkaufen"), "Kleines")).toMatchObject({ lemma: "klein", pos: "adj" });
  });
});

describe("a dictionary noun in -es that is an adjective or participle made a noun", () => {
  it("is named by its -e form, as every nominalised adjective (Erbrochenes: Erbrochene)", () => {
    expect(word(analyse("Erbrochenes muss sofort entfernt werden."), "Erbrochenes")).toMatchObject({
      lemma: "Erbrochene",
      pos: "noun",
      gender: "n",
    });
  });
});

describe("a word with a capital inside, after small letters", () => {
  it.each([
    ["Karten gibt es beim Kartenservice KölnTicket am Markt.", "KölnTicket"],
    ["Gefördert wurde der Film vom FilmFernsehFonds Bayern.", "FilmFernsehFonds"],
    ["KölnTicket verkauft die Karten.", "KölnTicket"],
  ])("%s: %s is a name as written, not a compound", (sentence, text) => {
    const w = word(analyse(sentence), text);
    expect(w).toMatchObject({ lemma: text, pos: "name" });
    expect(w.parts ?? []).toHaveLength(0);
  });

  it("leaves one the dictionary lists to it (die BahnCard)", () => {
    expect(word(analyse("Er kaufte eine BahnCard."), "BahnCard").pos).toBe("noun");
  });
});

describe("a country Ding files as a noun glossed by its English name", () => {
  it("is the country's name in every case (aus den Niederlanden: Niederlande)", () => {
    expect(word(analyse("Weniger Gäste kamen aus den Niederlanden."), "Niederlanden")).toMatchObject({
      lemma: "Niederlande",
      pos: "name",
    });
  });
});

describe("a range on -gebirge", () => {
  it("is a name after a range the lists know (im Karwendelgebirge), though Kar and Wendel are German words", () => {
    expect(word(analyse("Gedreht wurde der Film im Karwendelgebirge."), "Karwendelgebirge").pos).toBe("name");
  });

  it("stays a noun after a German word (das Mittelgebirge, das Faltengebirge)", () => {
    expect(word(analyse("Das Mittelgebirge ist alt."), "Mittelgebirge").pos).toBe("noun");
    expect(word(analyse("Das Faltengebirge entstand früh."), "Faltengebirge").pos).toBe("noun");
  });
});
