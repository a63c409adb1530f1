import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("halten with a predicative adjective", () => {
  it.each([
    ["Der Kaffee am Abend hält mich wach.", "hält"],
    ["Wir müssen das geheim halten.", "halten"],
    ["Er hält sich mit Schwimmen fit.", "hält"],
    ["Bitte halten Sie das Essen warm.", "halten"],
    ["Wir halten die Preise niedrig.", "halten"],
  ])("%s: %s = to keep", (sentence, text) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe("to keep");
  });

  it("leaves a judgement with für, a word of how long, and a clause with nothing kept", () => {
    expect(word(analyse("Ich halte das für richtig."), "halte").glosses[0]).toBe("to consider");
    expect(word(analyse("Das hält nicht lange."), "hält").glosses[0]).not.toBe("to keep");
    expect(word(analyse("Das Seil hält sicher."), "hält").glosses[0]).not.toBe("to keep");
    expect(word(analyse("Sie hielt das Baby im Arm."), "hielt").glosses[0]).toBe("to hold");
    // An adjective before a preposition's phrase says where, not a state: the bus stops.
    expect(word(analyse("Der Bus hält direkt vor dem Hotel."), "hält").glosses[0]).toBe("to stop");
  });
});
