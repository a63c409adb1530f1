// The engine with a translation: each word's meaning is the sense the translator used.
import { describe, expect, it } from "vitest";
import { analysePassage } from "@/lib/german/analyse";
import type { WordAnalysis } from "@/lib/german/types";
import { translationChooser } from "./translation-chooser";

function analyseWith(german: string, english: string[]): WordAnalysis[] {
  const passage = analysePassage({ paragraphs: [{ kind: "body", lang: "de", sentences: [german] }] }, undefined, {
    chooseMeanings: translationChooser([[english]]),
  });
  return (passage.paragraphs[0]?.sentences[0]?.words ?? []).filter((w): w is WordAnalysis => w !== null);
}

const word = (words: WordAnalysis[], text: string) => {
  const w = words.find((x) => x.text === text);
  if (!w) throw new Error(`no ${text}`);
  return w;
};

describe("meaning from the translation", () => {
  it.each([
    [
      "Die Firma will sich von der Konkurrenz abheben.",
      "The firm wants to stand out from its rivals.",
      "abheben",
      "to stand out",
    ],
    ["Die Stadt verfügt über ein gutes Busnetz.", "The city has a good bus network.", "verfügt", "to have"],
    ["Der Minister kündigte neue Regeln an.", "The minister announced new rules.", "kündigte", "to announce"],
    ["Der Minister kündigte neue Regeln an.", "The minister announced new rules.", "an", "to announce"],
    ["Die Bank wickelt das Geschäft ab.", "The bank processes the transaction.", "wickelt", "to process"],
    // Irregular English: "tied" is tie's, and the gloss "to found" is found, not find's past.
    ["Er band den Hund an den Baum.", "He tied the dog to the tree.", "band", "to tie"],
    ["Er gründete die Firma 1990.", "He founded the company in 1990.", "gründete", "to found"],
    // Take with a means of transport is travelling by it: fahren's "to ride", not its first sense "to ride on".
    ["Morgen fahren wir mit dem Zug nach Berlin.", "Tomorrow we are taking the train to Berlin.", "fahren", "to ride"],
    // An adjective used as an adverb: "slightly" is the adjective's "slight", not "light".
    ["Die Preise sind leicht gestiegen.", "Prices have risen slightly.", "leicht", "slight"],
    // A gloss with a slash inside a word matches either reading: "to withdraw/draw" in "withdraw".
    ["Ich muss Geld abheben.", "I have to withdraw money.", "abheben", "to withdraw/draw"],
    // A gloss found as written beats another word's gloss found inflected: "glasses" is Brille's, and Glas,
    // whose "glass" it also is, takes "lenses".
    [
      "Die Gläser meiner Brille sind völlig zerkratzt.",
      "The lenses in my glasses are completely scratched.",
      "Gläser",
      "lens",
    ],
    // Only a part of a gloss matched ("report" of "criminal information report"): the sense's first gloss,
    // unless that one is light words only (verlaufen's "to be +").
    [
      "Nach dem Diebstahl erstattete sie Anzeige bei der Polizei.",
      "After the theft she reported it to the police.",
      "Anzeige",
      "criminal complaint",
    ],
    [
      "Die Grenze verläuft entlang des Flusses.",
      "The border runs along the river.",
      "verläuft",
      "to run a particular course",
    ],
    // A phrasal verb's gloss found without its particle yields to a synonym of another gloss: "acted badly" is
    // aufführen's "to behave", not "to act up"; with the particle it is "to act up".
    ["Die Kinder haben sich schlecht aufgeführt.", "The children acted badly.", "aufgeführt", "to behave"],
    ["Die Kinder haben sich unmöglich aufgeführt.", "The children acted up terribly.", "aufgeführt", "to act up"],
    // An adjective's own sense matched in part ("open" of "open-minded") beats the verb its participle is of
    // (aufschließen "to open").
    [
      "Das Treffen bezeichnete er als großartig und aufgeschlossen.",
      "He described the meeting as great and open.",
      "aufgeschlossen",
      "open-minded",
    ],
  ])("%s (%s): %s = %s", (german, english, text, gloss) => {
    const w = word(analyseWith(german, [english]), text);
    expect(w.glosses[0]).toBe(gloss);
    expect(w.meaningGlosses).toBeGreaterThanOrEqual(1);
  });

  it("records the English words matched, with their sentence and offsets", () => {
    const english = "The minister announced new rules.";
    const w = word(analyseWith("Der Minister kündigte neue Regeln an.", [english]), "kündigte");
    expect(w.aligned).toEqual([{ text: "announced", sentence: 0, start: 13, end: 22 }]);
    expect(english.slice(13, 22)).toBe("announced");
  });

  it("glosses compound parts by the translation and composes an unknown compound from them", () => {
    const words = analyseWith("Die Stadt hat ein dichtes Busnetz und viel Radverkehr.", [
      "The city has a dense bus network and a lot of bicycle traffic.",
    ]);
    const bus = word(words, "Busnetz");
    expect(bus.parts?.map((p) => p.gloss)).toEqual(["bus", "network"]);
    expect(bus.glosses[0]).toBe("bus network");
    expect(word(words, "Radverkehr").parts?.[0]?.gloss).toBe("bicycle");
  });

  it("composes a plural compound with its head's plural English when the part chosen is the singular", () => {
    const words = analyseWith("Sie wollen Märkte für US-Güter öffnen.", ["They want to open markets to US goods."]);
    const goods = word(words, "US-Güter");
    expect(goods.aligned?.map((a) => a.text)).toContain("goods");
    expect(goods.glosses).toEqual(["US goods"]);
  });

  it("aligns across a 1:2 sentence split", () => {
    const words = analyseWith("Der Minister kündigte neue Regeln an, die ab Montag gelten.", [
      "The minister announced new rules.",
      "They apply from Monday.",
    ]);
    expect(word(words, "Montag").aligned).toEqual([{ text: "Monday", sentence: 1, start: 16, end: 22 }]);
  });

  it("gives one English word to one German word only", () => {
    const words = analyseWith("Das Haus und das Gebäude.", ["The house and the building."]);
    const lit = words.flatMap((w) => w.aligned ?? []).map((a) => a.start);
    expect(new Set(lit).size).toBe(lit.length);
  });

  it("may choose a sense the card keeps for the alignment only, then shows it first and the card's after", () => {
    const german = "Sie hat das Wasser im Keller abgestellt.";
    // "to cut off" is one of abstellen's rarer senses (data/lexicon/README.md): not on the card alone.
    const plain = analysePassage({
      paragraphs: [{ kind: "body", lang: "de", sentences: [german] }],
    }).paragraphs[0]?.sentences[0]?.words.find((w) => w?.text === "abgestellt");
    const w = word(analyseWith(german, ["She cut off the water in the cellar."]), "abgestellt");
    expect(plain?.glosses).not.toContain("to cut off");
    expect(w.glosses[0]).toBe("to cut off");
    expect(w.meaningGlosses).toBe(1);
    expect(w.glosses.slice(1)).toEqual(plain?.glosses.slice(0, w.glosses.length - 1));
  });

  it("shows no alignment-only sense the translation did not choose", () => {
    const w = word(
      analyseWith("Sie hat den Koffer im Flur abgestellt.", ["She parked the suitcase in the hall."]),
      "abgestellt",
    );
    expect(w.glosses[0]).toBe("to park");
    expect(w.glosses).not.toContain("to cut off");
  });

  it("keeps the ranked senses for a word the translation does not show", () => {
    const words = analyseWith("Die Stadt verfügt über ein Busnetz.", ["Buses are everywhere."]);
    expect(word(words, "verfügt").aligned).toBeUndefined();
  });
});

