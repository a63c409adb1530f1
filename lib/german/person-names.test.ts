import { describe, expect, it } from "vitest";
import { analysePassage } from "./analyse";
import { analyse, word } from "./test-helpers";

describe("a first name and the name after it", () => {
  it.each([
    ["Niedersachsens Ministerpräsident Olaf Lies forderte mehr Hilfe.", ["Olaf", "Lies"], "Olaf Lies"],
    [
      "Im Gegenzug wechselt der Niederländer Ruud van Dijkstra zu Ajax.",
      ["Ruud", "van", "Dijkstra"],
      "Ruud van Dijkstra",
    ],
    // A first name that is also a noun (Iris, Juli), bare before a surname, guessed or listed (Zeh "toe").
    ["Taufpatin war die Schauspielerin Iris Berben.", ["Iris", "Berben"], "Iris Berben"],
    ["Die Bücherei lädt zu einer Lesung mit Juli Zeh ein.", ["Juli", "Zeh"], "Juli Zeh"],
  ])("%s: one name", (sentence, texts, lemma) => {
    const words = analyse(sentence);
    for (const text of texts) expect(word(words, text)).toMatchObject({ pos: "name", lemma });
  });

  it.each([
    // A place after the first name, an object after a guessed one, stay apart.
    ["Sie rief an, als Paula Potsdam erreichte.", "Potsdam"],
    ["Gestern hat Helmut Kuchen gebacken.", "Kuchen"],
    // The noun with an article, a number or a month after a preposition of time before it.
    ["Im Juli Koch zu werden, war sein Traum.", "Juli"],
    ["Seit Juli Koch im Hotel, lernt er viel.", "Juli"],
    ["Er zahlte 500 Mark Strafe.", "Mark"],
    ["Die Iris Müllers ist blau.", "Iris"],
  ])("%s: %s stays apart", (sentence, text) => {
    expect(word(analyse(sentence), text).lemma).toBe(text);
  });
});

describe("two first names and the surname after them", () => {
  it.each([
    ["Die Titelrolle singt der Tenor Klaus Florian Vogt.", ["Klaus", "Florian", "Vogt"], "Klaus Florian Vogt"],
    ["Gestern sprach Hans Peter Müller im Rat.", ["Hans", "Peter", "Müller"], "Hans Peter Müller"],
  ])("%s: one name", (sentence, texts, lemma) => {
    const words = analyse(sentence);
    for (const text of texts) expect(word(words, text)).toMatchObject({ pos: "name", lemma });
  });

  it("leaves a place after them apart", () => {
    expect(word(analyse("Sie rief an, als Anna Maria Potsdam erreichte."), "Potsdam").lemma).toBe("Potsdam");
  });
});

describe("a person's genitive before a noun or a title", () => {
  it.each([
    ["Die Oper ist Richard Wagners „Lohengrin“.", ["Richard", "Wagners"], "Richard Wagner"],
    ["Sie lesen Thomas Manns Roman.", ["Thomas", "Manns"], "Thomas Mann"],
    ["Das war Angela Merkels größter Erfolg.", ["Angela", "Merkels"], "Angela Merkel"],
  ])("%s: the name in its base form", (sentence, texts, lemma) => {
    const words = analyse(sentence);
    for (const text of texts) expect(word(words, text)).toMatchObject({ pos: "name", lemma });
  });

  it("keeps a surname in -s before anything else (Hans Peters im Rat)", () => {
    expect(word(analyse("Gestern sprach Hans Peters im Rat."), "Peters").lemma).toBe("Hans Peters");
  });
});

describe("a surname that is also a noun for a person, bare after its verb", () => {
  it.each([
    ["Kurz vor der Pause gleicht Müller überraschend aus.", "Müller"],
    ["„Wir sind zufrieden“, sagte Koch nach der Sitzung.", "Koch"],
    ["Das Urteil sei gerecht, so Richter.", "Richter"],
    ["Koch betonte, die Lage sei ernst.", "Koch"],
  ])("%s: %s is the name", (sentence, text) => {
    expect(word(analyse(sentence), text)).toMatchObject({ pos: "name", lemma: text });
  });

  it.each([
    // A predicate, a plural object after a subject, a title before a name, a noun for no person, an article.
    ["Er wird Koch.", "Koch"],
    ["Sie arbeitet als Richter.", "Richter"],
    ["Die Firma sucht Schneider.", "Schneider"],
    ["Dann sprach Richter Hans Meier das Urteil.", "Richter"],
    ["Im Winter herrscht Frost.", "Frost"],
    ["Koch ist ein schöner Beruf.", "Koch"],
    ["Richter entscheiden darüber.", "Richter"],
    ["Der Koch kocht.", "Koch"],
  ])("%s: %s stays the noun", (sentence, text) => {
    expect(word(analyse(sentence), text).pos).toBe("noun");
  });
});

