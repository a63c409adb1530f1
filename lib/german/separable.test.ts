import { describe, expect, it } from "vitest";
import { analyse, indexOf, word } from "./test-helpers";

describe("separable verbs split across the clause", () => {
  it.each([
    ["Er wickelte die Geschäfte schnell ab.", "wickelte", "ab", "abwickeln"],
    ["Sie gaben ihre Stimmen gestern ab.", "gaben", "ab", "abgeben"],
    ["Alibaba wolle Zugang eröffnen, teilte ein Firmensprecher mit.", "teilte", "mit", "mitteilen"],
    ["Danach rief sie ihre Eltern an und lud sie zum Abendessen ein.", "rief", "an", "anrufen"],
    ["Danach rief sie ihre Eltern an und lud sie zum Abendessen ein.", "lud", "ein", "einladen"],
    ["Am Wochenende kaufte sie Möbel ein.", "kaufte", "ein", "einkaufen"],
    // A ship's or a product's name in quotation marks is no break in the clause.
    ["Am Morgen machte der Frachter „Höegh Target“ im Hafen fest.", "machte", "fest", "festmachen"],
    ["Sie stellten das Modell „Pro Max“ gestern vor.", "stellten", "vor", "vorstellen"],
    ["Die Gespräche finden in Brüssel statt.", "finden", "statt", "stattfinden"],
    ["Die Ministerin stellte den Entwurf vor und ging.", "stellte", "vor", "vorstellen"],
    // "und" or a comma between noun phrases does not end the clause the verb opened.
    ["Die Klassen bereiten Spiele und einen Kuchenverkauf vor.", "bereiten", "vor", "vorbereiten"],
    ["Wir kaufen Äpfel, Birnen und Kuchen ein.", "kaufen", "ein", "einkaufen"],
    ["Bitte halten Sie die Ruhezeiten zwischen 22 und 6 Uhr ein.", "halten", "ein", "einhalten"],
    // A comparison may follow the particle.
    ["Die Firma setzte mehr Autos ab als erwartet.", "setzte", "ab", "absetzen"],
    ["Sie sieht aus wie ihre Mutter.", "sieht", "aus", "aussehen"],
    // "fällt" is a form of fallen and fällen: the commoner joined verb wins.
    ["Der Unterricht fällt am Montag aus.", "fällt", "aus", "ausfallen"],
    // An -ieren verb's 3rd person looks like its participle and still joins its particle.
    ["Er probiert das Kleid aus.", "probiert", "aus", "ausprobieren"],
    // So does an inseparable verb's, which the form tables list as present and participle alike.
    ["Jeder Rückschritt gehört zum Lernen dazu.", "gehört", "dazu", "dazugehören"],
    ["Der Händler verkauft die Ware weiter.", "verkauft", "weiter", "weiterverkaufen"],
    // The imperative singular is often the bare stem, which no form table lists.
    ["Zieh dir eine warme Jacke an, draußen ist es kalt.", "Zieh", "an", "anziehen"],
    ["Mach das Licht aus, es ist spät.", "Mach", "aus", "ausmachen"],
    // "bitte" after an imperative is no second verb (bitten) in the clause.
    ["Räum bitte dein Zimmer auf!", "Räum", "auf", "aufräumen"],
    // The imperative opens the particle's own clause after a subordinate one, whose verb is no partner:
    // "hast … an" is no anhaben.
    ["Falls noch etwas unklar ist, ruf mich bitte an.", "ruf", "an", "anrufen"],
    ["Wenn du Zeit hast, ruf mich an.", "ruf", "an", "anrufen"],
    // Also after a main clause whose verb the particle would join too ("zieht … zu" is zuziehen), and
    // after a "bitte" that opens the clause.
    ["Es zieht hier, mach bitte das Fenster zu.", "mach", "zu", "zumachen"],
    ["Bitte mach das Fenster zu.", "mach", "zu", "zumachen"],
    // Also where bitte with the particle is a verb too (ausbitten): the word after bitte is tried first.
    ["Bitte mach das Licht aus.", "mach", "aus", "ausmachen"],
    // An adverb may open the clause before the imperative: instructions chain their steps so.
    ["Minka läuft gern weg, also mach die Balkontür sofort wieder zu.", "mach", "zu", "zumachen"],
    ["Dann ruf mich bitte an.", "ruf", "an", "anrufen"],
    ["Jetzt pack die Sachen ein.", "pack", "ein", "einpacken"],
    // The spoken short forms of heraus, herein, herunter join as their long forms do.
    ["Er geht kurz raus.", "geht", "raus", "rausgehen"],
    ["Schau doch mal rein.", "Schau", "rein", "reinschauen"],
    ["Sie kam die Treppe runter.", "kam", "runter", "runterkommen"],
    // A zu-infinitive may follow the particle without a comma.
    ["Sie hörte auf zu rauchen.", "hörte", "auf", "aufhören"],
    ["Das Kind fing an zu weinen.", "fing", "an", "anfangen"],
    // A particle of direction may have its goal after the bracket.
    ["Danach fuhren sie weiter nach Warschau, wo sie übernachteten.", "fuhren", "weiter", "weiterfahren"],
    ["Er ging hinaus in den Garten.", "ging", "hinaus", "hinausgehen"],
    // A preposition that closes the clause has no goal: it is the particle, weiter before it an adverb.
    ["Bis zum Vollmond nimmt der Mond weiter zu.", "nimmt", "zu", "zunehmen"],
    ["Die Preise steigen weiter an.", "steigen", "an", "ansteigen"],
    // entgegen and hinweg join a verb of motion or looking that the dictionary lacks as a whole.
    ["Ein Sturmtief zieht in der Nacht über Norddeutschland hinweg.", "zieht", "hinweg", "hinwegziehen"],
    ["Der Trainer blickt dem Spiel gelassen entgegen.", "blickt", "entgegen", "entgegenblicken"],
    // vorbei (by) as freely: Ding lacks vorbeibringen.
    ["Bringen Sie Ihr kaputtes Gerät einfach vorbei.", "Bringen", "vorbei", "vorbeibringen"],
    // Ding has the verb only in the old spelling, its first part apart ("zugute kommen").
    ["Die Einnahmen kommen der Restaurierung weiterer Werke zugute.", "kommen", "zugute", "zugutekommen"],
  ])("%s → %s … %s = %s", (sentence, verb, particle, lemma) => {
    const words = analyse(sentence);
    const v = word(words, verb);
    expect(v.known).toBe(true);
    const p = word(words, particle);
    expect([v.lemma, p.lemma]).toEqual([lemma, lemma]);
    expect([v.pos, p.pos]).toEqual(["verb", "verb"]);
    expect([v.particle, p.particle]).toEqual([particle, particle]);
    expect(v.partnerIndex).toBe(indexOf(words, particle));
    expect(p.partnerIndex).toBe(indexOf(words, verb));
  });

  it.each([
    ["Die Mathearbeit fiel ihm schwer.", "fiel", "schwer", "schwerfallen"],
    ["Das tut mir leid.", "tut", "leid", "leidtun"],
    ["Die Polizei gab den Namen nicht preis.", "gab", "preis", "preisgeben"],
    ["Sie legte das Buch beiseite.", "legte", "beiseite", "beiseitelegen"],
    ["Die Sonne geht um sieben Uhr unter.", "geht", "unter", "untergehen"],
    // es satthaben, "to be fed up with": not satt "well fed".
    ["Ich habe es satt, jeden Tag zu warten.", "habe", "satt", "satthaben"],
    // Adjectives that open separable verbs of announcements, reports and requests.
    ["Der Verein gibt die Ergebnisse morgen bekannt.", "gibt", "bekannt", "bekanntgeben"],
    ["Die Stadt gab am Montag bekannt, dass das Freibad länger öffnet.", "gab", "bekannt", "bekanntgeben"],
    ["Die Polizei stellte die Tatwaffe sicher.", "stellte", "sicher", "sicherstellen"],
    ["Er schlug die Fliege mit der Zeitung tot.", "schlug", "tot", "totschlagen"],
    ["Die Antwort stellte ihn nicht zufrieden.", "stellte", "zufrieden", "zufriedenstellen"],
  ])("%s: a first part that is also another word joins its verb (%s … %s → %s)", (sentence, v, p, lemma) => {
    const words = analyse(sentence);
    expect(word(words, v)).toMatchObject({ lemma, pos: "verb" });
    expect(word(words, p)).toMatchObject({ lemma, pos: "verb" });
  });

  // wieder "again" is written apart from its verb, whatever the dictionary's old spelling apart (wieder öffnen);
  // a wieder verb the dictionary has as one word joins (wiederkommen).
  it("keeps wieder, again, apart from a verb it makes no dictionary word with", () => {
    const words = analyse("Das Hallenbad öffnet nach der Sanierung wieder.");
    expect(word(words, "öffnet")).toMatchObject({ lemma: "öffnen", pos: "verb" });
    expect(word(words, "wieder")).toMatchObject({ lemma: "wieder", pos: "adv" });
    expect(word(analyse("Er kommt morgen wieder."), "kommt")).toMatchObject({ lemma: "wiederkommen" });
  });

  it.each([
    // After a copula the word is a predicative adjective; a verb with no meaning in the dictionary is not joined.
    ["Die Frage bleibt offen.", "offen", "offen"],
    ["Der Arzt schrieb sie krank.", "krank", "krank"],
    ["Nach dem Essen war ich satt.", "satt", "satt"],
    ["Die Band wurde durch ihr zweites Album bekannt.", "bekannt", "bekannt"],
    ["Sie fühlt sich in der neuen Stadt sicher.", "sicher", "sicher"],
    ["Die Kunden waren sehr zufrieden.", "zufrieden", "zufrieden"],
    ["Das Wasser der Quelle ist rein.", "rein", "rein"],
  ])("%s: %s stays the adjective", (sentence, text, lemma) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma, pos: "adj" });
  });

  it.each([
    ["Von Oberstdorf führt der Heilbronner Weg hinauf zum Hohen Licht.", "führt", "hinauf"],
    ["Die Strecke führte über Hinterzarten zurück zum Feldberg.", "führte", "zurück"],
    ["Die Straße verläuft weiter nach Norden.", "verläuft", "weiter"],
  ])("%s: a way's course keeps its direction before a goal as an adverb", (sentence, verb, direction) => {
    const words = analyse(sentence);
    expect(word(words, verb).partnerIndex).toBeUndefined();
    expect(word(words, direction)).toMatchObject({ lemma: direction, pos: "adv" });
  });

  it.each([
    // What moves joins its direction before a goal; a way's verb joins one that closes its clause.
    ["Danach flog er weiter nach Warschau.", "flog", "weiter", "weiterfliegen"],
    ["Der Weg führt steil hinauf.", "führt", "hinauf", "hinaufführen"],
  ])("%s: %s … %s → %s", (sentence, verb, particle, lemma) => {
    const words = analyse(sentence);
    expect(word(words, verb).lemma).toBe(lemma);
    expect(word(words, particle).lemma).toBe(lemma);
  });

  it("leaves a direction after bis to its phrase", () => {
    const words = analyse("Auf den Hängen wachsen Reben bis hinauf zur Burg.");
    expect(word(words, "wachsen").lemma).toBe("wachsen");
    expect(word(words, "hinauf").partnerIndex).toBeUndefined();
  });

  it("keeps a preposition before another one as a preposition", () => {
    const words = analyse("Der Preis stieg um bis zu fünf Prozent.");
    expect(word(words, "stieg").lemma).toBe("steigen");
    expect(word(words, "um").partnerIndex).toBeUndefined();
  });

  it("does not join a preposition that is not at the clause end", () => {
    const words = analyse("Er arbeitet mit seinem Bruder.");
    expect(word(words, "arbeitet").lemma).toBe("arbeiten");
    expect(word(words, "mit").pos).toBe("prep");
    expect(word(words, "mit").partnerIndex).toBeUndefined();
  });

  it("does not reach over a coordinator into a clause with its own verb", () => {
    const words = analyse("Er las das Buch und sie ging weg.");
    expect(word(words, "las").lemma).toBe("lesen");
    expect(word(words, "weg").partnerIndex).toBe(indexOf(words, "ging"));
  });

  it("composes entgegen as towards, and leaves hinweg after a span of time to its phrase", () => {
    expect(word(analyse("Der Trainer blickt dem Spiel entgegen."), "blickt").glosses[0]).toMatch(/ towards$/);
    const words = analyse("Die Firma wuchs über Jahre hinweg.");
    expect(word(words, "wuchs").lemma).toBe("wachsen");
    expect(word(words, "hinweg").partnerIndex).toBeUndefined();
  });

  it("composes vorbei as by, and leaves vorbei after sein the adverb (over)", () => {
    expect(word(analyse("Bringen Sie das Paket morgen vorbei."), "Bringen").glosses[0]).toBe("to bring by");
    const over = analyse("Der Sommer ist vorbei.");
    expect(word(over, "vorbei")).toMatchObject({ lemma: "vorbei", pos: "adv" });
    expect(word(over, "vorbei").partnerIndex).toBeUndefined();
  });

  it("joins a particle of direction to a verb of motion the dictionary lacks the whole of", () => {
    // Over a comparative clause in between; the card says "to fly down".
    const words = analyse("Der Drache flog so schnell er konnte hinunter.");
    expect(word(words, "flog")).toMatchObject({ lemma: "hinunterfliegen", known: true });
    expect(word(words, "flog").glosses[0]).toBe("to fly down");
    expect(word(words, "hinunter").partnerIndex).toBe(indexOf(words, "flog"));
    expect(word(analyse("Sie kroch aus dem Zelt hinaus."), "kroch").lemma).toBe("hinauskriechen");
    // Joined forms and zu-infinitives of such verbs too.
    expect(word(analyse("Er versuchte, hinunterzuspringen."), "hinunterzuspringen")).toMatchObject({
      lemma: "hinunterspringen",
      pos: "verb",
      glosses: ["to jump down"],
    });
    expect(word(analyse("Als er hinuntersprang, lachte sie."), "hinuntersprang").lemma).toBe("hinunterspringen");
    // Not a copula, auxiliary or modal: "ist weg" is no motion.
    expect(word(analyse("Er musste schnell zurück."), "musste").lemma).toBe("müssen");
  });

  it("joins a particle that is no word of its own to its verb where the dictionary lacks the whole", () => {
    const words = analyse("Geben Sie einen Wasseraufbereiter hinzu, der Chlor bindet.");
    expect([word(words, "Geben").lemma, word(words, "hinzu").lemma]).toEqual(["hinzugeben", "hinzugeben"]);
    expect(word(words, "hinzu")).toMatchObject({ pos: "verb", partnerIndex: indexOf(words, "Geben") });
    expect(word(analyse("Dann gibt man die Butter hinzu."), "gibt").lemma).toBe("hinzugeben");
    // Not after a copula or a modal verb.
    expect(word(analyse("Was ist los?"), "los").lemma).toBe("los");
    expect(word(analyse("Ich muss jetzt heim."), "muss").lemma).toBe("müssen");
  });

  it("reads dazu after impersonal es kommen as its object (es kommt zu etwas), not dazukommen", () => {
    const words = analyse("Wie kam es dazu?");
    expect([word(words, "kam").lemma, word(words, "dazu").lemma]).toEqual(["kommen", "dazu"]);
    expect(word(analyse("Es kam dazu, dass alle gingen."), "kam").lemma).toBe("kommen");
    // With a subject of its own it is the particle.
    expect(word(analyse("Es kam noch ein Gast dazu."), "kam").lemma).toBe("dazukommen");
    expect(word(analyse("Später kam Anna dazu."), "dazu").lemma).toBe("dazukommen");
  });

  it("joins gegenüber to a verb of position the dictionary lacks the whole of", () => {
    const words = analyse("Mir sitzt heute eine Köchin gegenüber.");
    expect(word(words, "sitzt")).toMatchObject({ lemma: "gegenübersitzen", known: true, glosses: ["to sit opposite"] });
    expect(word(words, "gegenüber").partnerIndex).toBe(indexOf(words, "sitzt"));
    expect(word(analyse("Sie hat ihm lange gegenübergesessen."), "gegenübergesessen").lemma).toBe("gegenübersitzen");
    // Not other verbs: after wohnen it is the preposition placed after its noun.
    expect(word(analyse("Er wohnt dem Bahnhof gegenüber."), "gegenüber")).toMatchObject({ lemma: "gegenüber" });
  });

  it("reads a joined separable verb in a subordinate clause", () => {
    const words = analyse("Es entstehen Jobs, wenn jede Firma einen Mitarbeiter einstelle.");
    expect(word(words, "einstelle").lemma).toBe("einstellen");
  });

  it("reads a particle and a present form in -t as the separable verb where the dictionary lacks the whole", () => {
    expect(word(analyse("Sauna: Schmuck ablegen, weil sich Metall stark aufheizt."), "aufheizt")).toMatchObject({
      lemma: "aufheizen",
      pos: "verb",
    });
    expect(word(analyse("Ich hoffe, dass sie die Fotos hochlädt."), "hochlädt").lemma).toBe("hochladen");
    // A word the dictionary has is that word: mitsamt is a preposition, no mit + samt.
    expect(word(analyse("Er kam mitsamt seiner Familie."), "mitsamt").lemma).toBe("mitsamt");
  });

  it("reads a verb idiom with a prepositional phrase as the verb with the idiom's meaning, both halves linked", () => {
    const words = analyse("Ma hatte die Schaffung von Arbeitsplätzen in Aussicht gestellt.");
    const verb = word(words, "gestellt");
    expect(verb.lemma).toBe("stellen");
    expect(verb.idiom).toBe("in Aussicht stellen");
    expect(verb.partnerIndex).toBe(indexOf(words, "Aussicht"));
    expect(word(words, "Aussicht").partnerIndex).toBe(indexOf(words, "gestellt"));
    expect(verb.particle).toBeUndefined();
    expect(verb.glosses[0]).toMatch(/promise/);
  });

  it("reads ums (um das) as the preposition of an idiom: kam … ums Leben", () => {
    const words = analyse("Bei dem Unfall kam niemand ums Leben.");
    expect(word(words, "kam")).toMatchObject({ lemma: "kommen", idiom: "ums Leben kommen" });
    expect(word(words, "ums").pos).toBe("prep");
  });

  it("finds the idiom when the finite verb comes first: stellte … in Aussicht", () => {
    const words = analyse("Er stellte neue Jobs in Aussicht.");
    expect(word(words, "stellte")).toMatchObject({ lemma: "stellen", idiom: "in Aussicht stellen" });
  });

  it.each([
    ["Die Räume stehen Ihnen ab Montag zur Verfügung.", "stehen", "stehen", "zur Verfügung stehen"],
    ["Der Verein wurde 1990 ins Leben gerufen.", "gerufen", "rufen", "ins Leben rufen"],
    ["Wir haben die Kinder nach Hause gebracht.", "gebracht", "bringen", "nach Hause bringen"],
  ])("%s: the idiom's verb keeps its own lemma (%s → %s), the idiom named apart", (sentence, text, lemma, idiom) => {
    const verb = word(analyse(sentence), text);
    expect(verb).toMatchObject({ lemma, idiom, pos: "verb" });
    expect(verb.principalParts).toBeDefined();
  });

  it.each([
    ["Der Kuchen schmeckt heute gut.", "schmeckt", "schmecken"],
    ["Er ließ das Glas fallen.", "ließ", "lassen"],
    ["Sie lässt den Reis zehn Minuten quellen.", "lässt", "lassen"],
    ["Das macht einen Unterschied.", "macht", "machen"],
    // A preposition alone is what the verb governs (Ding's "bis reichen"), no idiom.
    ["Bei klarem Wetter reicht der Blick bis zu den Alpen.", "reicht", "reichen"],
  ])(
    "%s: a verb with an adverb, another verb, a plain object or a bare preposition makes no idiom (%s → %s)",
    (sentence, text, lemma) => {
      expect(word(analyse(sentence), text).lemma).toBe(lemma);
    },
  );

  it.each([
    ["Wir mussten lange warten.", "mussten", "müssen"],
    ["Ich kann mir das gut vorstellen.", "kann", "können"],
    ["Sie wollten alles wissen.", "wollten", "wollen"],
  ])("%s: a modal verb with an infinitive is the modal (%s → %s), no idiom", (sentence, text, lemma) => {
    expect(word(analyse(sentence), text).lemma).toBe(lemma);
  });
});

