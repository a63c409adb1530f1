import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a verb whose subject is a vehicle", () => {
  it.each([
    ["Der Bus hält direkt vor dem Hotel.", "hält", "to stop"],
    ["In Bonn hält der Zug nicht.", "hält", "to stop"],
    ["Die Fähre legt pünktlich um acht Uhr im Hafen an.", "legt", "to land"],
    ["Ein leeres Boot trieb auf dem See.", "trieb", "to float"],
    ["Die Fähre ist trotz des Sturms pünktlich ausgelaufen.", "ausgelaufen", "to sail"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("keeps a first sense that is a movement already", () => {
    expect(word(analyse("Der letzte Zug fährt um Mitternacht ab."), "fährt").glosses[0]).toBe("to leave");
  });

  it("leaves the verb's sense where the vehicle is no subject", () => {
    // An object after the verb, a place after a preposition.
    expect(word(analyse("Der Wind treibt das Boot ans Ufer."), "treibt").glosses[0]).toBe("to drive");
    expect(word(analyse("Sie hält das Auto für zu teuer."), "hält").glosses[0]).toBe("to consider");
    expect(word(analyse("Er hat seine Schlüssel im Auto gelassen."), "gelassen").glosses[0]).not.toBe("to stop");
  });
});

describe("a verb with a harbour", () => {
  it.each([
    ["Am Morgen liefen wir aus dem Hafen aus.", "liefen", "to sail"],
    ["Gegen Mittag legten sie an der Mole an.", "legten", "to land"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("takes no departure by the harbour, and no airport for one", () => {
    expect(word(analyse("Der Vertrag läuft Ende des Jahres aus."), "läuft").glosses[0]).not.toBe("to sail");
    expect(word(analyse("Am Flughafen liefen wir zum Ausgang."), "liefen").glosses[0]).not.toBe("to sail");
  });
});
