import { describe, expect, it } from "vitest";
import { collectDing } from "./ding-entries";
import { englishRanks } from "./english-prior";
import { keptSenses, rankSenses } from "./rank-senses";

describe("keptSenses", () => {
  const senses = Array.from({ length: 6 }, (_, i) => [`to do ${i}`, `to make ${i}`, `to act ${i}`, `to go ${i}`]);

  it("gives the card the first senses within its limits, the next ones to the alignment", () => {
    const kept = keptSenses(senses, { max: 7, maxSenses: 4, alignSenses: 2 });
    // 4 glosses of the first sense, 3 of the second: twelve reached at 7.
    expect(kept.card).toEqual([senses[0], senses[1]?.slice(0, 3)]);
    expect(kept.alignOnly).toEqual([senses[2]?.slice(0, 3), senses[3]?.slice(0, 3)]);
  });

  it("keeps a common verb's last senses for the alignment: those from examples rank there", () => {
    const many = Array.from({ length: 30 }, (_, i) => [`to do ${i}`]);
    const kept = keptSenses(many);
    expect(kept.card).toHaveLength(8);
    expect(kept.alignOnly.at(-1)).toEqual(["to do 29"]);
  });

  it("skips glosses seen before and senses left with none", () => {
    const kept = keptSenses([["to run", "to go"], ["To Go"], ["to walk", "to run"]], { maxSenses: 1 });
    expect(kept).toEqual({ card: [["to run", "to go"]], alignOnly: [["to walk"]] });
  });
});

describe("rankSenses", () => {
  it("puts a line that starts with the word before one where it is a later synonym, with equal evidence", () => {
    const ding = collectDing(
      [
        "sich über etw. entrüsten; sich (entrüstet) gegen etw. wehren {vr} | sich entrüstend; sich wehrend :: to bridle at sth. | bridling",
        "sich gegen etw. wehren {vr} | sich wehrend :: to resist sth.; to fight sth. | resisting; fighting",
      ].join("\n"),
    );
    const wehren = ding.entries.get("wehren\tv");
    expect(wehren && rankSenses(wehren, undefined).map((s) => s.glosses[0])).toEqual(["to resist", "to bridle at"]);
  });

  it("puts a sense with everyday English before one with rare English; the other evidence still counts", () => {
    const ding = collectDing(
      [
        "etw. einsammeln {vt} | einsammelnd | eingesammelt | Müll einsammeln :: to scavenge sth. | scavenging | scavenged | to scavenge litter",
        "etw. sammeln; einsammeln {vt} :: to collect sth.; to gather sth.",
        "etw. einsammeln {vt} :: to pick up sth.",
      ].join("\n"),
    );
    const einsammeln = ding.entries.get("einsammeln\tv");
    const english = englishRanks([["collect", "gather", "pick", "up"]]);
    expect(einsammeln && rankSenses(einsammeln, undefined).map((s) => s.glosses[0])).toEqual([
      "to scavenge",
      "to pick up",
      "to collect",
    ]);
    expect(einsammeln && rankSenses(einsammeln, undefined, english).map((s) => s.glosses[0])).toEqual([
      "to pick up",
      "to collect",
      "to scavenge",
    ]);
  });
});
