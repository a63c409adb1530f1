import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("grammar on the card: nouns", () => {
  it.each([
    ["Wir sprechen mit dem Kollegen.", "Kollegen", "Kollege", "Kollegen"],
    ["Das Zimmer des Studenten ist klein.", "Studenten", "Student", "Studenten"],
    ["Der Bär schläft im Wald.", "Bär", "Bär", "Bären"],
    ["Sie fragte einen Polizisten nach dem Weg.", "Polizisten", "Polizist", "Polizisten"],
    // A compound the full-form data lacks declines like its last part.
    ["Die Reise des Festlandchinesen dauerte lange.", "Festlandchinesen", "Festlandchinese", "Festlandchinesen"],
  ])("%s: %s is a weak noun (des %s… → %s)", (sentence, text, lemma, genitive) => {
    const w = word(analyse(sentence), text);
    expect(w).toMatchObject({ lemma, gender: "m", weak: { genitive } });
  });

  it("keeps the capital after a hyphen (des US-Präsidenten)", () => {
    expect(word(analyse("Das Büro des US-Präsidenten ist groß."), "US-Präsidenten").weak).toEqual({
      genitive: "US-Präsidenten",
    });
  });

  it("keeps the genitive in -ns of the mixed nouns (des Namens)", () => {
    expect(word(analyse("Er kannte den Namen nicht."), "Namen").weak).toEqual({ genitive: "Namens" });
  });

  it.each([
    ["Der Tisch steht im Zimmer.", "Tisch"],
    ["Die Lampe ist neu.", "Lampe"],
    ["Das Kind spielt.", "Kind"],
    ["Der Lehrer kommt.", "Lehrer"],
  ])("%s: %s is no weak noun", (sentence, text) => {
    expect(word(analyse(sentence), text).weak).toBeUndefined();
  });

  it("explains the case of an inflected noun form", () => {
    expect(word(analyse("Sie gab den Kindern Äpfel."), "Kindern").form).toEqual({ plural: ["dat"] });
    expect(word(analyse("Das Dach des Hauses ist rot."), "Hauses").form).toEqual({ singular: ["gen"] });
    // The data lists "Jahrs": the genitive in -es is the same case.
    expect(word(analyse("Am Ende des Jahres kam er."), "Jahres").form).toEqual({ singular: ["gen"] });
    expect(word(analyse("Die Reise des Festlandchinesen dauerte lange."), "Festlandchinesen").form).toEqual({
      singular: ["gen", "dat", "acc"],
      plural: ["nom", "gen", "dat", "acc"],
    });
    expect(word(analyse("Der Tisch steht hier."), "Tisch").form).toBeUndefined();
  });

  it("marks nominalised adjectives, whose gender comes from the article", () => {
    const a = analyse("Ein Abgeordneter sprach mit der Abgeordneten, die Vorsitzende hörte zu.");
    expect(word(a, "Abgeordneter")).toMatchObject({ lemma: "Abgeordnete", gender: "m", adjectival: true });
    expect(word(a, "Vorsitzende")).toMatchObject({ gender: "f", adjectival: true });
    expect(word(a, "Vorsitzende").weak).toBeUndefined();
    // The card shows the plural after "die": die Vorsitzenden, die Abgeordneten (not "die Vorsitzende").
    expect(word(a, "Vorsitzende").plural).toBe("Vorsitzenden");
    expect(word(a, "Abgeordneter").plural).toBe("Abgeordneten");
    expect(word(analyse("Ein Vorsitzender wurde gewählt."), "Vorsitzender")).toMatchObject({
      lemma: "Vorsitzende",
      gender: "m",
      adjectival: true,
    });
  });

  it("gives a nominalised adjective Ding has only in -er its meaning under the -e lemma (Reisender)", () => {
    // The full-form data's sense-less "Reisende" (n) and Ding's plural-only "Einheimische" yield.
    const plural = analyse("Die Reisenden und die Einheimischen waren müde.");
    expect(word(plural, "Reisenden")).toMatchObject({ lemma: "Reisende", gender: "m", adjectival: true, known: true });
    expect(word(plural, "Reisenden").glosses).toContain("traveller");
    expect(word(plural, "Einheimischen")).toMatchObject({ lemma: "Einheimische", gender: "m", adjectival: true });
    expect(word(analyse("Die Reisende aus Köln fragte."), "Reisende")).toMatchObject({
      lemma: "Reisende",
      gender: "f",
    });
    // An adjective written as a noun that the dictionary lacks: das Unglaubliche, with the adjective's meaning.
    expect(word(analyse("Sie haben Unglaubliches geleistet."), "Unglaubliches")).toMatchObject({
      lemma: "Unglaubliche",
      pos: "noun",
      gender: "n",
      adjectival: true,
      glosses: expect.arrayContaining(["unbelievable"]),
    });
    // It is read before a compound guessed from pieces: Leckeres is no Leck·e + Re.
    const tasty = word(analyse("Es gibt etwas Leckeres."), "Leckeres");
    expect(tasty).toMatchObject({ lemma: "Leckere", pos: "noun", gender: "n", adjectival: true });
    expect(tasty.parts).toBeUndefined();
    // Meister (plural Meister) is no nominalised "Meiste".
    expect(word(analyse("Der Meister kam."), "Meister").lemma).toBe("Meister");
  });

  it("keeps a nominalised superlative's degree in its lemma, with the adjective's meaning", () => {
    // die Jüngsten: die Jüngste (the youngest), not an unknown noun Jüngsten; umlauted superlatives too.
    const a = analyse("Die Jüngsten basteln Laternen, und wir helfen den Ärmsten.");
    expect(word(a, "Jüngsten")).toMatchObject({ lemma: "Jüngste", pos: "noun" });
    expect(word(a, "Jüngsten").glosses).toContain("young");
    expect(word(a, "Ärmsten")).toMatchObject({ lemma: "Ärmste", pos: "noun" });
  });

  it("gives the strong masculine of a person Ding lists under -e the noun's meaning, not the adjective's", () => {
    // Bekannte (acquaintance), Verletzte (injured person): "ein Bekannter" is no "known", "ein Verletzter" no "gammy".
    const a = analyse("Ein Bekannter rief an, und ein Verletzter lag auf der Straße.");
    expect(word(a, "Bekannter")).toMatchObject({ lemma: "Bekannte", pos: "noun", gender: "m", adjectival: true });
    expect(word(a, "Bekannter").glosses[0]).toBe("acquaintance");
    expect(word(a, "Verletzter").glosses[0]).toBe("injured person");
    // -es is a thing, not the person: etwas Bekanntes keeps the adjective's meaning.
    expect(word(analyse("Er sah etwas Bekanntes."), "Bekanntes")).toMatchObject({
      gender: "n",
      glosses: expect.arrayContaining(["known"]),
    });
  });

  it("does not mark a feminine noun of its own that only looks like an adjective with -e", () => {
    // Platte, Initiative, Breite: feminine nouns (no "Platter" plate beside them), declined as nouns.
    const a = analyse("Die Platte liegt neben der Bürgerinitiative, die Breite stimmt.");
    expect(word(a, "Platte").adjectival).toBeUndefined();
    expect(word(a, "Bürgerinitiative")).toMatchObject({ gender: "f" });
    expect(word(a, "Bürgerinitiative").adjectival).toBeUndefined();
    expect(word(a, "Breite").adjectival).toBeUndefined();
    // A participle's noun stays adjectival even where Ding has it as feminine only: eine Illustrierte.
    expect(word(analyse("Sie liest eine Illustrierte."), "Illustrierte").adjectival).toBe(true);
  });
});