describe("a surname that is also a noun for a person, after Familie or Ehepaar", () => {
  it.each([
    ["Die Familie Koch wohnt nebenan.", "Koch"],
    ["Wir danken dem Ehepaar Fischer für die Spende.", "Fischer"],
  ])("%s: %s is the family's name", (sentence, text) => {
    expect(word(analyse(sentence), text)).toMatchObject({ pos: "name", lemma: text });
  });

  it("a noun for no person stays an object (Am Abend isst die Familie Fisch)", () => {
    expect(word(analyse("Am Abend isst die Familie Fisch."), "Fisch").pos).toBe("noun");
  });
});

describe("a surname that is also a word, given a person earlier in the passage", () => {
  const words = (sentences: string[]) =>
    analysePassage({ paragraphs: [{ kind: "body", lang: "de", sentences }] }).paragraphs[0]?.sentences.map(
      (s) => s.words,
    ) ?? [];

  it("is the surname bare as a subject, the noun elsewhere (Kern after Dr. Matthias Kern)", () => {
    const [, later, noun, copula] = words([
      "Neuer Chefarzt ist Dr. Matthias Kern.",
      "Kern folgt auf Prof. Dr. Ulrich Sander.",
      "Der Kern des Problems bleibt.",
      "Kern ist ein Wort.",
    ]);
    expect(word(later ?? [], "Kern").pos).toBe("name");
    expect(word(noun ?? [], "Kern").pos).toBe("noun");
    expect(word(copula ?? [], "Kern").pos).toBe("noun");
  });

  it("is the noun without the person earlier", () => {
    const [only] = words(["Kern folgt auf Prof. Dr. Ulrich Sander."]);
    expect(word(only ?? [], "Kern").pos).toBe("noun");
  });
});

describe("a capitalised adjective right before a person's full name", () => {
  it.each([
    ["Bei den Männern siegte der Deutsche Jonas Schomburg.", "Deutsche", "Deutsche", "m"],
    ["Im Finale stand die Deutsche Laura Siegemund.", "Deutsche", "Deutsche", "f"],
    ["Der Grüne Cem Özdemir lachte.", "Grüne", "Grüne", "m"],
    ["Es siegte der Schweizer Marco Odermatt.", "Schweizer", "Schweizer", "m"],
    ["Das Tor schoss der Münchner Thomas Müller.", "Münchner", "Münchner", "m"],
  ])("is the person's noun: %s (%s)", (sentence, text, lemma, gender) => {
    expect(word(analyse(sentence), text)).toMatchObject({ pos: "noun", lemma, gender });
  });

  it.each([
    ["Der Schweizer Käse schmeckt.", "Schweizer"],
    ["Der Berliner Senat tagte.", "Berliner"],
  ])("stays the adjective before a noun: %s", (sentence, text) => {
    expect(word(analyse(sentence), text).pos).toBe("adj");
  });
});

describe("a name found alone earlier in the passage, where its context said so", () => {
  const words = (sentences: string[]) =>
    analysePassage({ paragraphs: [{ kind: "body", lang: "de", sentences }] }).paragraphs[0]?.sentences.map(
      (s) => s.words,
    ) ?? [];

  it("names the same firm bare later on when no dictionary has the word (Kesselring, not Kessel + Ring)", () => {
    const [, later] = words([
      "Die Radeberger Gruppe übernimmt die Privatbrauerei Kesselring aus Rettenberg.",
      "Kesselring braut seit 1612 Weißbier.",
    ]);
    expect(word(later ?? [], "Kesselring")).toMatchObject({ pos: "name", lemma: "Kesselring" });
  });

  it("leaves the word a noun without the name earlier", () => {
    const [only] = words(["Kesselring braut seit 1612 Weißbier."]);
    expect(word(only ?? [], "Kesselring").pos).toBe("noun");
  });
});
