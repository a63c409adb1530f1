import { describe, expect, it } from "vitest";
import { analyseText } from "@/lib/passages/analyse-text";
import { analyse, word } from "./test-helpers";

describe("proper names", () => {
  it.each([
    ["Am Montag empfing er Jack Ma in New York.", "Ma", "Jack Ma"],
    ["Am Montag empfing er Jack Ma in New York.", "York", "New York"],
    ["Er sprach mit Scott Kennedy darüber.", "Scott", "Scott Kennedy"],
    ["Sie schrieb für die Global Times und USA Today.", "Times", "Global Times"],
    ["Sie schrieb für die Global Times und USA Today.", "Today", "USA Today"],
    // A name that is no German word before an English building's head, itself a German word too (Hall, Park).
    ["Das Orchester gastiert in der Carnegie Hall.", "Hall", "Carnegie Hall"],
    ["Ein Tochterunternehmen des People's Daily lobte ihn.", "Daily", "People's Daily"],
    [
      "Er arbeitet am Center for Strategic and International Studies in Washington.",
      "for",
      "Center for Strategic and International Studies",
    ],
    ["Sie wohnt im Mittleren Westen der USA.", "Mittleren", "Mittlerer Westen"],
    ["Die Regierung in Peking war verärgert.", "Peking", "Peking"],
    // A short acronym or mixed-case token before a known place: a club, station or branch.
    ["Der FC Augsburg spielte am Samstag.", "FC", "FC Augsburg"],
    ["Der SpVg Essen verlor.", "SpVg", "SpVg Essen"],
  ])("%s: %s belongs to %s", (sentence, text, name) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma: name, pos: "name", name: true });
  });

  it.each([
    ["Frau Schneider kommt morgen.", "Schneider"],
    ["Wir sprachen mit Herrn Bauer.", "Bauer"],
    ["Frau Dr. Fischer unterrichtet Mathematik.", "Fischer"],
    ["Herr Prof. Klein hält die Rede.", "Klein"],
  ])("%s: a common surname after a form of address is a name, %s", (sentence, text) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma: text, pos: "name", name: true });
  });

  it.each([
    ["Der Schneider nähte ein Kleid.", "Schneider", "Schneider"],
    ["Herr Präsident, ich danke Ihnen.", "Präsident", "Präsident"],
    ["Frau Ministerin, bitte nehmen Sie Platz.", "Ministerin", "Ministerin"],
  ])("%s: %s stays a noun", (sentence, text, lemma) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma, pos: "noun" });
  });

  it("reads the genitive of a place noun as the name, and still splits compounds on it", () => {
    expect(word(analyse("Tirols Berge sind hoch."), "Tirols")).toMatchObject({ lemma: "Tirol", pos: "name" });
    expect(word(analyse("Die Schönheit des Matterhorns ist bekannt."), "Matterhorns")).toMatchObject({
      lemma: "Matterhorn",
      pos: "name",
    });
    const trip = word(analyse("Die Tirolreise war schön."), "Tirolreise");
    expect(trip).toMatchObject({ pos: "noun" });
    expect(trip.parts?.map((p) => p.lemma)).toEqual(["Tirol", "Reise"]);
  });

  it("gives Ding's English name with the gazetteer's kind of place as gloss", () => {
    expect(word(analyse("Die Regierung in Peking war verärgert."), "Peking").glosses).toEqual([
      "Beijing (municipality in China)",
    ]);
  });

  it("reads a genitive -s as the name", () => {
    const passage = analyseText(
      "Donald Trump traf Jack Ma.\n\nDas Treffen Trumps mit Mas Team endete außerhalb Chinas und Bayerns.",
    );
    const words = passage.paragraphs[1]?.sentences[0]?.words.filter((w) => w !== null) ?? [];
    expect(words.find((w) => w?.text === "Trumps")?.lemma).toBe("Trump");
    expect(words.find((w) => w?.text === "Mas")?.lemma).toBe("Ma");
    expect(words.find((w) => w?.text === "Chinas")?.lemma).toBe("China");
    expect(words.find((w) => w?.text === "Bayerns")).toMatchObject({ lemma: "Bayern", pos: "name" });
  });

  it.each([
    ["Lindqvists Sohn sprach zuerst.", "Lindqvists", "Lindqvist"],
    ["Sie las Tarkowskis neuen Roman.", "Tarkowskis", "Tarkowski"],
    ["Er lobte die Politik Zamenhofs.", "Zamenhofs", "Zamenhof"],
    // After a relative pronoun, which is no article of the name's own.
    ["Es waren Lieder, die Raffertys Bruder geschrieben hatte.", "Raffertys", "Rafferty"],
  ])("reads an unknown name's genitive -s beside a noun as the name: %s", (sentence, text, lemma) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma, pos: "name" });
  });

  it.each([
    ["Wir danken Frau Dr. Peters herzlich.", "Peters"],
    ["Gestern rief Herr Jakobs an.", "Jakobs"],
    // After a kind of business, the business's name.
    ["Die Bäckerei Kamps schließt ihre Filiale.", "Kamps"],
    ["Das Autohaus Jacobs hat neue Öffnungszeiten.", "Jacobs"],
  ])(
    "keeps the -s of a name after a form of address or a kind of business, which it is no genitive of: %s",
    (sentence, text) => {
      expect(word(analyse(sentence), text)).toMatchObject({ lemma: text, pos: "name" });
    },
  );

  it("treats a capitalised mid-sentence word that is no dictionary noun as a name", () => {
    const w = word(analyse("Die Waren werden auch über Momox verkauft."), "Momox");
    expect(w).toMatchObject({ pos: "name", name: true, known: false, glosses: [] });
  });

  it("does not merge two names that happen to stand side by side", () => {
    const words = analyse("Im Wahlkampf hatte Trump China beschuldigt.");
    expect(word(words, "Trump").lemma).toBe("Trump");
    expect(word(words, "China").lemma).toBe("China");
  });

  it("reads an imperative opening the sentence as the verb before a name, though English knows gib and sag", () => {
    const words = analyse("Gib Tom das Buch.");
    expect(word(words, "Gib")).toMatchObject({ lemma: "geben", pos: "verb" });
    expect(word(words, "Tom")).toMatchObject({ lemma: "Tom", pos: "name" });
    expect(word(analyse("Sag Maria, dass ich komme."), "Sag")).toMatchObject({ lemma: "sagen", pos: "verb" });
    // A first form of a verb that is no imperative still opens a name: "Will Smith".
    expect(word(analyse("Will Smith kommt heute."), "Will").lemma).toBe("Will Smith");
    // Nor before a word that is no first name: walt is walten's imperative, "Walt Disney" a name.
    expect(word(analyse("Walt Disney gründete ein Studio."), "Walt").lemma).toBe("Walt Disney");
  });

  it("remembers a surname from earlier in the passage", () => {
    const passage = analyseText("Das sagte Peter Lindqvist am Montag.\n\nSpäter meinte Lindqvist, es sei gut.");
    const later = passage.paragraphs[1]?.sentences[0]?.words.find((w) => w?.text === "Lindqvist");
    expect(later).toMatchObject({ pos: "name", name: true });
  });

  it("reads a listed name over a rare compound spelled the same (die Zugspitze, not Zug + Spitze)", () => {
    const words = analyse("Von Garmisch-Partenkirchen führt die Zahnradbahn auf die Zugspitze.");
    expect(word(words, "Zugspitze")).toMatchObject({ pos: "name" });
  });

  it("remembers no epithet alone as a name: die Große Mauer after Karl der Große", () => {
    const passage = analyseText("Karl der Große ließ hier eine Pfalz bauen.\n\nSpäter sah Paul die Große Mauer.");
    const later = passage.paragraphs[1]?.sentences[0]?.words.find((w) => w?.text === "Große");
    expect(later).toMatchObject({ pos: "adj" });
  });

  it("reads the word after namens as a name everywhere in the passage, a title before it too", () => {
    const passage = analyseText(
      "Der kleine Drache Funkelzahn\n\nEs wohnte ein Drache namens Funkelzahn im Berg. Funkelzahn flog davon.",
    );
    const all = passage.paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.words));
    const found = all.filter((w) => w?.text === "Funkelzahn");
    expect(found.map((w) => w?.pos)).toEqual(["name", "name", "name"]);
  });

  it("marks the credit line words as names", () => {
    const passage = analyseText("Das Treffen war kurz.\n\n(Reuters/maka)");
    const credit = passage.paragraphs.at(-1)?.sentences[0]?.words.filter((w) => w !== null);
    expect(credit?.map((w) => [w?.text, w?.pos])).toEqual([
      ["Reuters", "name"],
      ["maka", "name"],
    ]);
  });
});

