import { describe, expect, it } from "vitest";
import { packAsset, unpackAsset } from "./asset-text";

describe("asset container", () => {
  it("gives back every field as it was packed, rows with tabs, line breaks and any letter included", () => {
    const entries = "Bau\tn\tm\tBauten\t\tconstruction;building\nKäpt’n\tn\tm\t\t\tskipper …";
    const packed = packAsset(
      { format: 2, source: "Ding 1.9" },
      { entries, english: "", ranks: ["der", "die", "das"], empty: [] },
    );
    expect(unpackAsset(packed)).toEqual({
      format: 2,
      source: "Ding 1.9",
      entries,
      english: "",
      ranks: ["der", "die", "das"],
      empty: [],
    });
  });

  it("is one header line: a JSON asset of the old format is recognised as none", () => {
    expect(unpackAsset(JSON.stringify({ format: 1, entries: "a\tb\nc" }))).toBeUndefined();
    expect(unpackAsset("not json\nrest")).toBeUndefined();
  });

  it("refuses text its header does not account for, and list items that would split", () => {
    const packed = packAsset({ format: 1 }, { rows: "a\nb" });
    expect(() => unpackAsset(`${packed}tail`)).toThrow(/does not name/);
    expect(() => packAsset({ format: 1 }, { list: ["a\nb"] })).toThrow(/line break/);
  });
});
