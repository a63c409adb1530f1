import { describe, expect, it } from "vitest";
import { collectDing } from "./ding-entries";

const DING = [
  "Begräbnis {n} | Begräbnisse {pl} | Beerdigung {f} :: burial | burials | funeral",
  "Kapitän {m} | Kapitäne {pl} | Schiffskapitän {n} :: captain | captains | ship's captain",
].join("\n");

describe("nouns Ding gives only inside another headword's line", () => {
  it("become headwords with their column's English when a frequency list has them", () => {
    const entries = collectDing(DING, new Set(["beerdigung", "schiffskapitän"])).entries;
    expect(entries.get("Beerdigung\tn")).toMatchObject({ gender: "f", senses: [{ glosses: ["funeral"] }] });
  });

  it("are left out when no frequency list has them", () => {
    expect(collectDing(DING).entries.has("Beerdigung\tn")).toBe(false);
  });

  it("are left to the compound splitter where the tag and the last part's gender disagree", () => {
    const entries = collectDing(DING, new Set(["schiffskapitän"])).entries;
    expect(entries.has("Schiffskapitän\tn")).toBe(false);
  });
});