describe("zu-infinitives", () => {
  it.each([
    ["entgegenzuwirken", "entgegenwirken"],
    ["zurückzubringen", "zurückbringen"],
    ["herauszufinden", "herausfinden"],
    ["anzufangen", "anfangen"],
    ["vorzulegen", "vorlegen"],
  ])("%s → %s", (form, lemma) => {
    const w = word(analyse(`Es ist schwer, ${form}.`), form);
    expect([w.lemma, w.pos, w.known]).toEqual([lemma, "verb", true]);
  });

  it.each([
    // The zu-infinitive of a particle verb the dictionary lacks is still that verb's.
    ["weiterzustudieren", "weiterstudieren"],
    ["hochzuladen", "hochladen"],
    ["hinzuzugeben", "hinzugeben"],
  ])("%s → %s, a verb the dictionary lacks", (form, lemma) => {
    expect(word(analyse(`Es ist schwer, ${form}.`), form)).toMatchObject({ lemma, pos: "verb" });
  });

  it("reads hinzu + an infinitive as that, no zu-infinitive of a verb on hin", () => {
    expect(word(analyse("Die Kosten sind hinzurechnen."), "hinzurechnen").lemma).not.toBe("hinrechnen");
  });

  it("tags a separate zu before an infinitive as a particle, elsewhere as preposition or 'too'", () => {
    const words = analyse("Er versucht zu schlafen, geht zu Fuß und ist zu müde.");
    expect(word(words, "zu", 0).pos).toBe("part");
    expect(word(words, "zu", 1).pos).toBe("prep");
    expect(word(words, "zu", 2)).toMatchObject({ pos: "adv", glosses: ["too"] });
  });
});