describe("foreign words", () => {
  it("marks English words in German text, but not German loanwords", () => {
    const words = analyse("Nach dem Meeting sagte er, die Jobs seien online und the deal is done.");
    expect(word(words, "deal")).toMatchObject({ pos: "foreign", foreign: true, known: false });
    expect(word(words, "done")).toMatchObject({ foreign: true });
    expect(word(words, "Meeting")).toMatchObject({ pos: "noun", lemma: "Meeting" });
    expect(word(words, "Jobs")).toMatchObject({ pos: "noun", lemma: "Job" });
    expect(word(words, "Meeting").foreign).toBeUndefined();
  });

  it("reads an embedded English tweet as foreign, keeping names and German words", () => {
    const passage = analyseText(
      "Alibaba will Firmen helfen.\n\n$BABA works w/US companies and farmers to sell to 450MM+ China consumers on our platform. — Alibaba Group, 10. Januar 2017",
    );
    const tweet = passage.paragraphs[1];
    expect(tweet?.lang).toBe("en");
    const words = tweet?.sentences.flatMap((s) => s.words).filter((w) => w !== null) ?? [];
    expect(words.find((w) => w?.text === "companies")).toMatchObject({ pos: "foreign", foreign: true });
    expect(words.find((w) => w?.text === "farmers")).toMatchObject({ foreign: true });
    expect(words.find((w) => w?.text === "China")).toMatchObject({ pos: "name" });
    expect(words.find((w) => w?.text === "Januar")).toMatchObject({ pos: "noun", lemma: "Januar" });
  });
});

