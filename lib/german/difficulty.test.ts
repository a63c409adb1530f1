import { describe, expect, it } from "vitest";
import { bandOf, levelIndex } from "./difficulty";
import { analyse, word } from "./test-helpers";

describe("difficulty bands", () => {
  it.each([
    [1, "A1"],
    [1000, "A1"],
    [1001, "A2"],
    [4000, "B1"],
    [9000, "B2"],
    [15000, "C1"],
    [40000, "C2"],
    [undefined, "unknown"],
  ] as const)("rank %s → %s", (rank, band) => {
    expect(bandOf(rank)).toBe(band);
  });

  it("orders unknown after C2", () => {
    expect(levelIndex("unknown")).toBeGreaterThan(levelIndex("C2"));
  });

  it("uses the rarest part for a compound the frequency list lacks", () => {
    const w = word(analyse("Er ist ein Baumilliardär."), "Baumilliardär");
    expect(w.rank).toBeGreaterThan(30000);
    expect(w.band).toBe("C2");
  });
});
