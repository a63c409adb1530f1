import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a noun with a verb of what a crowd does", () => {
  it("takes its sense of a crowd: eine Menge jubelt", () => {
    expect(word(analyse("Eine riesige Menge jubelte dem Weltmeister am Flughafen zu."), "Menge").glosses[0]).toBe(
      "crowd",
    );
    expect(word(analyse("Die Menge der Besucher strömte in die Halle."), "Menge").glosses[0]).toBe("crowd");
  });

  it("keeps an amount without one", () => {
    expect(word(analyse("Eine große Menge Wasser floss in den Keller."), "Menge").glosses[0]).not.toBe("crowd");
  });
});