describe("place names in context (Ding's place names)", () => {
  it.each([
    ["Die Strecke zwischen Kiel und Hamburg ist gesperrt.", "Kiel", "name"],
    ["Der Kiel des Schiffes brach.", "Kiel", "noun"],
    ["Wir fahren nach Essen.", "Essen", "name"],
    ["Das Essen ist gut.", "Essen", "noun"],
    ["In Bayern und Sachsen gilt das Gesetz.", "Sachsen", "name"],
    // A name wins over a rare noun with an ending stripped (Elb, "elf", + dative -e), not over a listed form.
    ["Die Elbe fließt durch Hamburg.", "Elbe", "name"],
    ["An der Elbe liegt Dresden.", "Elbe", "name"],
    // Nor over a listed form of other, rare nouns (Alp, Alpe; Dolomit), where the name is spelled so itself.
    ["Der Blick reicht bis zu den Alpen.", "Alpen", "name"],
    ["Die Dolomiten sind schön.", "Dolomiten", "name"],
    // The genitive of a place is no case of a noun with another lemma (Bon, Ungar); des Essens is.
    ["Die Geschichte Bonns ist lang.", "Bonns", "name"],
    ["Die Hauptstadt Ungarns ist Budapest.", "Ungarns", "name"],
    ["Der Duft des Essens kam.", "Essens", "noun"],
    // Ding's nouns whose every sense is [geogr.] with an English name are names, with their article too.
    ["Das Matterhorn ist der bekannteste Berg der Schweiz.", "Matterhorn", "name"],
    ["Die Kletterer brachen im Himalaya auf.", "Himalaya", "name"],
    ["Auf dem Balkan regnete es stark.", "Balkan", "name"],
    ["Die Lofoten liegen weit im Norden.", "Lofoten", "name"],
    // A region whose English is a common noun ("the Mediterranean region") stays a noun.
    ["Der Mittelmeerraum ist im Sommer heiß.", "Mittelmeerraum", "noun"],
    ["Der Tiergarten hat neue Gehege.", "Tiergarten", "noun"],
    // A listed river before entlang is the river, though a noun of its spelling and gender fits the article.
    ["Mit dem Rad geht es an der Ruhr entlang.", "Ruhr", "name"],
    ["Die Ruhr ist eine Krankheit.", "Ruhr", "noun"],
    ["Er ging an der Mauer entlang.", "Mauer", "noun"],
    // A town that is also a word's form, after von and a part of a town: the town.
    ["Am Morgen erreicht unser Schiff den Hafen von Bergen.", "Bergen", "name"],
    ["Die Einwohner von Bergen feierten.", "Bergen", "name"],
    ["Er sah ein Meer von Bergen.", "Bergen", "noun"],
    // A number right after the word numbers a hall or a gate, no town; a year or a count before a noun does not.
    ["Die Aussteller zeigen ihre Comics in Halle 1 neben dem Eingang.", "Halle", "noun"],
    ["Er wurde in Halle 1985 geboren.", "Halle", "name"],
    ["In Halle 12 Verletzte nach dem Sturm.", "Halle", "name"],
  ])("%s: %s is a %s", (sentence, text, pos) => {
    expect(word(analyse(sentence), text).pos).toBe(pos);
  });
});