describe("senses beyond the word's own entry", () => {
  it.each([
    // The headword's other entries: fertig's verb row, stark's adjective for the adverb.
    [
      "Nach der Wanderung war ich völlig fertig.",
      "After the hike I was completely worn out.",
      "fertig",
      "to be worn out",
    ],
    ["Es regnet stark.", "It is raining heavily.", "stark", "heavy"],
    // A past participle's other verbs: ist gefallen is fallen's, the adjective verdient verdienen's.
    ["Der Ölpreis ist stark gefallen.", "The price of oil has dropped sharply.", "gefallen", "to drop"],
    ["Er verdient nicht viel.", "He doesn't earn much.", "verdient", "to earn"],
    // A participle read as its verb offers Ding's adjective of the form: gefallen "killed in action".
    ["Mein Großvater ist im Krieg gefallen.", "My grandfather was killed in the war.", "gefallen", "killed in action"],
    // A plural's own plural-only headword: die Ausgaben "expenses" (die Ausgabe "edition"), Daten "data"
    // (Datum "date"), unter Umständen, the dative of Umstände "circumstances" (der Umstand "fact").
    ["Die Ausgaben der Stadt sind stark gestiegen.", "The city's expenses have risen sharply.", "Ausgaben", "expenses"],
    ["Die Daten werden auf dem Server gespeichert.", "The data are stored on the server.", "Daten", "data"],
    [
      "Unter diesen Umständen machen wir nicht weiter.",
      "Under these circumstances we won't go on.",
      "Umständen",
      "circumstance",
    ],
  ])("%s (%s): %s = %s", (german, english, text, gloss) => {
    expect(word(analyseWith(german, [english]), text).glosses[0]).toBe(gloss);
  });

  it("offers a plural-only headword to its plural only, not to the singular", () => {
    const w = word(
      analyseWith("Die Ausgabe der Zeitung kostet zwei Euro.", ["The expenses cost two euros."]),
      "Ausgabe",
    );
    // The translation's leftover noun may still name the meaning (translation-gaps.ts): not as the
    // plural-only headword's sense, whose other glosses stay off the card.
    expect(w.glosses).not.toContain("spending");
    expect(w.glosses).not.toContain("outgoings");
  });

  it("keeps them off the card when the translation used none of them", () => {
    const w = word(analyseWith("Das Essen ist fertig.", ["Dinner is ready."]), "fertig");
    expect(w.glosses[0]).toBe("ready");
    expect(w.glosses).not.toContain("to be worn out");
  });
});

