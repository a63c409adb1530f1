import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a verb of locking with a door or what has one", () => {
  it.each([
    ["Hast du die Haustür abgeschlossen?", "abgeschlossen", "to lock"],
    ["Die Haustür ist nachts abzuschließen.", "abzuschließen", "to lock"],
    ["Er schließt die Tür auf.", "schließt", "to unlock"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("leaves other senses without a thing with a lock", () => {
    expect(word(analyse("Wir haben eine Versicherung abgeschlossen."), "abgeschlossen").glosses[0]).not.toBe("to lock");
    expect(word(analyse("Das Gasthaus schließt um zehn."), "schließt").glosses[0]).not.toBe("to lock");
  });
});