describe("places from the gazetteer, read in context", () => {
  const place = (sentence: string, text: string) => word(analyse(sentence), text);

  it.each([
    ["Wir sind letztes Jahr nach Jena gezogen.", "Jena", "Jena (city in Germany)"],
    ["Er fliegt morgen nach Mailand.", "Mailand", "Milan (city in Italy)"],
    ["Der Zug aus Sachsen kam zu spät.", "Sachsen", "Saxony (state in Germany)"],
    ["Sie arbeitet seit Mai in Halle.", "Halle", "Halle (city in Germany)"],
    ["Die Stadt Essen plant einen Neubau.", "Essen", "Essen (city in Germany)"],
    ["Die Familie stammt aus Südkorea.", "Südkorea", "South Korea (country)"],
  ])("%s: %s is a name glossed %s", (sentence, text, gloss) => {
    expect(place(sentence, text)).toMatchObject({ pos: "name", name: true, known: true, glosses: [gloss] });
  });

  it.each([
    ["Die Halle war bis auf den letzten Platz besetzt.", "Halle"],
    ["Nach dem Essen gingen wir spazieren.", "Essen"],
    ["Die Sachsen feierten ihren Sieg.", "Sachsen"],
  ])("%s: %s is the common noun without evidence of a place", (sentence, text) => {
    expect(place(sentence, text).pos).toBe("noun");
  });

  it("takes a place that is no ordinary word as a name anywhere, also with its article", () => {
    expect(place("Der Rhein führt nach dem Regen Hochwasser.", "Rhein")).toMatchObject({ pos: "name", lemma: "Rhein" });
    expect(place("Ulm liegt an der Donau.", "Ulm")).toMatchObject({ pos: "name", name: true });
  });

  it("reads a place coordinated with another place as a place", () => {
    expect(place("Das Gesetz gilt in Thüringen und Sachsen.", "Sachsen").pos).toBe("name");
  });

  it("reads a dateline as the place, also in capitals", () => {
    const passage = analyseText("Halle. Der Stadtrat tagte am Montag.\n\nBERLIN (dpa) – Die Regierung tagte.");
    const words = passage.paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.words));
    expect(words.find((w) => w?.text === "Halle")).toMatchObject({ pos: "name" });
    expect(words.find((w) => w?.text === "BERLIN")).toMatchObject({ pos: "name", lemma: "Berlin" });
  });

  it("matches multi-word places", () => {
    expect(place("Die Messe findet in Frankfurt am Main statt.", "Main")).toMatchObject({
      pos: "name",
      lemma: "Frankfurt am Main",
    });
  });
});

describe("academic titles", () => {
  it("keeps Dr. and Prof. as their own cards and starts the name after them", () => {
    const words = analyse("Prof. Dr. Selin Yilmaz spricht.");
    expect(word(words, "Prof.")).toMatchObject({ lemma: "Professor", pos: "noun" });
    expect(word(words, "Dr.")).toMatchObject({ lemma: "Doktor", pos: "noun" });
    expect(word(words, "Selin")).toMatchObject({ lemma: "Selin Yilmaz", pos: "name" });
  });

  it("reads a person's noun the dictionary lacks before a title as no part of the name (Geoökologin Prof. Dr.)", () => {
    const words = analyse("Sprecherin ist die Geoökologin Prof. Dr. Miriam Lanzinger aus Kiel.");
    expect(word(words, "Prof.")).toMatchObject({ lemma: "Professor", pos: "noun" });
    expect(word(words, "Dr.")).toMatchObject({ lemma: "Doktor", pos: "noun" });
    expect(word(words, "Miriam")).toMatchObject({ lemma: "Miriam Lanzinger", pos: "name" });
    expect(word(words, "Lanzinger")).toMatchObject({ lemma: "Miriam Lanzinger", pos: "name" });
    const hydro = analyse("Es sprach der Hydrogeologe Dr. Jan Mertens.");
    expect(word(hydro, "Jan")).toMatchObject({ lemma: "Jan Mertens", pos: "name" });
  });

  it.each([
    ["Beste Spielerin wurde die Zuspielerin Pia Kästner.", "Zuspielerin", "Pia", "Pia Kästner"],
    ["Es spielte die Mittelblockerin Anna Pogany.", "Mittelblockerin", "Anna", "Anna Pogany"],
  ])(
    "reads a person's noun the dictionary lacks before a first name as no part of the name: %s",
    (s, noun, first, name) => {
      const words = analyse(s);
      expect(word(words, noun).pos).toBe("noun");
      expect(word(words, first)).toMatchObject({ lemma: name, pos: "name" });
    },
  );

  it("reads two first names, a particle and the surname as one name (Johann Wolfgang von Goethe)", () => {
    const words = analyse("Der Roman stammt von Johann Wolfgang von Goethe.");
    for (const text of ["Johann", "Wolfgang", "Goethe"])
      expect(word(words, text)).toMatchObject({ lemma: "Johann Wolfgang von Goethe", pos: "name" });
  });

  it.each([
    ["Er kam knapp vor dem Porsche von Manthey ins Ziel.", "Porsche", "Manthey"],
    ["Sie fuhr einen Ferrari von Maranello.", "Ferrari", "Maranello"],
  ])("reads a name after an article, von and a name as two names: %s", (s, thing, maker) => {
    const words = analyse(s);
    expect(word(words, thing)).toMatchObject({ lemma: thing, pos: "name" });
    expect(word(words, maker)).toMatchObject({ lemma: maker, pos: "name" });
  });

  it.each([
    ["Ihr Praxisteam Dr. Keller", "Keller"],
    ["Prof. Dr. Fischer spricht heute.", "Fischer"],
  ])("reads a surname that is also a noun after Dr. or Prof. as the name: %s", (s, surname) => {
    expect(word(analyse(s), surname)).toMatchObject({ lemma: surname, pos: "name" });
  });
});

