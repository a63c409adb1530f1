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
    ["Ein Tochterunternehmen des People's Daily lobte ihn.", "Daily", "People's Daily"],
    [
      "Er arbeitet am Center for Strategic and International Studies in Washington.",
      "for",
      "Center for Strategic and International Studies",
    ],
    ["Sie wohnt im Mittleren Westen der USA.", "Mittleren", "Mittlerer Westen"],
    ["Die Regierung in Peking war verärgert.", "Peking", "Peking"],
  ])("%s: %s belongs to %s", (sentence, text, name) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma: name, pos: "name", name: true });
  });

  it("gives Ding's English name as gloss", () => {
    expect(word(analyse("Die Regierung in Peking war verärgert."), "Peking").glosses).toEqual(["Beijing"]);
  });

  it("reads a genitive -s as the name", () => {
    const words = analyse("Das Treffen Trumps mit Mas Team endete außerhalb Chinas.");
    expect(word(words, "Trumps").lemma).toBe("Trump");
    expect(word(words, "Mas").lemma).toBe("Ma");
    expect(word(words, "Chinas").lemma).toBe("China");
  });

  it("treats a capitalised mid-sentence word that is no dictionary noun as a name", () => {
    const w = word(analyse("Die Waren werden auch über Zalando verkauft."), "Zalando");
    expect(w).toMatchObject({ pos: "name", name: true, known: false, glosses: [] });
  });

  it("does not merge two names that happen to stand side by side", () => {
    const words = analyse("Im Wahlkampf hatte Trump China beschuldigt.");
    expect(word(words, "Trump").lemma).toBe("Trump");
    expect(word(words, "China").lemma).toBe("China");
  });

  it("remembers a surname from earlier in the passage", () => {
    const passage = analyseText("Das sagte Peter Lindqvist am Montag.\n\nSpäter meinte Lindqvist, es sei gut.");
    const later = passage.paragraphs[1]?.sentences[0]?.words.find((w) => w?.text === "Lindqvist");
    expect(later).toMatchObject({ pos: "name", name: true });
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
  ])("%s: %s is a %s", (sentence, text, pos) => {
    expect(word(analyse(sentence), text).pos).toBe(pos);
  });
});
