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

describe("a noun with a verb of what a queue does", () => {
  it("takes its sense of a queue: eine Schlange bildet sich", () => {
    expect(word(analyse("An der Kasse bildete sich schnell eine Schlange."), "Schlange").glosses[0]).toBe("queue");
  });

  it("keeps the snake otherwise, waiting included", () => {
    expect(word(analyse("Die Schlange wartet auf ihre Beute."), "Schlange").glosses[0]).toBe("snake");
  });
});
