import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("participles used as adjectives", () => {
  it.each([
    ["Die lächelnden Kinder spielen im Hof.", "lächelnden", "lächelnd"],
    ["Er sprach mit den handelnden Personen.", "handelnden", "handelnd"],
    ["Die sich verschlechternde Lage beunruhigt sie.", "verschlechternde", "verschlechternd"],
  ])("%s: %s is the present participle %s", (sentence, text, lemma) => {
    expect(word(analyse(sentence), text)).toMatchObject({ pos: "adj", lemma });
  });

  it.each([
    ["Die erhaltene Summe war zu klein.", "erhaltene", "erhalten"],
    ["Die überlassene Wohnung war leer.", "überlassene", "überlassen"],
  ])("%s: %s is the participle spelled like its infinitive (%s)", (sentence, text, lemma) => {
    expect(word(analyse(sentence), text)).toMatchObject({ pos: "adj", lemma });
  });

  it.each([
    ["Verwenden Sie eine scharfe, gut gereinigte Schere.", "gereinigte", "gereinigt"],
    ["Wir singen die alten und vergessenen Lieder.", "vergessenen", "vergessen"],
    ["Er saß am frisch eingerichteten Becken.", "eingerichteten", "eingerichtet"],
  ])("%s: %s after a modifier or a coordinated adjective is the participle %s", (sentence, text, lemma) => {
    expect(word(analyse(sentence), text)).toMatchObject({ pos: "adj", lemma });
  });

  it.each([
    ["Er passt zu gebratenem Fisch.", "gebratenem", "gebraten"],
    ["Wir essen gebratene Zander.", "gebratene", "gebraten"],
  ])("%s: %s, an inflected participle with no other reading, is the participle %s", (sentence, text, lemma) => {
    expect(word(analyse(sentence), text)).toMatchObject({ pos: "adj", lemma });
  });

  it.each([
    ["Das Holz brannte knisternd im Ofen.", "knisternd"],
    ["Knisternd brannte das Holz im Ofen.", "Knisternd"],
  ])("%s: %s, uninflected and in no dictionary, is the present participle of a verb it has", (sentence, text) => {
    expect(word(analyse(sentence), text)).toMatchObject({ pos: "adj", lemma: "knisternd" });
  });

  it("leaves the infinitive a verb (Wir werden die Äpfel erhalten)", () => {
    expect(word(analyse("Wir werden die Äpfel erhalten."), "erhalten")).toMatchObject({
      pos: "verb",
      lemma: "erhalten",
    });
  });
});

describe("an adjective's adverb in a fixed use", () => {
  it.each([
    ["Die Stadt hat rund 500 Einwohner.", "rund", "around"],
    ["Es kamen knapp zwei Millionen Besucher.", "knapp", "just under"],
    ["Das interessiert mich gar nicht.", "gar", "at all"],
    ["Sie hatte gar keine Zeit.", "gar", "at all"],
  ])("%s: %s is the adverb %s", (sentence, text, gloss) => {
    const w = word(analyse(sentence), text);
    expect(w.pos).toBe("adv");
    expect(w.glosses[0]).toBe(gloss);
  });

  it.each([
    ["Das Fleisch ist noch nicht gar.", "gar"],
    ["Der Tisch ist rund.", "rund"],
    ["Die Zeit ist knapp.", "knapp"],
    // Closing a clause that has its finite verb, an inflected form is no second one (lange of langen).
    ["Das dauert bekanntlich lange.", "lange"],
  ])("%s: %s stays the adjective", (sentence, text) => {
    expect(word(analyse(sentence), text).pos).toBe("adj");
  });
});