describe("place names on a place-name head", () => {
  it.each([
    ["Der Feldberg ist hoch.", "Feldberg"],
    ["Wir wohnen am Lindenbach.", "Lindenbach"],
    // A common noun after it is no name of its own ("am Hexenberg Pilze sammeln").
    ["Am Hexenberg Pilze sammeln ist schön.", "Hexenberg"],
    ["Das Mühltal ist schön.", "Mühltal"],
    // Where the tagger would read a common noun: the head's evidence stands (the sure guess of a place).
    ["Der Pfad führt am Feldsee vorbei.", "Feldsee"],
    // After a noun only the full-form data lists, with no meaning in the dictionary (Alp).
    ["Wir wandern um den Alpsee bei Immenstadt.", "Alpsee"],
    // After a place or river the dictionary lists as a name (Inn, Mosel).
    ["Die Bahn fährt durch das Inntal.", "Inntal"],
    ["Wir wandern durch das Moseltal.", "Moseltal"],
    // A fjord after a stem no dictionary knows, as a Förde or a Bucht.
    ["Das Schiff nimmt Kurs auf den Geirangerfjord.", "Geirangerfjord"],
  ])("%s: %s, a compound the dictionary lacks, is a name", (sentence, text) => {
    expect(word(analyse(sentence), text)).toMatchObject({ pos: "name", lemma: text });
  });

  it.each([
    // In the dictionary, after an indefinite article, or inflected: the common noun.
    ["Er wohnt im Nachbardorf.", "Nachbardorf"],
    ["Vor dem Haus lag ein Müllberg.", "Müllberg"],
    ["Am Bergsee ist es kalt.", "Bergsee"],
    ["Die Kinder bauen Sandburgen.", "Sandburgen"],
    // Right before a name: the kind of place in apposition (der Berg Fløyen).
    ["Die Bahn fährt auf den Hausberg Fløyen.", "Hausberg"],
    // A head that only ends in the letters of one (Kapital, Portal) is no place's head.
    ["Das Wachstumskapital fehlt noch.", "Wachstumskapital"],
    ["Mit dem Betriebskapital kommt die Firma aus.", "Betriebskapital"],
    ["Das Bürgerportal ist neu.", "Bürgerportal"],
  ])("%s: %s stays a noun", (sentence, text) => {
    expect(word(analyse(sentence), text).pos).toBe("noun");
  });
});

describe("unknown capitalised words", () => {
  it("does not take an unknown word opening a sentence for a name", () => {
    const w = word(analyse("Gummeldingen wurden gestern in großer Zahl verkauft."), "Gummeldingen");
    expect(w.pos).not.toBe("name");
    expect(w.known).toBe(false);
  });

  it("takes one spelled like a name for a name, also opening a sentence", () => {
    expect(word(analyse("Zalando verkauft Schuhe im Internet."), "Zalando")).toMatchObject({ pos: "name" });
    expect(word(analyse("Gestern sprach Lindqvist mit der Presse."), "Lindqvist")).toMatchObject({ pos: "name" });
  });

  it("takes an unknown word after des without a genitive ending for a name, one with it for a noun", () => {
    expect(word(analyse("Sie wohnt am Ufer des Tejo."), "Tejo")).toMatchObject({ pos: "name" });
    expect(word(analyse("Die Farbe des Glorbifaxes ist grün."), "Glorbifaxes")).toMatchObject({ pos: "noun" });
    expect(word(analyse("Die Farbe des Glorbifax ist grün."), "Glorbifax")).toMatchObject({ pos: "noun" });
  });

  it("finds a person by first name and surname, and the surname alone later in the passage", () => {
    const passage = analyseText("Die Firma von Jack Ma wächst schnell.\n\nMa sagte, er sei zufrieden.");
    const later = passage.paragraphs[1]?.sentences[0]?.words.find((w) => w?.text === "Ma");
    expect(later).toMatchObject({ pos: "name", name: true });
  });

  it("reads a first name, a surname's particle and a surname as one person, but not a place or noun after von", () => {
    const words = analyse("Sie trifft Ursula von der Leyen und Richard von Weizsäcker.");
    expect(word(words, "Leyen")).toMatchObject({ pos: "name", lemma: "Ursula von der Leyen" });
    expect(word(words, "Weizsäcker")).toMatchObject({ pos: "name", lemma: "Richard von Weizsäcker" });
    const apart = analyse("Peter von Berlin kam, und Anna von der Schule auch.");
    expect(word(apart, "Peter")).toMatchObject({ lemma: "Peter" });
    expect(word(apart, "Schule")).toMatchObject({ pos: "noun", lemma: "Schule" });
    // A first name after von with a surname of its own is another person: von is the preposition.
    const other = analyse("Besprochen wurde der neueste Roman von Daniel Kehlmann.");
    expect(word(other, "Roman")).toMatchObject({ pos: "noun", lemma: "Roman" });
    expect(word(other, "Daniel")).toMatchObject({ pos: "name", lemma: "Daniel Kehlmann" });
    expect(word(other, "Kehlmann")).toMatchObject({ pos: "name", lemma: "Daniel Kehlmann" });
  });

  it("reads a run of English title words as one name", () => {
    const words = analyse("Sie las die Financial Times und den Guardian.");
    expect(word(words, "Financial")).toMatchObject({ pos: "name", lemma: "Financial Times" });
    expect(word(words, "Times")).toMatchObject({ pos: "name", lemma: "Financial Times" });
    const school = analyse("Sie studierte an der Glasgow School of Art.");
    expect(word(school, "Art")).toMatchObject({ pos: "name", lemma: "Glasgow School of Art" });
  });

  it("keeps two known places joined by an English 'and' apart", () => {
    const words = analyse("Die Tour führt durch Schottland and England.");
    expect(word(words, "Schottland").lemma).toBe("Schottland");
    expect(word(words, "England").lemma).toBe("England");
  });
});