describe("copula glosses", () => {
  it("match a synonym of their adjective: 'to be adequate' in 'isn't enough'", () => {
    const w = word(analyseWith("Das Geld reicht nicht.", ["The money isn't enough."]), "reicht");
    expect(w.glosses[0]).toBe("to be adequate");
  });
});

describe("senses the translation matches equally", () => {
  it("go to the one whose reflexive use fits the clause", () => {
    const w = word(
      analyseWith("Das Angebot richtet sich an Studenten.", ["The offer is aimed at students."]),
      "richtet",
    );
    expect(w.glosses[0]).toBe("to be directed");
  });

  it("leave a sense the clause chose by its reflexive and its preposition to no synonym of another", () => {
    // "uses" is a synonym of beziehen's "to apply"; sich beziehen auf is "to refer to".
    const w = word(
      analyseWith("Der Artikel bezieht sich auf eine Studie aus Oxford.", ["The article uses a study from Oxford."]),
      "bezieht",
    );
    expect(w.glosses[0]).toBe("to refer to");
  });

  it("keep the more common one when the clause fits neither better", () => {
    const w = word(analyseWith("Er richtet die Lampe neu.", ["He aims the lamp again."]), "richtet");
    expect(w.glosses[0]).toBe("to direct");
  });
});

describe("auxiliaries", () => {
  it("keeps haben to the card's senses: another word's English does not pull a rare one", () => {
    const words = analyseWith("Andere Länder haben gezeigt, wie es gehen kann.", [
      "Other countries have shown how it can work.",
    ]);
    expect(word(words, "haben").glosses[0]).toBe("to have");
  });

  it("reads a light verb with a particle as another verb: ankommen is 'to arrive' in \"gets in\"", () => {
    expect(word(analyseWith("Der Zug kommt um acht an.", ["The train gets in at eight."]), "kommt").glosses[0]).toBe(
      "to arrive",
    );
  });

  it("finds a short verb in -y in its -ied form: anprobieren is 'to try on' in \"tried the dress on\"", () => {
    expect(
      word(analyseWith("Sie hat das Kleid anprobiert.", ["She tried the dress on."]), "anprobiert").glosses[0],
    ).toBe("to try on");
  });

  it("finds a gloss's would or will in a contraction: möchte is 'would like' in \"I'd like\"", () => {
    expect(word(analyseWith("Ich möchte ein Eis.", ["I'd like an ice cream."]), "möchte").glosses[0]).toBe(
      "would like",
    );
  });
});