describe("grammar on the card: verbs", () => {
  it.each([
    ["Er ging früh nach Hause.", "ging", { past: "ging", participle: "gegangen", auxiliary: "sein" }],
    ["Sie empfing die Gäste.", "empfing", { present: "empfängt", past: "empfing", participle: "empfangen" }],
    ["Wir fuhren nach Bremen.", "fuhren", { present: "fährt", past: "fuhr", participle: "gefahren" }],
    ["Er brachte Blumen mit.", "brachte", { past: "brachte mit", participle: "mitgebracht" }],
    ["Sie denkt an ihre Mutter.", "denkt", { past: "dachte", participle: "gedacht" }],
  ])("%s: %s has principal parts", (sentence, text, parts) => {
    expect(word(analyse(sentence), text).principalParts).toMatchObject(parts);
  });

  it("writes principal parts in today's spelling, where the data keeps the old one (mußte)", () => {
    expect(word(analyse("Sie musste früh aufstehen."), "musste")).toMatchObject({
      principalParts: { present: "muss", past: "musste" },
      form: { kinds: ["past"] },
    });
    expect(word(analyse("Er vergisst alles."), "vergisst").principalParts).toMatchObject({ present: "vergisst" });
    expect(word(analyse("Sie aß einen Apfel."), "aß").principalParts).toMatchObject({ past: "aß" });
  });

  it("keeps a double particle together (voranbringen: brachte voran)", () => {
    expect(word(analyse("Wir wollen das Projekt voranbringen."), "voranbringen").principalParts).toMatchObject({
      past: "brachte voran",
      participle: "vorangebracht",
    });
  });

  it("gives weak verbs no principal parts", () => {
    expect(word(analyse("Sie kaufte ein Brot."), "kaufte").principalParts).toBeUndefined();
    expect(word(analyse("Er arbeitet im Garten."), "arbeitet").principalParts).toBeUndefined();
  });

  it.each([
    ["Er sagte, er wolle morgen kommen.", "wolle", ["subjunctive1"]],
    ["Sie behauptet, sie sei krank.", "sei", ["subjunctive1"]],
    ["Wenn ich Zeit hätte, käme ich.", "käme", ["subjunctive2"]],
    ["Gestern lief der Hund weg.", "lief", ["past"]],
    ["Sie hat das Buch gelesen.", "gelesen", ["participle"]],
    ["Er schläft.", "schläft", ["present"]],
    ["Er kaufte Brot.", "kaufte", ["past", "subjunctive2"]],
  ])("%s: %s is %j", (sentence, text, kinds) => {
    expect(word(analyse(sentence), text).form).toEqual({ kinds });
  });

  it("calls a form an imperative only where a command can stand", () => {
    expect(word(analyse("Sei vorsichtig!"), "Sei").form?.kinds).toContain("imperative");
    expect(word(analyse("Er sagt, er sei vorsichtig."), "sei").form?.kinds).not.toContain("imperative");
  });

  it.each([
    ["Ich erinnere mich gern an den Sommer.", "erinnere"],
    ["Er freut sich über das Geschenk.", "freut"],
    ["Die Firma hebt sich durch ihren Service ab.", "hebt"],
    // Only ever reflexive: shown so even where the clause's pronoun does not agree with a subject in view.
    ["Beeilt euch, der Zug fährt gleich!", "Beeilt"],
    // A dative reflexive: with its subject, or an imperative's unwritten du.
    ["Ich ziehe mir eine Jacke an.", "ziehe"],
    ["Zieh dir eine Jacke an!", "Zieh"],
    // The imperative plural's unwritten ihr goes with euch.
    ["Bewegt euch nicht!", "Bewegt"],
    ["Setzt euch bitte hin!", "Setzt"],
  ])("%s: %s is reflexive", (sentence, text) => {
    expect(word(analyse(sentence), text).reflexive).toBe(true);
  });

  it.each([
    ["Er erinnert mich an meinen Vater.", "erinnert"],
    ["Er hebt Geld ab.", "hebt"],
    ["Sie kauft sich ein Eis, und er isst.", "isst"],
    ["Zieht er dir die Jacke an?", "Zieht"],
    // euch with the singular's du is an object: help for you, not oneself.
    ["Hilf euch gegenseitig!", "Hilf"],
  ])("%s: %s is not used reflexively", (sentence, text) => {
    expect(word(analyse(sentence), text).reflexive).toBeUndefined();
  });
});