describe("participles and irregular forms", () => {
  it.each([
    ["Peking hatte ihn angefeindet.", "angefeindet", "anfeinden"],
    ["Sie haben es gesetzt.", "gesetzt", "setzen"],
    ["Sie haben Waren verkauft.", "verkauft", "verkaufen"],
    ["Er hatte Zölle angedroht.", "angedroht", "androhen"],
    ["Er hatte Peking verärgert.", "verärgert", "verärgern"],
    ["Er hatte China beschuldigt.", "beschuldigt", "beschuldigen"],
    ["Es sei um Firmen gegangen.", "gegangen", "gehen"],
    ["Sie hat ein Gesetz vorgeschlagen.", "vorgeschlagen", "vorschlagen"],
    ["Am Montag empfing er Jack Ma.", "empfing", "empfangen"],
    ["Es war das erste Treffen.", "war", "sein"],
    // Also a subjunctive of dringen in the full-form data: the verb whose stem the form keeps wins.
    ["Die Zeit drängte.", "drängte", "drängen"],
    // "fällt" is a present of fallen and of fällen alike: the stem decides nothing, the commoner verb wins,
    // joined in a subordinate clause too.
    ["Der Schnee fällt.", "fällt", "fallen"],
    ["Ich weiß, dass die Besprechung morgen ausfällt.", "ausfällt", "ausfallen"],
    ["Er drängt seine Freunde zur Eile.", "drängt", "drängen"],
    ["Ma hatte eine Idee.", "hatte", "haben"],
    // wog is the past of wiegen and of the rare wägen: the commoner verb.
    ["Das Kalb wog hundert Kilogramm.", "wog", "wiegen"],
    // Ding has gelangen only as "an einen Ort gelangen"; its past is no ge- participle of langen.
    ["Der Brief gelangte an die Presse.", "gelangte", "gelangen"],
  ])("%s (%s → %s)", (sentence, form, lemma) => {
    expect(word(analyse(sentence), form)).toMatchObject({ lemma, pos: "verb" });
  });

  it.each([
    [
      "Es gab eine Abstimmung, an der sich mehr als zehntausend Menschen beteiligt haben.",
      "beteiligt",
      "beteiligen",
      "verb",
    ],
    ["Er weiß, dass die Straße gesperrt wird.", "gesperrt", "sperren", "verb"],
    // sein after it leaves the adjective (a state), as before the participle.
    ["Sie sagt, dass sie verärgert war.", "verärgert", "verärgert", "adj"],
  ])("%s: haben or werden after the participle (%s → %s %s)", (sentence, form, lemma, pos) => {
    expect(word(analyse(sentence), form)).toMatchObject({ lemma, pos });
  });

  it("reads a participle without an auxiliary as an adjective", () => {
    const words = analyse("Er nannte das Treffen großartig und aufgeschlossen.");
    expect(word(words, "aufgeschlossen")).toMatchObject({ lemma: "aufgeschlossen", pos: "adj" });
  });
});