describe("a participle that is also an adverb", () => {
  it("is the adverb beside an auxiliary with more of its clause to come", () => {
    const words = analyse("Morgen wird bestimmt alles besser.");
    expect(word(words, "bestimmt")).toMatchObject({ lemma: "bestimmt", pos: "adv" });
    expect(word(words, "bestimmt").glosses[0]).toBe("certainly");
    // So werden is the copula, not the passive; and Morgen opening the sentence before it is "tomorrow".
    expect(word(words, "wird").glosses[0]).toBe("to become");
    expect(word(words, "Morgen")).toMatchObject({ lemma: "morgen", pos: "adv" });
  });

  it.each([
    ["Das wurde vom Gericht bestimmt.", "verb"],
    ["Sie interessiert sich für moderne Kunst.", "verb"],
    ["Er hat das bestimmt gesagt.", "adv"],
  ])("%s: %s", (sentence, pos) => {
    const text = sentence.includes("interessiert") ? "interessiert" : "bestimmt";
    expect(word(analyse(sentence), text).pos).toBe(pos);
  });

  it.each(["Er kommt bestimmt.", "Nächsten Sommer besuchen wir dich bestimmt.", "Wir besuchen dich bestimmt."])(
    "is the adverb of certainty closing a clause whose finite verb is another word, with no auxiliary: %s",
    (s) => {
      expect(word(analyse(s), "bestimmt")).toMatchObject({ lemma: "bestimmt", pos: "adv" });
    },
  );

  it.each([
    // Alone it is the finite verb; with werden, the passive's participle.
    ["Der Vorstand bestimmt.", "verb"],
    ["Der Termin wird morgen bestimmt.", "verb"],
  ])("%s: %s", (sentence, pos) => {
    expect(word(analyse(sentence), "bestimmt").pos).toBe(pos);
  });
});

describe("a finite verb against a specialist adjective spelled the same", () => {
  it("reads galt as gelten, not the farmer's adjective 'barren'", () => {
    expect(word(analyse("Kreutzer galt als eigensinnig, aber herzlich."), "galt")).toMatchObject({
      pos: "verb",
      lemma: "gelten",
    });
  });

  it("keeps the adjective beside sein", () => {
    expect(word(analyse("Die Kuh ist galt."), "galt").pos).toBe("adj");
  });
});

describe("als beside a finite verb", () => {
  it.each(["Sie verdient als Ärztin sehr gut.", "Als Pflegekraft verdient sie nicht besonders viel."])(
    "%s: verdient is verdienen, not the adjective 'deserved' after a copula",
    (sentence) => {
      expect(word(analyse(sentence), "verdient")).toMatchObject({ pos: "verb", lemma: "verdienen" });
    },
  );

  it("keeps the adjective right after als", () => {
    expect(word(analyse("Er gilt als sehr begabt."), "begabt")).toMatchObject({ pos: "adj", lemma: "begabt" });
  });
});

describe("a participle of two verbs beside its auxiliary", () => {
  it("takes the verb whose perfect Ding gives with sein after sein", () => {
    const w = word(analyse("Die Temperatur ist über Nacht unter null gefallen."), "gefallen");
    expect(w).toMatchObject({ pos: "verb", lemma: "fallen" });
    expect(word(analyse("Der Film hat mir gut gefallen."), "gefallen")).toMatchObject({ lemma: "gefallen" });
  });

  it("takes the verb whose participle it is before the passive's werden, after a modal", () => {
    const w = word(analyse("Die kranke Buche musste leider gefällt werden."), "gefällt");
    expect(w).toMatchObject({ pos: "verb", lemma: "fällen" });
    expect(word(analyse("Die alten Pappeln sollen im Winter gefällt werden."), "gefällt")).toMatchObject({
      lemma: "fällen",
    });
    expect(word(analyse("Das Bild gefällt mir sehr."), "gefällt")).toMatchObject({ lemma: "gefallen" });
    expect(word(analyse("Ob es ihm gefällt, werden wir sehen."), "gefällt")).toMatchObject({ lemma: "gefallen" });
  });
});