describe("interjections Ding writes capitalised", () => {
  it.each([
    ["Hallo, wie geht es dir?", "Hallo", "Hello!"],
    ["Er rief laut Hallo.", "Hallo", "Hello!"],
    ["Tschüss, bis morgen!", "Tschüss", "Bye bye!"],
  ])("%s: %s is a word (%s), not a name", (sentence, text, gloss) => {
    const w = word(analyse(sentence), text);
    expect(w.pos).toBe("other");
    expect(w.glosses[0]).toBe(gloss);
  });
});

describe("first names ending in -s", () => {
  it("reads Jonas as the first name, not the genitive of Jona (a Swiss town)", () => {
    const w = word(analyse("Ich habe Jonas gestern gesehen."), "Jonas");
    expect(w).toMatchObject({ lemma: "Jonas", pos: "name" });
    expect(w.glosses.join(" ")).not.toMatch(/Switzerland/);
  });

  it("still reads the genitive of a place", () => {
    expect(word(analyse("Chinas Wirtschaft wächst."), "Chinas")).toMatchObject({ lemma: "China", pos: "name" });
  });
});

describe("names the first data sets lacked", () => {
  it.each([
    ["Der TSV Eintracht Bardowick gewann.", "Eintracht", "TSV Eintracht Bardowick"],
    ["Die IG Metall kündigte Warnstreiks an.", "Metall", "IG Metall"],
    ["Er spielte beim FC St. Pauli.", "Pauli", "FC St. Pauli"],
    // An ice sports club's abbreviation too, before a town the gazetteer holds only as a small town.
    ["Sie holte ihren Titel für den EC Oberstdorf.", "Oberstdorf", "EC Oberstdorf"],
    ["Der EV Landshut verlor knapp.", "EV", "EV Landshut"],
    // A ski club's too: Skiklub, Wintersportverein.
    ["Sie startet für den SK Nesselwang.", "Nesselwang", "SK Nesselwang"],
    ["Er fährt für den WSV Oberhof.", "Oberhof", "WSV Oberhof"],
    // A club's traditional word before its town.
    ["Er spielte in der Jugend für Werder Bremen.", "Werder", "Werder Bremen"],
    ["Am Samstag kommt Eintracht Frankfurt.", "Eintracht", "Eintracht Frankfurt"],
    ["Nachrichten aus dem RV Wanderlust Bielefeld", "Wanderlust", "RV Wanderlust Bielefeld"],
    ["Landrat Bernd Weißhaupt lobte das.", "Weißhaupt", "Bernd Weißhaupt"],
    ["Die Regisseurin Đặng Thu Hà zeigt ihren Film.", "Hà", "Đặng Thu Hà"],
    // A middle part on -s is no genitive where its stem names no one and is no word.
    ["Es siegte der Norweger Johannes Thingnes Bø.", "Bø", "Johannes Thingnes Bø"],
    ["Das Haus liegt am Ufer des Śniardwy.", "Śniardwy", "Śniardwy"],
    ["Unten glitzert der Freibergsee.", "Freibergsee", "Freibergsee"],
    ["Die Fähre fährt in den Peenestrom.", "Peenestrom", "Peenestrom"],
    // A pass or an island after a stem no dictionary knows (a Kücheninsel or a Museumspass is no name).
    ["Autofahrer sollen über den Reschenpass ausweichen.", "Reschenpass", "Reschenpass"],
    ["Bürgermeister Obermüller eröffnete das Fest.", "Obermüller", "Obermüller"],
    ["Der Trainer Fischer lobte die Mannschaft.", "Fischer", "Fischer"],
    ["Moderatorin Sabine Krüger sprach mit ihm.", "Sabine", "Sabine Krüger"],
    ["Der Angeklagte Markus B. schwieg.", "Markus", "Markus B."],
    // A first name between a form of address and a surname; a listed first name before a listed surname.
    ["Der Fahrer, Herr Karl Wendt, gab es zu.", "Karl", "Karl Wendt"],
    ["Wer Interesse hat, meldet sich bei Sabine Krüger.", "Sabine", "Sabine Krüger"],
    // Double first names and double surnames; a first name that is also a word's form, after a role.
    ["Sie folgt auf Klaus-Dieter Hennig, der geht.", "Klaus-Dieter", "Klaus-Dieter Hennig"],
    ["Gewählt wurde Professorin Aylin Demir-Schäfer.", "Demir-Schäfer", "Aylin Demir-Schäfer"],
    ["Sportvorstand Jochen Saier sprach von einem Wunschspieler.", "Jochen", "Jochen Saier"],
  ])("%s: %s is part of %s", (sentence, text, name) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma: name, pos: "name" });
  });

  it.each([
    ["Der Alpenabfluss ist kalt.", "Alpenabfluss"],
    ["Die Kücheninsel ist neu, der Museumspass auch.", "Kücheninsel"],
    ["Die Kücheninsel ist neu, der Museumspass auch.", "Museumspass"],
    ["Anna Apfelkuchen backt gern.", "backt"],
    ["Die Ärztin Sonnenschein kam.", "Sonnenschein"],
    ["Der Trainer Wechsel kam spät.", "Wechsel"],
    ["Das Alu-Rad von Kettler war teuer.", "Alu-Rad"],
    ["Die Union sucht Eintracht in Berlin.", "Union"],
    ["Die Union sucht Eintracht in Berlin.", "Eintracht"],
    ["Sportvorstand Jochen Suppe kochte.", "kochte"],
  ])("%s: %s is no name", (sentence, text) => {
    expect(word(analyse(sentence), text).pos).not.toBe("name");
  });
});