describe("reflexive glosses and glosses matched by their head", () => {
  it.each([
    // No reflexive pronoun in the translation: "to spread", not "to spread oneself".
    ["Das Gerücht verbreitete sich im Dorf.", "The rumour spread through the village.", "verbreitete", "to spread"],
    // "feed" is the head of "animal feed": that sense, shown by the gloss found, a kind of what the English
    // says (the sense's first gloss may be another meaning Ding gives with it).
    ["Der Bauer kauft Futter für die Kühe.", "The farmer buys feed for the cows.", "Futter", "animal feed"],
    // Ding gives "guided tour" in one sense with "leadership; management; lead".
    ["Die Führung beginnt am Rathaus.", "The tour starts at the town hall.", "Führung", "guided tour"],
    // "overhauled" is the head of "to give a general overhaul": its sense's first gloss, not "to overtake".
    ["Die Werkstatt hat das Auto überholt.", "The garage overhauled the car.", "überholt", "to recondition"],
  ])("%s (%s): %s = %s", (german, english, text, gloss) => {
    expect(word(analyseWith(german, [english]), text).glosses[0]).toBe(gloss);
  });
});

describe("synonyms through a rarer sense, for a verb the translation matched nothing else of", () => {
  it.each([
    // WordNet's {hand, pass, reach}: among pass's rarer senses, so no synonym for the exact alignment.
    ["Kannst du mir mal die Butter reichen?", "Can you pass me the butter?", "reichen", "to hand"],
    // {rise, prove}: dough's rising, a rare sense of both.
    ["Der Teig muss eine Stunde gehen.", "The dough has to rise for an hour.", "gehen", "to prove"],
    // {fire, dismiss, give notice, sack, terminate …}: the gloss of two words is looked up whole, so kündigen's
    // first sense, "to give notice", has the synonym, as its later "to terminate" (a contract's) has.
    [
      "Der Verlag hat zwanzig Redakteuren gekündigt.",
      "The publisher dismissed twenty editors.",
      "gekündigt",
      "to give notice",
    ],
  ])("%s (%s): %s = %s", (german, english, text, gloss) => {
    expect(word(analyseWith(german, [english]), text).glosses[0]).toBe(gloss);
  });

  it("takes no rare synonym for a sense the sentence's context chose: Hörer abnehmen is no 'to hear'", () => {
    // Context chose "to lift" (Hörer); no sense of abnehmen matches, so the translation's own phrasal verb
    // is the meaning, not "to hear", which 'pick up' may be through a rare sense.
    const w = word(analyseWith("Sie nahm sofort den Hörer ab.", ["She picked up the receiver at once."]), "nahm");
    expect(w.glosses[0]).toBe("to pick up");
  });

  it.each([
    ["Die Versicherung übernimmt die Kosten.", "The insurance covers the costs.", "übernimmt", "to cover"],
    ["Der Trainer setzt auf junge Spieler.", "The coach is relying on young players.", "setzt", "to rely on"],
  ])(
    "gives a verb whose sense the sentence chose the translation's verb where none of its senses matches: %s",
    (german, english, text, gloss) => {
      expect(word(analyseWith(german, [english]), text).glosses[0]).toBe(gloss);
    },
  );

  it("gives a leftover English verb to the participle, not to haben beside it", () => {
    const words = analyseWith("Niemand hat das Telefon abgenommen.", ["Nobody answered the phone."]);
    expect(word(words, "abgenommen").glosses[0]).toBe("to answer");
    expect(word(words, "hat").glosses[0]).not.toBe("to answer");
  });

  it("keeps a sense chosen by its preposition against a bare verb: bestehen aus is no 'to consist'", () => {
    const w = word(
      analyseWith("Das Team besteht aus fünf Forschern.", ["The team consists of five researchers."]),
      "besteht",
    );
    expect(w.glosses[0]).toBe("to comprise");
  });

  it("keeps a first sense chosen by its preposition against a rare synonym of another: aufpassen auf", () => {
    const w = word(
      analyseWith("Kannst du heute Abend auf meinen Hund aufpassen?", ["Can you look after my dog tonight?"]),
      "aufpassen",
    );
    expect(w.glosses[0]).toBe("to watch");
  });

  it.each([
    // "hard" is a rare synonym of "firmly" (the adverb's gloss), "severe" one of the English "stark".
    ["Nach dem Frost ist die Erde ganz fest.", "After the frost the earth is quite hard.", "fest", "firmly"],
    ["Sie hat starke Schmerzen.", "She is in severe pain.", "starke", "stark"],
  ])("leaves nouns and adjectives alone: %s (%s): %s is no %s", (german, english, text, gloss) => {
    expect(word(analyseWith(german, [english]), text).glosses[0]).not.toBe(gloss);
  });
});