describe("the salutation of a letter", () => {
  it.each([
    ["Lieber Tom, wie geht es dir?", "Lieber"],
    ["Liebe Anna, danke für den Brief.", "Liebe"],
    ["Lieber Herr Müller, vielen Dank.", "Lieber"],
    ["Lieber Kunde, leider haben wir Sie nicht angetroffen.", "Lieber"],
    ["Lieber Nachbar! Ihr Paket liegt bei uns.", "Lieber"],
    ["Lieber Kollege und Freund, herzlichen Glückwunsch.", "Lieber"],
  ])("%s: %s is the adjective lieb", (sentence, text) => {
    expect(word(analyse(sentence), text)).toMatchObject({ pos: "adj", lemma: "lieb" });
  });

  it("takes the adjective again in a second salutation after a comma or und", () => {
    const sentence = "Liebe Fahrschülerin, lieber Fahrschüler, du hast es geschafft.";
    expect(word(analyse(sentence), "lieber")).toMatchObject({ pos: "adj", lemma: "lieb" });
    expect(word(analyse("Liebe Anna und lieber Tom, danke für den Brief."), "lieber")).toMatchObject({
      pos: "adj",
      lemma: "lieb",
    });
  });

  it("leaves the adverb lieber after a comma where the salutation has none", () => {
    expect(word(analyse("Hallo Tom, lieber Tee als Kaffee?"), "lieber")).toMatchObject({ pos: "adv", lemma: "gern" });
  });

  it("leaves the noun where no name follows", () => {
    expect(word(analyse("Liebe ist das Wichtigste."), "Liebe").pos).toBe("noun");
  });

  it("leaves the adverb lieber where the noun after it is no one addressed", () => {
    expect(word(analyse("Lieber Tee als Kaffee."), "Lieber")).toMatchObject({ pos: "adv", lemma: "gern" });
  });
});

describe("a word in -weise", () => {
  it("is the adverb the dictionary has where no noun follows it", () => {
    const w = word(analyse("Der Unterricht findet wahlweise bei Ihnen daheim statt."), "wahlweise");
    expect(w).toMatchObject({ lemma: "wahlweise", pos: "adv" });
  });
});

describe("a word the dictionary has only as an adverb that inflects as an adjective", () => {
  it.each([
    ["Die Miete beträgt monatlich 500 Euro.", "monatlich"],
    ["Ich bin mit dem Termin einverstanden.", "einverstanden"],
    ["Die Zeitung erscheint täglich.", "täglich"],
  ])("%s: %s is the adjective used adverbially", (sentence, text) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma: text, pos: "adj" });
  });

  it.each([
    ["Zur Eröffnung gibt es für jeden Gast ein Stück Kuchen gratis.", "gratis"],
    ["Nehmt genug Wasser mit!", "genug"],
    ["Sie können die Ausleihe online verlängern.", "online"],
    ["Der Eintritt ist gratis.", "gratis"],
    ["Stricken Sie zwei Maschen rechts zusammen.", "rechts"],
  ])("%s: %s, an adjective never declined, is the adverb", (sentence, text) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma: text, pos: "adv" });
  });

  it("keeps a rare adjective the lists cannot vouch is never declined", () => {
    expect(word(analyse("Die Katze ist sehr scheu."), "scheu")).toMatchObject({ pos: "adj" });
  });

  it("keeps an adverb the full-form data does not inflect", () => {
    expect(word(analyse("Er kommt bald wieder."), "bald")).toMatchObject({ pos: "adv" });
  });
});

describe("a present participle", () => {
  it.each([
    ["Anschließend laden Sie den Treiber herunter.", "Anschließend", "anschließend"],
    ["Die Kinder spielen lachend im Hof.", "lachend", "lachend"],
  ])("%s: %s is no verb form (%s)", (sentence, text, lemma) => {
    const w = word(analyse(sentence), text);
    expect(w.lemma).toBe(lemma);
    expect(w.pos).not.toBe("verb");
  });
});

