import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a noun with a verb of lights", () => {
  it("takes its sense of a light: eine Birne brennt durch", () => {
    expect(word(analyse("Die Birne im Flur ist durchgebrannt."), "Birne").glosses[0]).toBe("light bulb");
  });

  it("keeps its first sense without one", () => {
    expect(word(analyse("Die Birne ist reif."), "Birne").glosses[0]).toBe("pear");
  });
});