describe("small towns from the gazetteer, read with care", () => {
  const at = (sentence: string, text: string) => word(analyse(sentence), text);

  it.each([
    ["Viele Grüße aus Cochem!", "Cochem", "Cochem (town in Germany)"],
    ["Gladenbach liegt im Hinterland.", "Gladenbach", "Gladenbach (town in Germany)"],
    ["Der Feuerwehrchef kommt aus Villmar.", "Villmar", "Villmar (town in Germany)"],
    ["Die Gemeinde Laufen baut eine Schule.", "Laufen", "Laufen (town in Germany)"],
  ])("%s: %s is a place glossed %s", (sentence, text, gloss) => {
    expect(at(sentence, text)).toMatchObject({ pos: "name", known: true, glosses: [gloss] });
  });

  it("reads a part of a hyphenated town after a preposition of place as the town", () => {
    expect(at("Die Brücke soll den Zoll bei Waldshut entlasten.", "Waldshut")).toMatchObject({ pos: "name" });
    expect(at("Der Waldshut ist grün.", "Waldshut").pos).toBe("noun");
  });

  it("matches a town's multi-word name", () => {
    expect(at("In Zell am See haben wir sie getroffen.", "See")).toMatchObject({ pos: "name", lemma: "Zell am See" });
    expect(at("Dann sind wir nach Bad Ischl gefahren.", "Bad")).toMatchObject({ pos: "name", lemma: "Bad Ischl" });
  });

  it.each([
    ["Bei Regen bleiben wir zu Hause.", "Regen"],
    ["Der Tisch ist aus Holz.", "Holz"],
    ["Wir wanderten über Berg und Tal.", "Berg"],
    ["Laufen ist gesund.", "Laufen"],
    ["Der Wald bedeckt die Hochfläche.", "Wald"],
  ])("%s: %s, a town's name and an ordinary word, stays the word", (sentence, text) => {
    expect(at(sentence, text).pos).not.toBe("name");
  });

  it("reads a point of the compass after a preposition as the direction, not the town", () => {
    expect(at("Der Fluss fließt nach Norden.", "Norden").pos).toBe("noun");
  });

  it("does not remember the last word of a name when it is an ordinary word", () => {
    const passage = analyseText("Der SV Laufen hat gewonnen. „Laufen und Kämpfen, das hat gestimmt.“");
    const words = passage.paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.words));
    expect(words.filter((w) => w?.text === "Laufen").map((w) => w?.pos)).toEqual(["name", "noun"]);
  });
});