describe("an adjective used adverbially", () => {
  it.each([
    // The adverb's gloss is the adjective's as an English adverb, in a later sense (constant → constantly,
    // annoyed → annoyedly).
    ["Der Filter setzt sich ständig zu.", "ständig"],
    ["Ärgerlich finde ich den kleinen Behälter.", "Ärgerlich"],
  ])("%s: %s is the adjective", (sentence, text) => {
    expect(word(analyse(sentence), text).pos).toBe("adj");
  });

  it.each([
    // A present participle, whatever the dictionary's adverb (hervorragend: preeminently, weitgehend: largely).
    ["Die Kinder spielen hervorragend zusammen.", "hervorragend"],
    ["Die Pläne stießen weitgehend auf Zustimmung.", "weitgehend"],
  ])("%s: %s, a present participle, is the adjective", (sentence, text) => {
    expect(word(analyse(sentence), text)).toMatchObject({ pos: "adj", lemma: text });
  });

  it.each([
    // Before zu and its infinitive: zu there is no word of degree the word could modify ("genau zu spät").
    ["Die Verbraucherzentrale rät, das Kleingedruckte genau zu lesen.", "genau"],
    ["Es ist wichtig, die Zähne gründlich zu putzen.", "gründlich"],
  ])("%s: %s before zu and an infinitive is the adjective", (sentence, text) => {
    expect(word(analyse(sentence), text)).toMatchObject({ pos: "adj", lemma: text });
  });

  it("leaves an adverb with a meaning of its own (Er hat endlich gewonnen)", () => {
    expect(word(analyse("Er hat endlich gewonnen."), "endlich").pos).toBe("adv");
  });
});

describe("a past participle right before another verb of its clause", () => {
  it.each([
    ["Die Fans, die begeistert feiern, singen.", "begeistert"],
    ["Wir fahren ohne ihn, weil zwei Spieler verletzt ausfallen.", "verletzt"],
    ["Verdient gewonnen, sagen die Fans.", "Verdient"],
    ["Die Grundstückseigentümer werden gesondert benachrichtigt.", "gesondert"],
  ])("%s: %s is used adverbially, the adjective", (sentence, text) => {
    expect(word(analyse(sentence), text)).toMatchObject({ pos: "adj", lemma: text.toLowerCase() });
  });

  it.each([
    ["Ich habe das Buch geschenkt bekommen.", "geschenkt", "verb"],
    ["Er hat das Auto gestern repariert.", "repariert", "verb"],
    ["Ihre Abwesenheit würde sie bestimmt kränken.", "bestimmt", "adv"],
  ])("%s: %s stays the %s", (sentence, text, pos) => {
    expect(word(analyse(sentence), text).pos).toBe(pos);
  });
});

describe("wirken as a copula", () => {
  it("makes the participle after it the adjective (wirkt verunsichert) and leaves wirken the verb", () => {
    const words = analyse("Danach wirkt die Mannschaft verunsichert und spielt zu hektisch.");
    expect(word(words, "verunsichert")).toMatchObject({ pos: "adj", lemma: "verunsichert" });
    expect(word(words, "wirkt")).toMatchObject({ pos: "verb", lemma: "wirken" });
    expect(word(analyse("Das Medikament wirkt schnell."), "schnell").pos).toBe("adj");
  });
});

describe("a bare superlative form the dictionary has as an adverb", () => {
  it.each([
    ["Essen Sie regelmäßig und möglichst fettarm.", "möglichst"],
    ["Das ist längst vorbei.", "längst"],
    ["Das kommt höchst selten vor.", "höchst"],
  ])("%s: %s is the adverb", (sentence, text) => {
    expect(word(analyse(sentence), text)).toMatchObject({ pos: "adv", lemma: text });
  });

  it("leaves the superlative after am the adjective (am schnellsten: schnell)", () => {
    expect(word(analyse("Er läuft am schnellsten."), "schnellsten")).toMatchObject({ pos: "adj", lemma: "schnell" });
  });
});

describe("the word before the auxiliary that closes a verb-final clause", () => {
  it("is no second finite verb: …, dass er recht hat (recht, not rechen)", () => {
    expect(word(analyse("Ich glaube, dass er recht hat."), "recht")).toMatchObject({ lemma: "recht", pos: "adj" });
  });

  it("leaves the finite verb of its own clause the verb: Er recht das Laub", () => {
    expect(word(analyse("Er recht das Laub."), "recht")).toMatchObject({ lemma: "rechen", pos: "verb" });
  });
});