describe("an idiom whose every sense needs a preposition", () => {
  it("is no idiom where the clause lacks that preposition: ins Bett gehen is going to bed", () => {
    const tokens = analyse("Ich gehe jetzt ins Bett.");
    const gehe = word(tokens, "gehe");
    expect(gehe.idiom).toBeUndefined();
    expect(gehe.glosses[0]).toBe("to go");
    expect(gehe.glosses).not.toContain("to sleep with");
  });

  it("is the idiom where the clause has it: mit jdm. ins Bett gehen", () => {
    const ging = word(analyse("Er ging mit ihr ins Bett."), "ging");
    expect(ging.idiom).toBe("ins Bett gehen");
    expect(ging.glosses[0]).toBe("to sleep with");
  });
});

describe("weiter closing the clause of a verb the dictionary lacks with it", () => {
  it.each([
    ["Atmen Sie ruhig weiter.", "Atmen", "weiteratmen"],
    ["Wir haben trotzdem weitergeatmet.", "weitergeatmet", "weiteratmen"],
  ])("%s: %s is the verb of going on (%s)", (sentence, text, lemma) => {
    const w = word(analyse(sentence), text);
    expect(w).toMatchObject({ lemma, pos: "verb" });
    expect(w.glosses[0]).toBe("to continue to breathe");
  });

  it("leaves the comparative before als and the end of a list", () => {
    expect(word(analyse("Er springt weiter als sein Bruder."), "springt")).toMatchObject({ lemma: "springen" });
    expect(word(analyse("Er kauft Äpfel, Birnen und so weiter."), "weiter")).toMatchObject({ lemma: "weiter" });
  });
});

describe("a split verb's particle shows its verb's card", () => {
  it.each([
    // The imperative opening the clause makes the verb reflexive, which the particle's position cannot see.
    ["Zieh dich an, es ist kalt.", "Zieh"],
    ["Er zieht sich schnell an.", "zieht"],
    ["Sie ruft ihre Mutter jeden Abend an.", "ruft"],
    ["Setzt euch bitte hin!", "Setzt"],
  ])("%s: the particle has %s's meaning and reflexive use", (sentence, verb) => {
    const words = analyse(sentence);
    const v = word(words, verb);
    const particle = words.find((w) => w !== v && w?.lemma === v.lemma && w.text === v.particle);
    expect(particle?.glosses).toEqual(v.glosses);
    expect(particle?.reflexive).toBe(v.reflexive);
  });
});