describe("a sense the lexicon lacks", () => {
  it("is the English noun left over at an ambiguous noun's place when none of its glosses matched", () => {
    const words = analyseWith("In der Bäckerei kaufte ich mir eine Schnecke mit Zimt.", [
      "At the bakery I bought myself a cinnamon swirl.",
    ]);
    const w = word(words, "Schnecke");
    expect(w.glosses[0]).toBe("swirl");
    // The lexicon's senses stay on the card after it.
    expect(w.glosses).toContain("snail");
  });

  it("is looked for next to the English of the noun's matched neighbour when the word order differs", () => {
    const words = analyseWith("Vor dem Rathaus kam es zu einem Auflauf von Demonstranten.", [
      "A crowd of protesters gathered in front of the town hall.",
    ]);
    expect(word(words, "Auflauf").glosses[0]).toBe("crowd");
  });

  it("is not taken when a gloss matched", () => {
    const words = analyseWith("Nach dem Regen kroch eine Schnecke über den Gartenweg.", [
      "After the rain a snail crawled across the garden path.",
    ]);
    expect(word(words, "Schnecke").glosses[0]).toBe("snail");
  });
});

describe("a verb sense the lexicon lacks", () => {
  it("is the English verb left over, as its base, when no gloss of an ambiguous verb matched", () => {
    const words = analyseWith("Den Gutschein können Sie in allen unseren Filialen einlösen.", [
      "You can redeem the voucher in any of our branches.",
    ]);
    expect(word(words, "einlösen").glosses[0]).toBe("to redeem");
  });

  it("is no verb of an English subordinate clause where the German sentence is one clause", () => {
    const dog = analyseWith("Mein Hund hört einfach nicht auf mich.", ["My dog just won't do what I tell him."]);
    expect(word(dog, "hört").glosses[0]).toBe("to listen to");
    const voucher = analyseWith("Ich weiß nicht, ob sie den Gutschein einlöst.", [
      "I don't know whether she will redeem the voucher.",
    ]);
    expect(word(voucher, "einlöst").glosses[0]).toBe("to redeem");
  });
});