describe("a superlative on another stem than its positive's", () => {
  it.each([
    ["Wir warten auf den nächsten Zug.", "nächsten", "nah", "next"],
    ["Am besten kommst du früh.", "besten", "gut", "best"],
    ["Die meisten Leute bleiben.", "meisten", "viel", "most"],
  ])("%s: %s (of %s) means first %s, Ding's own headword", (sentence, text, lemma, gloss) => {
    const w = word(analyse(sentence), text);
    expect(w).toMatchObject({ pos: "adj", lemma });
    expect(w.glosses[0]).toBe(gloss);
  });

  it("leaves a regular superlative the positive's meaning (höchste: high, größten: large)", () => {
    expect(word(analyse("Der höchste Berg ist schön."), "höchste").glosses[0]).toBe("high");
    expect(word(analyse("Das ist die größte Stadt."), "größte").glosses[0]).toBe("large");
  });
});

describe("the last of a list of predicates after a copula", () => {
  it("is the adjective (war geräumig, sauber und ruhig gelegen)", () => {
    const w = word(analyse("Das Zimmer war geräumig, sauber und ruhig gelegen."), "gelegen");
    expect(w).toMatchObject({ pos: "adj", lemma: "gelegen" });
  });

  it("leaves a passive with werden the verb (wurde schnell, gründlich und sauber repariert)", () => {
    const w = word(analyse("Das Auto wurde schnell, gründlich und sauber repariert."), "repariert");
    expect(w).toMatchObject({ pos: "verb", lemma: "reparieren" });
  });
});

describe("a participle spelled like its infinitive with sein in its clause", () => {
  it.each([
    ["Die Nutzung der Sauna ist im Beitrag enthalten.", "enthalten"],
    ["Alle Kosten, die im Preis enthalten sind, werden erstattet.", "enthalten"],
    ["Die Mauer ist noch gut erhalten.", "erhalten"],
  ])("%s: %s is the state, the adjective", (sentence, text) => {
    expect(word(analyse(sentence), text)).toMatchObject({ pos: "adj", lemma: text });
  });

  it.each([
    ["Das Paket wird Bücher enthalten.", "enthalten"],
    ["Er ist bereit, das Geld zu erhalten.", "erhalten"],
    ["Wir haben das Geld erhalten.", "erhalten"],
  ])("%s: %s with werden, zu or haben stays the verb", (sentence, text) => {
    expect(word(analyse(sentence), text)).toMatchObject({ pos: "verb", lemma: text });
  });
});

describe("the first of coordinated adjectives before a noun", () => {
  it.each([
    ["Die Säure verleiht ihm einen langen, mineralischen Abgang.", "langen"],
    ["Er hat einen langen und schweren Tag.", "langen"],
  ])("%s: %s is the adjective, not the verb langen", (sentence, text) => {
    expect(word(analyse(sentence), text)).toMatchObject({ pos: "adj", lemma: "lang" });
  });

  it("leaves the verb where no noun follows (Sie langen zu, und andere essen)", () => {
    expect(word(analyse("Sie langen zu, und andere essen."), "langen")).toMatchObject({ pos: "verb" });
  });
});

