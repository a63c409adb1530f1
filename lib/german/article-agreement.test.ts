import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a noun agrees with its article", () => {
  it("takes the reading of the form that agrees (dem Schuppen: the shed, not the scales)", () => {
    expect(word(analyse("Er holte Holz aus dem Schuppen."), "Schuppen")).toMatchObject({
      lemma: "Schuppen",
      gender: "m",
    });
    expect(word(analyse("Die Schuppen des Fisches glänzen."), "Schuppen")).toMatchObject({ lemma: "Schuppe" });
  });

  it("gives a singular the one gender its article allows where the dictionary has another", () => {
    expect(word(analyse("Im Park spielt eine Band."), "Band").gender).toBe("f");
    expect(word(analyse("Ich lese den zweiten Band."), "Band").gender).toBe("m");
    expect(word(analyse("Das Band ist rot."), "Band").gender).toBe("n");
  });

  it("takes the full-form data's gender where the article allows it and not Ding's", () => {
    // Ding has one entry for die See and der See, and for die Steuer (tax) and das Steuer (wheel).
    expect(word(analyse("Er saß am Steuer."), "Steuer").gender).toBe("n");
    expect(word(analyse("Der See ist tief."), "See").gender).toBe("m");
    expect(word(analyse("Wir fuhren an die See."), "See").gender).toBe("f");
    // Opening a sentence der may be a feminine dative: no gender is forced on the noun.
    expect(word(analyse("Der Frau gefiel das Buch."), "Frau").gender).toBe("f");
  });

  it("leaves plurals, zero plurals and relative pronouns alone", () => {
    expect(word(analyse("Die Lehrer kommen."), "Lehrer").gender).toBe("m");
    expect(word(analyse("Die Gartenstühle stehen da."), "Gartenstühle").gender).toBe("m");
    expect(word(analyse("Die Stadt, die Geld braucht, wartet."), "Geld").gender).toBe("n");
  });
});

describe("a noun no dictionary has, after an article of one gender", () => {
  it.each([
    ["Zum Schluss näht man einen flauschigen Pompon obenauf.", "Pompon", "m"],
    ["Wir haben gestern eine Glorbifax gekauft.", "Glorbifax", "f"],
  ])("%s: %s takes the article's gender (%s)", (sentence, text, gender) => {
    expect(word(analyse(sentence), text)).toMatchObject({ pos: "noun", gender });
  });

  it.each([
    ["Wir sprachen gestern mit dem Glorbifax.", "Glorbifax"],
    ["Wir sahen gestern die Glorbifax.", "Glorbifax"],
  ])("%s: an article of two genders or the plural gives none", (sentence, text) => {
    expect(word(analyse(sentence), text).gender).toBeUndefined();
  });
});

describe("a plural after a number or a plural article, not a nominalised infinitive", () => {
  it.each([
    ["Nach sieben Spielen war die Saison vorbei.", "Spiel"],
    ["Er traf in 3 Spielen hintereinander.", "Spiel"],
    ["Sie sprach in den Spielen gegen Köln.", "Spiel"],
  ])("%s: Spielen is the plural of %s", (sentence, lemma) => {
    expect(word(analyse(sentence), "Spielen")).toMatchObject({ lemma, pos: "noun" });
  });

  it("keeps the nominalised infinitive where the singular fits, and a count of one", () => {
    expect(word(analyse("Beim Spielen lernen Kinder viel."), "Spielen").lemma).toBe("Spielen");
    expect(word(analyse("Das Spielen im Garten macht Spaß."), "Spielen").lemma).toBe("Spielen");
    expect(word(analyse("Nach zwei Rennen war Schluss."), "Rennen").lemma).toBe("Rennen");
  });
});

describe("a plural where the phrase wants a neuter singular", () => {
  it.each([
    ["Beim Arbeiten hört er Musik.", "Arbeiten"],
    ["Das Arbeiten im Garten macht Spaß.", "Arbeiten"],
    // An adjective in -es with no determiner before it has the strong ending of a neuter singular.
    ["Stattdessen findet in der dritten Stunde betreutes Arbeiten statt.", "Arbeiten"],
    ["Betreutes Arbeiten ist möglich.", "Arbeiten"],
  ])("%s: %s is the verb used as a noun, neuter, not the plural of Arbeit", (sentence, text) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma: text, pos: "noun", gender: "n" });
  });

  it("leaves the plural where the phrase allows one (die Arbeiten, schwere Arbeiten)", () => {
    expect(word(analyse("Die Arbeiten dauern an."), "Arbeiten")).toMatchObject({ lemma: "Arbeit", gender: "f" });
    expect(word(analyse("Er erledigt schwere Arbeiten."), "Arbeiten")).toMatchObject({ lemma: "Arbeit" });
  });
});