describe("a verb's gloss found in an English noun", () => {
  it("does not overrule the sense the sentence chose: 'at the science centre' is no 'to centre on'", () => {
    const words = analyseWith("Das Mitmachlabor im Science Center richtet sich an Jugendliche.", [
      "The hands-on lab at the science centre is for young people.",
    ]);
    expect(word(words, "richtet").glosses[0]).toBe("to be directed");
  });
});

describe("a phrasal verb's gloss found without its particle", () => {
  it("does not overrule the sense the sentence chose: 'passed' is no 'to pass off'", () => {
    const words = analyseWith("Die Frist für den Einspruch ist gestern abgelaufen.", [
      "The deadline for objections passed yesterday.",
    ]);
    expect(word(words, "abgelaufen").glosses[0]).toBe("to expire");
  });

  it("still matches where its particle ends the clause: 'turned the proposal down'", () => {
    const words = analyseWith("Der Stadtrat hat den Vorschlag der Bürgerinitiative abgelehnt.", [
      "The city council turned the residents' group's proposal down.",
    ]);
    expect(word(words, "abgelehnt").glosses[0]).toBe("to turn down");
  });
});

describe("an English verb left over without its particle", () => {
  it("does not overrule the sense the sentence chose: 'fires off the questions' keeps Fragen stellen's 'to ask'", () => {
    const words = analyseWith("Der Moderator stellt die Fragen in rasendem Tempo.", [
      "The host fires off the questions at breakneck speed.",
    ]);
    expect(word(words, "stellt").glosses[0]).toBe("to ask");
  });

  it("still gives the meaning of a word whose sentence chose none: 'started off' is 'to start'", () => {
    const words = analyseWith("Die Tomaten werden ab März auf der Fensterbank vorgezogen.", [
      "The tomatoes are started off on the windowsill from March.",
    ]);
    expect(word(words, "vorgezogen").glosses[0]).toBe("to start");
  });
});

describe("a light verb with 'in' or 'on' before a bare noun phrase", () => {
  it("is no phrasal verb: 'kept on high-bay racking' is no 'to keep on'", () => {
    const words = analyseWith("Die Ware wird bis zur Auslieferung im Hochregal gelagert.", [
      "The goods are kept on high-bay racking until they are shipped.",
    ]);
    expect(word(words, "gelagert").glosses[0]).toBe("to lay in");
  });
});

describe("a verb's participle matched by its adjective's gloss", () => {
  it("shows the English verb of an English participle: gestimmt 'tuned' is 'to tune'", () => {
    const words = analyseWith("Jede Pfeife der Orgel wird einzeln gestimmt.", [
      "Every pipe of the organ is tuned separately.",
    ]);
    expect(word(words, "gestimmt").glosses[0]).toBe("to tune");
  });

  it("keeps a gloss of more words: gefallen 'killed in action'", () => {
    const words = analyseWith("Sein Großvater ist im Krieg gefallen.", ["His grandfather was killed in the war."]);
    expect(word(words, "gefallen").glosses[0]).toBe("killed in action");
  });
});

describe("an English verb left over before an adverb of direction", () => {
  it("gives the meaning: 'the cranes migrate north' is ziehen 'to migrate'", () => {
    const words = analyseWith("Im Frühjahr ziehen die Kraniche wieder nach Norden.", [
      "In spring the cranes migrate north again.",
    ]);
    expect(word(words, "ziehen").glosses[0]).toBe("to migrate");
  });
});

describe("a verb whose sentence chose a reflexive sense", () => {
  it("takes no single English verb left over: 'sich richten an' / 'is meant for' keeps 'to be directed'", () => {
    const words = analyseWith("Das Mitmachlabor im Science Center richtet sich an Jugendliche ab zwölf.", [
      "The hands-on lab at the science centre is meant for young people aged twelve and up.",
    ]);
    expect(word(words, "richtet").glosses[0]).toBe("to be directed");
  });
});
