// The lexicon builder on a few Ding lines (shortened): senses filed under a plural or a verb with its
// object reach the plain word, and a line's examples count for the synonym they use.
import { describe, expect, it } from "vitest";
import { collectDing } from "./ding-entries";
import { foldCompoundHeads, foldObjects, foldPlurals, singularGloss } from "./fold-headwords";
import { keptSenses, rankSenses } from "./rank-senses";

const DING = [
  // Before the verb's own line (Ding is sorted by the English): an example of its sense.
  "Konto {n} | Konten {pl} | Geld überweisen :: account | accounts | to transfer money",
  "Kiefer {m} [anat.] | Kiefer {pl} :: jawbone; jaw | jawbones; jaws",
  "Kiefern {pl}; Föhren {pl} [Süddt.] (Pinus) (botanische Gattung) [bot.] | Gemeine Kiefer {f}; Waldkiefer {f} (Pinus sylvestris) | Bergkiefer {f} (Pinus mugo) :: pines (botanical genus) | Scots pine | mountain pine",
  "Pinie {f} | Pinien {pl} :: stone pine; pine | stone pines; pines",
  "Fichtenbäume {pl}; Fichten {pl} (Picea) (botanische Gattung) [bot.] | gemeine Fichte {f}; Rotfichte {f} (Picea abies) :: spruce trees; spruces (botanical genus) | Norway spruce",
  "Geld {n} | Gelder {pl} :: money | moneys",
  "jdn./etw. an jdn. verweisen; überweisen {vt} [adm.] | verweisend; überweisend | verwiesen; überwiesen :: to refer sb./sth. to sb. | referring | referred",
  "Geld (auf ein Konto) überweisen {vt} [fin.] | Geld überweisend | Geld überwiesen :: to transfer money (to an account) | transferring money | transferred money",
  "Leben {n} | Leben {pl} :: life | lives",
  "etw. leben; ein Leben (in bestimmter Weise) führen {vt} | lebend; ein Leben führend :: to live sth.; to live a (particular) life | living; living a life",
  "jdn./etw. führen; anführen {vt} | führend; anführend | geführt; angeführt | er/sie führt (an) :: to lead sb./sth. | leading | led | he/she leads",
  "etw. vornehmen; etw. durchführen; etw. führen {vt} [adm.] | vornehmend; durchführend; führend | vorgenommen; durchgeführt; geführt | eine Änderung vornehmen | einen chirurgischen Eingriff vornehmen | eine Telefonumfrage durchführen | Ermittlungen durchführen :: to carry out sth.; to conduct sth. | carrying out; conducting | carried out; conducted | to make a change | to perform a surgical intervention | to carry out a telephone survey | to conduct inquiries",
  "sich auf jdn./etw. verlassen; auf jdn./etw. vertrauen; zählen {v} :: to rely on sb./sth.; to count on sb./sth.",
  "bestehen {vi} :: to exist",
  "anlegen {vt} :: to lay out",
  "Geld in etw. anlegen; Geld investieren {vt} [fin.] | Geld anlegend :: to invest money in | investing money",
  "Prüfung {f} [school] | Prüfungen {pl} | eine Prüfung bestehen :: examination; exam | examinations | to pass an exam",
  "Test {m} | Tests {pl} | einen Test bestehen | auf etw. bestehen :: test | tests | to pass a test | to insist on sth.",
  "Ton {m} [mus.] | den richtigen Ton treffen :: note | to strike the right note",
  "etw. treffen {vt} :: to hit sth.",
  "Versicherung {f} | eine Versicherung abschließen :: insurance | to take out an insurance",
  "etw. abschließen {vt} :: to lock sth.",
  "Widerstand {m} | auf heftigen Widerstand stoßen :: resistance | to meet with fierce resistance",
  "stoßen {vi} :: to push; to meet with",
  "Hafen {m} | Häfen {pl} | in den Hafen einlaufen :: port; harbour | ports | to run into port",
  "einlaufen {vi} :: to shrink",
  "Träne {f} | Tränen {pl} | jdn. zu Tränen rühren :: tear | tears | to move sb. to tears",
  "rühren {vt} :: to stir; to move",
].join("\n");

function build() {
  const data = collectDing(DING);
  foldPlurals(data.entries, data.pluralLines, data.englishCounts);
  foldObjects(data.entries, data.objectLines);
  return data.entries;
}