describe("first names from the open lists", () => {
  it.each([
    ["Der Klaus ist gestern gekommen.", "Klaus", "Klaus"],
    ["Herzliche Grüße, deine Ursula", "Ursula", "Ursula"],
    ["Später rief sie ihre Tochter Sabine an.", "Sabine", "Sabine"],
    ["Sie dankte Renate Vogel für die Arbeit.", "Vogel", "Renate Vogel"],
  ])("%s: %s is part of %s", (sentence, text, name) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma: name, pos: "name" });
  });

  it("leaves a listed first name that is an ordinary word to the word", () => {
    expect(word(analyse("Die Rose blüht im Garten."), "Rose").pos).toBe("noun");
  });
});

describe("rivers, ranges and summits of the landscape list", () => {
  it.each([
    ["Im Tal fließt die Loisach.", "Loisach"],
    ["Die Rhön ist ein Mittelgebirge.", "Rhön"],
    ["Im Westen grenzt sie an den Spessart.", "Spessart"],
    ["Die Fulda entspringt an der Wasserkuppe.", "Wasserkuppe"],
  ])("%s: %s, no ordinary word, is a name anywhere", (sentence, text) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma: text, pos: "name", name: true });
  });

  it.each([
    ["Auch die Dill und die Weil führten viel Wasser.", "Dill"],
    ["Auch die Dill und die Weil führten viel Wasser.", "Weil"],
    ["Das Hochwasser an der Lahn ist zurückgegangen.", "Lahn"],
    ["Wir fahren entlang der Lahn.", "Lahn"],
    ["Wie das Erzgebirge ist der Harz ein Wandergebiet.", "Harz"],
  ])("%s: %s is the name where the article cannot go with the word", (sentence, text) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma: text, pos: "name" });
  });

  it.each([
    ["Der Dill schmeckt gut.", "Dill"],
    ["Das Harz klebt am Baum.", "Harz"],
    ["Die Nebel lichten sich.", "Nebel"],
    ["Die Leine ist zu kurz.", "Leine"],
    ["Bei Regen bleiben wir im Haus.", "Regen"],
  ])("%s: %s stays the word where the article goes with it", (sentence, text) => {
    expect(word(analyse(sentence), text).pos).toBe("noun");
  });
});

describe("places made of places", () => {
  it.each([
    ["Die Sparkasse Marburg-Biedenkopf schließt Filialen.", "Marburg-Biedenkopf", "Marburg-Biedenkopf"],
    ["Er sprach mit Vertretern des Lahn-Dill-Kreises.", "Lahn-Dill-Kreises", "Lahn-Dill-Kreis"],
    ["Die Volksbank Mittelhessen zieht um.", "Mittelhessen", "Mittelhessen"],
    ["Sie wohnt jetzt in Nordhessen.", "Nordhessen", "Nordhessen"],
    ["Er sprach von einem guten Tag für den Hochrhein.", "Hochrhein", "Hochrhein"],
    ["Die Fans des Erich-Kästner-Stadions jubelten.", "Erich-Kästner-Stadions", "Erich-Kästner-Stadion"],
    ["Hinter der Brücke bei Obereichstätt müssen alle aussteigen.", "Obereichstätt", "Obereichstätt"],
    ["Das ist ein Erfolg für den Standort Oberfranken.", "Oberfranken", "Oberfranken"],
    ["Unterfranken hat viele Weinberge.", "Unterfranken", "Unterfranken"],
  ])("%s: %s is the name %s", (sentence, text, lemma) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma, pos: "name" });
  });

  it.each([
    ["Das Oberhaus stimmte zu.", "Oberhaus"],
    ["Im Mittelalter war das anders.", "Mittelalter"],
    ["Das Hochhaus steht im Hochland.", "Hochland"],
    ["Die Nord-Süd-Verbindung ist gesperrt.", "Nord-Süd-Verbindung"],
    ["Im Mittellauf ist der Fluss breit.", "Mittellauf"],
  ])("%s: %s stays a noun", (sentence, text) => {
    expect(word(analyse(sentence), text).pos).toBe("noun");
  });
});

describe("a sports club's name after SSC", () => {
  it("runs over the sponsor to the place (SSC Palmberg Schwerin)", () => {
    const words = analyse("Den Titel holte der SSC Palmberg Schwerin.");
    for (const text of ["SSC", "Palmberg", "Schwerin"])
      expect(word(words, text)).toMatchObject({ lemma: "SSC Palmberg Schwerin", pos: "name" });
  });
});
