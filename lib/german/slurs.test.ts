import { describe, expect, it } from "vitest";
import { slurSense } from "./slurs";
import { analyse, word } from "./test-helpers";

describe("a sense made only of slurs leaves the card", () => {
  it("Jude is 'Jew', with none of the slurs Ding lists as its second sense", () => {
    expect(word(analyse("Er ist Jude."), "Jude").glosses).toEqual(["Jew"]);
  });

  it("Schwester shows 'nurse' (a later sense of Ding's) instead of its slur sense", () => {
    const glosses = word(analyse("Meine Schwester wohnt in Köln."), "Schwester").glosses;
    expect(glosses[0]).toBe("sister");
    expect(glosses).toContain("nurse");
    expect(glosses).not.toContain("shirt-lifter");
  });

  it("keeps senses with words that are neutral elsewhere, or slurs beside an ordinary word", () => {
    expect(slurSense(["queen"])).toBe(false);
    expect(slurSense(["chink", "crack"])).toBe(false);
    expect(slurSense(["shirt-lifter", "queer", "queen"])).toBe(true);
  });
});