describe("a participle with an infinitive later in its clause and no auxiliary in the sentence", () => {
  it.each([
    ["Am besten leicht gekühlt bei zehn Grad servieren.", "gekühlt"],
    ["Den Wein gut gekühlt im Glas servieren.", "gekühlt"],
    // A finite verb anywhere in the clause is the clause's verb: the participle describes.
    ["Am besten schmeckt es leicht gekühlt zu deftigen Gerichten.", "gekühlt"],
    ["Der Motor wirkt bei hohen Drehzahlen etwas angestrengt.", "angestrengt"],
  ])("%s: %s is used adverbially, the adjective", (sentence, text) => {
    expect(word(analyse(sentence), text)).toMatchObject({ pos: "adj", lemma: text });
  });

  it.each([
    ["Sie versucht herauszufinden, wie schnell er war.", "versucht", "versuchen"],
    ["Die Polizei hat den Mann gerufen und ihn gebracht.", "gebracht", "bringen"],
    ["Der Täter wurde gestern festgenommen, teilte die Polizei mit.", "festgenommen", "festnehmen"],
    ["Nach der Fahrt musste sich das Kind übergeben.", "übergeben", "übergeben"],
    ["Mein Nachmieter möchte die Küche übernehmen.", "übernehmen", "übernehmen"],
    ["Er konzentriert sich auf die Arbeit.", "konzentriert", "konzentrieren"],
  ])("%s: %s, a finite form or in a perfect, stays the verb", (sentence, text, lemma) => {
    expect(word(analyse(sentence), text)).toMatchObject({ pos: "verb", lemma });
  });

  it.each([
    // The verb-second place after the clause's subject holds the finite verb, though spelled like the infinitive.
    ["Die Szenen wirken überdehnt.", "überdehnt"],
    ["Doch manche Szenen wirken etwas überdehnt.", "überdehnt"],
    ["Wir fühlen uns überfordert.", "überfordert"],
    // A participle that is also a present form, right after its clause's finite verb, is no second finite verb.
    ["Die jungen Darsteller spielen konzentriert.", "konzentriert"],
    ["Ich verreise bevorzugt mit dem Zug.", "bevorzugt"],
  ])("%s: %s after the finite verb of its clause is used adverbially, the adjective", (sentence, text) => {
    expect(word(analyse(sentence), text)).toMatchObject({ pos: "adj", lemma: text });
  });
});

describe("adverbs in -wärts the dictionary lacks", () => {
  it.each([
    ["Die Tour führt flussabwärts bis zur Brücke.", "flussabwärts"],
    ["Wir paddeln morgen stromaufwärts.", "stromaufwärts"],
    ["Der Stau reicht stadtauswärts bis zum Ring.", "stadtauswärts"],
  ])("%s: %s is an adverb of direction", (sentence, text) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma: text, pos: "adv" });
  });
});

describe("a form that is an infinitive and another verb's past subjunctive", () => {
  it.each([
    ["Jedes Mitglied muss beim Angeln seinen Fischereischein mitführen.", "mitführen", "mitführen"],
    ["Im Fahrzeug dürfen Sie nur einen Kanister mitführen.", "mitführen", "mitführen"],
    ["Er wird den Zug führen.", "führen", "führen"],
  ])("%s: %s is the infinitive %s, not a subjunctive of …fahren", (sentence, text, lemma) => {
    expect(word(analyse(sentence), text)).toMatchObject({ pos: "verb", lemma });
  });
});

describe("a word in -iert the dictionary has only as an adjective, in a passive", () => {
  it.each([
    ["Ihre Katze wurde heute unter Vollnarkose kastriert.", "kastriert"],
    ["Der Kater muss kastriert werden.", "kastriert"],
    ["Das Bild wurde koloriert, bevor es kastriert wurde.", "koloriert"],
  ])("%s: %s is the participle of the -ieren verb", (sentence, text) => {
    const w = word(analyse(sentence), text);
    expect(w).toMatchObject({ lemma: `${text.slice(0, -1)}en`, pos: "verb" });
    expect(w.glosses.length).toBeGreaterThan(0);
  });

  it("stays the adjective beside sein and before a noun", () => {
    expect(word(analyse("Der Kater ist kastriert."), "kastriert")).toMatchObject({ lemma: "kastriert", pos: "adj" });
    expect(word(analyse("Ein kastrierter Kater ist ruhiger."), "kastrierter")).toMatchObject({ pos: "adj" });
  });
});

describe("a clause whose finite verb is spelled as its infinitive (wir, sie, Sie)", () => {
  it.each([
    ["Für die Fahrstunden empfehlen wir bequeme Schuhe mit flachen Sohlen.", "bequeme"],
    ["Deshalb bieten wir bequeme Sitze.", "bequeme"],
  ])("%s: has its verb, so %s before the noun is the adjective", (sentence, text) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma: "bequem", pos: "adj" });
  });

  it("leaves the verb where the clause has no other", () => {
    expect(word(analyse("Dann bequeme dich endlich."), "bequeme")).toMatchObject({ lemma: "bequemen", pos: "verb" });
  });
});