describe("grammar on the card: adjectives", () => {
  it.each([
    ["Das ist der größte Turm.", "größte", "superlative"],
    ["Sie wohnt im schönsten Haus.", "schönsten", "superlative"],
    ["Er kaufte einen kleineren Wagen.", "kleineren", "comparative"],
    ["Heute ist es wärmer als gestern.", "wärmer", "comparative"],
    ["Das ist die beste Idee.", "beste", "superlative"],
  ])("%s: %s is the %s", (sentence, text, kind) => {
    expect(word(analyse(sentence), text).form).toEqual({ kinds: [kind] });
  });

  it.each([
    ["Mein Bruder ist älter als ich.", "älter", "alt", "adj"],
    ["Die älteren Leute warten.", "älteren", "alt", "adj"],
    ["Er ist stärker geworden.", "stärker", "stark", "adj"],
    ["Die Tage werden länger.", "länger", "lang", "adj"],
    ["Die früheren Jahre waren schwer.", "früheren", "früh", "adj"],
    ["Es wird später.", "später", "spät", "adj"],
  ])("%s: %s, a comparative with a headword of its own, is the comparative of %s", (sentence, text, lemma, pos) => {
    const w = word(analyse(sentence), text);
    expect([w.lemma, w.pos, w.form]).toEqual([lemma, pos, { kinds: ["comparative"] }]);
  });

  it("keeps adjectives that only look like comparatives (lecker is no form of leck; weiter is an adverb of its own)", () => {
    expect(word(analyse("Der Kuchen ist lecker."), "lecker")).toMatchObject({ lemma: "lecker", pos: "adj" });
    expect(word(analyse("Der Kuchen ist lecker."), "lecker").form).toBeUndefined();
    // (Not "sie fahren weiter nach Süden": there weiter is the particle of weiterfahren, its goal after the bracket.)
    expect(word(analyse("Das Wetter wird besser, und sie wohnt weiter im Süden."), "weiter").lemma).toBe("weiter");
  });

  it("leaves the positive and uncertain forms unexplained", () => {
    expect(word(analyse("Ein kleiner Hund bellt."), "kleiner").form).toBeUndefined();
    expect(word(analyse("Das rote Auto fährt."), "rote").form).toBeUndefined();
  });
});
