import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a noun in a sentence with a score", () => {
  it("takes its sense in the field of sport", () => {
    expect(word(analyse("Sie verlor den ersten Satz mit 4:6."), "Satz").glosses[0]).toBe("set");
  });

  it("not for a time of day, nor without a score", () => {
    expect(word(analyse("Der Satz beginnt um 20:15 Uhr."), "Satz").glosses[0]).not.toBe("set");
    expect(word(analyse("Der Satz ist zu lang."), "Satz").glosses[0]).not.toBe("set");
  });
});