describe("senses filed under other headwords", () => {
  const entries = build();

  it("gives a singular the sense of its plural line, in the singular, with that line's gender and plural", () => {
    const kiefer = entries.get("Kiefer\tn");
    const pine = kiefer?.senses.find((s) => s.glosses.includes("pine"));
    expect(pine).toMatchObject({ gender: "f", plural: "Kiefern" });
    expect(kiefer?.senses.map((s) => s.glosses[0])).toContain("jawbone");
  });

  it("gives a singular Ding names only in its plural line an entry of its own", () => {
    expect(entries.get("Fichte\tn")).toMatchObject({
      gender: "f",
      senses: [{ glosses: expect.arrayContaining(["spruce"]) }],
    });
    expect(entries.get("Fichte\tn")?.plurals.get("Fichten")).toBe(1);
  });

  it("gives a verb the sense of its line with an object, without the object", () => {
    const glosses = entries.get("überweisen\tv")?.senses.map((s) => s.glosses);
    expect(glosses).toContainEqual(["to transfer"]);
  });

  it("reads the object before the preposition the verb governs (to invest money in: anlegen, to invest)", () => {
    const invest = entries.get("anlegen\tv")?.senses.find((s) => s.glosses.includes("to invest"));
    expect(invest).toMatchObject({ objects: ["Geld"], prep: "in" });
  });

  it("gives a verb the sense of an example with its object, and counts each further object as evidence", () => {
    const pass = entries.get("bestehen\tv")?.senses.find((s) => s.glosses.includes("to pass"));
    expect(pass).toMatchObject({ glosses: ["to pass"], nCols: 2 });
  });

  it("records the object nouns a verb's sense is given with, also on a sense its own line gave", () => {
    const pass = entries.get("bestehen\tv")?.senses.find((s) => s.glosses.includes("to pass"));
    expect(pass?.objects).toEqual(["Prüfung", "Test"]);
    const transfer = entries.get("überweisen\tv")?.senses.find((s) => s.glosses.includes("to transfer"));
    expect(transfer?.objects).toEqual(["Geld"]);
  });

  it("reads an example whose noun has adjectives, where only adjectives stand before the English object too", () => {
    const strike = entries.get("treffen\tv")?.senses.find((s) => s.glosses.includes("to strike"));
    expect(strike?.objects).toEqual(["Ton"]);
    // "to take out an insurance": the particle makes it no "to take" with Versicherung.
    expect(entries.get("abschließen\tv")?.senses.flatMap((s) => s.glosses)).not.toContain("to take");
  });

  it("reads an example whose noun follows a preposition, for a sense the verb has, with the English one", () => {
    const meet = entries.get("stoßen\tv")?.senses.find((s) => s.glosses.includes("to meet with"));
    expect(meet?.objects).toEqual(["Widerstand"]);
    // The noun as its lemma (Tränen: Träne), the English preposition left out where the verb has no such gloss.
    const move = entries.get("rühren\tv")?.senses.find((s) => s.glosses.includes("to move"));
    expect(move?.objects).toEqual(["Träne"]);
    // No new sense from such an example: einlaufen has no "to run" of its own.
    expect(entries.get("einlaufen\tv")?.senses.flatMap((s) => s.glosses)).not.toContain("to run");
  });

  it("lets a verb's own line give a sense first: its labels stay, an example only adds evidence", () => {
    const transfer = entries.get("überweisen\tv")?.senses.find((s) => s.glosses.includes("to transfer"));
    expect(transfer?.domains).toEqual(["fin."]);
  });

  it("does not give führen the English of a synonym with the same noun (etw. leben; ein Leben führen)", () => {
    const glosses = entries.get("führen\tv")?.senses.flatMap((s) => s.glosses);
    expect(glosses).not.toContain("to live");
  });
});

describe("ranking", () => {
  const entries = build();

  it("counts a line's examples for the synonym they use: führen leads before it carries out", () => {
    const fuehren = entries.get("führen\tv");
    if (!fuehren) throw new Error("no führen");
    expect(rankSenses(fuehren, undefined)[0]?.glosses[0]).toBe("to lead");
  });

  it("ranks a sense known only from examples after the word's own: bestehen exists before it passes", () => {
    const bestehen = entries.get("bestehen\tv");
    if (!bestehen) throw new Error("no bestehen");
    expect(rankSenses(bestehen, undefined).map((s) => s.glosses[0])).toEqual(["to exist", "to pass"]);
  });

  it("lets a synonym share the preposition written with the first (auf jdn. vertrauen; zählen)", () => {
    expect(entries.get("zählen\tv")?.senses[0]?.prep).toBe("auf");
  });
});

describe("singularGloss", () => {
  const english = new Map([
    ["new", 40],
    ["pine", 3],
  ]);

  it("gives the English singular of a plural line's gloss", () => {
    expect(singularGloss("stone pines", english)).toBe("stone pine");
  });

  it("leaves nouns that end in -s in the singular too", () => {
    expect(singularGloss("news", english)).toBe("news");
  });
});

describe("foldCompoundHeads", () => {
  const lines = [
    "Karte {f} | Karten {pl} :: card | cards",
    "Abend {m} | Abende {pl} :: evening | evenings",
    "Getränk {n} | Getränke {pl} :: drink | drinks",
    "Abendkarte {f} [cook.] | Abendkarten {pl} :: evening menu | evening menus",
    "Getränkekarte {f} [cook.] | Getränkekarten {pl} :: drinks menu; drink menu | drinks menus",
    "Hof {m} | Höfe {pl} :: courtyard | courtyards",
    "Bahn {f} | Bahnen {pl} :: railway | railways",
    "Bahnhof {m} | Bahnhöfe {pl} :: railway station | railway stations",
    "Karton {m} | Kartons {pl} :: cardboard box | cardboard boxes",
    "Abendhof {f} :: evening court",
  ].join("\n");

  it("gives a compound's last part the word its compounds add to their first part's English", () => {
    const { entries } = collectDing(lines);
    foldCompoundHeads(entries);
    const menu = entries.get("Karte\tn")?.senses.find((s) => s.glosses.includes("menu"));
    expect(menu).toMatchObject({ alignOnly: true, gender: "f" });
  });

  it("needs two compounds, and the compound's gender on the last part", () => {
    const { entries } = collectDing(lines);
    foldCompoundHeads(entries);
    const hof = entries.get("Hof\tn")?.senses.flatMap((s) => s.glosses);
    expect(hof).not.toContain("station");
    expect(hof).not.toContain("court");
  });
});

describe("keptSenses", () => {
  it("keeps senses for the alignment only after the others, never on the card", () => {
    const kept = keptSenses([["card"], ["map"]], undefined, [["menu"], ["card"]]);
    expect(kept).toEqual({ card: [["card"], ["map"]], alignOnly: [["menu"]] });
  });
});
