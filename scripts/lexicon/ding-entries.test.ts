import { describe, expect, it } from "vitest";
import { collectDing, commaAlternatives } from "./ding-entries";

const DING = [
  "Begräbnis {n} | Begräbnisse {pl} | Beerdigung {f} :: burial | burials | funeral",
  "Kapitän {m} | Kapitäne {pl} | Schiffskapitän {n} :: captain | captains | ship's captain",
].join("\n");

describe("nouns Ding gives only inside another headword's line", () => {
  it("become headwords with their column's English when a frequency list has them", () => {
    const entries = collectDing(DING, new Set(["beerdigung", "schiffskapitän"])).entries;
    expect(entries.get("Beerdigung\tn")).toMatchObject({ gender: "f", senses: [{ glosses: ["funeral"] }] });
  });

  it("take a plural shorter than the line's headword as a plural-only word of its own", () => {
    const line =
      "Geschwisterkind {n} | Geschwister {pl} | Kinder {pl} :: sibling | siblings; brothers and sisters | children";
    const entries = collectDing(line, new Set(["geschwister", "kinder"])).entries;
    expect(entries.get("Geschwister\tn")).toMatchObject({
      pluralOnly: true,
      senses: [{ glosses: ["siblings", "brothers and sisters"] }],
    });
    // A plural that does not start the headword is its own plural, not a word of its own.
    expect(entries.has("Kinder\tn")).toBe(false);
  });

  it("are left out when no frequency list has them", () => {
    expect(collectDing(DING).entries.has("Beerdigung\tn")).toBe(false);
  });

  it("are left to the compound splitter where the tag and the last part's gender disagree", () => {
    const entries = collectDing(DING, new Set(["schiffskapitän"])).entries;
    expect(entries.has("Schiffskapitän\tn")).toBe(false);
  });
});

describe("a noun with its own lines, named in another headword's line", () => {
  const lines = [
    "Fach {n} | Fächer {pl} :: compartment | compartments",
    "Lehrfach {n} | Lehrfächer {pl} | Schulfach {n}; Fach {n} :: subject of study | subjects of study | school subject; subject",
    "Kiefer {f} | Kiefern {pl} | Fach {m} :: pine | pines | pine wood",
  ].join("\n");

  it("gains that column's sense, from examples, where its own lines lack it and the gender agrees", () => {
    const fach = collectDing(lines, new Set(["fach"])).entries.get("Fach\tn");
    expect(fach?.senses.map((s) => [s.glosses, s.fromExamples])).toEqual([
      [["compartment"], undefined],
      [["school subject", "subject"], true],
    ]);
  });
});

describe("a verb headword with the preposition it governs after it", () => {
  it("is the verb taking that preposition (stimmen für: stimmen, @für), not a phrase of its own", () => {
    const line =
      "stimmen für; wählen; abstimmen {vi} (für) | stimmend; wählend; abstimmend | gestimmt; gewählt; abgestimmt :: to vote; to ballot (for) | voting; balloting | voted; balloted";
    const entries = collectDing(line).entries;
    expect(entries.has("stimmen für\tv")).toBe(false);
    expect(entries.get("stimmen\tv")?.senses).toMatchObject([{ glosses: ["to vote", "to ballot"], prep: "für" }]);
  });
});

describe("a preposition written before a verb's first synonym", () => {
  it("is shared by bare synonyms after it, not by one that writes its own object", () => {
    const bare = collectDing("auf jdn./etw. vertrauen; zählen {vi} :: to rely on sb./sth.").entries;
    expect(bare.get("zählen\tv")?.senses).toMatchObject([{ prep: "auf" }]);
    const own = collectDing("mit jdm. übereinstimmen; jdm. zustimmen {vi} :: to agree with sb.").entries;
    expect(own.get("übereinstimmen\tv")?.senses).toMatchObject([{ prep: "mit" }]);
    expect(own.get("zustimmen\tv")?.senses[0]?.prep).toBeUndefined();
  });
});

describe("alternatives Ding writes with a comma inside one English item", () => {
  it("are glosses of their own (Nummer: act, turn), a verb's keeping its to", () => {
    const line =
      "Auftritt {m}; Darbietung {f}; Nummer {f} (TV, Kleinkunst; Zirkus) [art] | Auftritte {pl}; Darbietungen {pl}; Nummern {pl} :: act, turn | acts; turns";
    expect(collectDing(line).entries.get("Nummer\tn")?.senses[0]?.glosses).toEqual(["act", "turn"]);
    expect(commaAlternatives("to cast light, shed light on")).toEqual(["to cast light", "to shed light on"]);
  });

  it("leave lists, names and phrases split in halves whole", () => {
    for (const gloss of [
      "nuclear, biological and chemical weapons",
      "France, Metropolitan",
      "day in, day out",
      "smoked, rolled fillet of ham",
    ])
      expect(commaAlternatives(gloss)).toEqual([gloss]);
  });
});

describe("prepositions a verb's sense may take", () => {
  it("are read from a note of prepositions after the headword and from examples of the plain verb", () => {
    const lines = [
      "warten {vi} (auf; bis) | wartend | gewartet :: to wait (for; until) | waiting | waited",
      "aufhören {vi} | aufhörend | aufgehört | mit etw. aufhören :: to stop | stopping | stopped | to stop doing sth.",
      "reichen {vi} (Vorräte) | reichend | gereicht :: to hold out (supplies) | holding out | held out",
    ].join("\n");
    const entries = collectDing(lines).entries;
    expect(entries.get("warten\tv")?.senses[0]).toMatchObject({ also: ["auf"] });
    expect(entries.get("aufhören\tv")?.senses[0]).toMatchObject({ also: ["mit"] });
    // A note of other words says no preposition.
    expect(entries.get("reichen\tv")?.senses[0]?.also).toBeUndefined();
  });
});
