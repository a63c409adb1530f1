import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a verb of switching with a device or a light", () => {
  it.each([
    ["Kannst du bitte das Licht anmachen?", "anmachen", "to turn on"],
    ["Bitte schalten Sie Ihr Handy aus.", "schalten", "to switch off"],
    ["Sie schaltet den Fernseher ein.", "schaltet", "to switch on"],
    ["Plötzlich ging das Licht aus.", "ging", "to go out"],
    // A sense the card keeps for the alignment only joins it; "to put off" (postpone) is no switching.
    ["Könntest du bitte das Licht ausmachen?", "ausmachen", "to turn off"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("leaves other senses without a device", () => {
    expect(word(analyse("Wir haben einen Termin ausgemacht."), "ausgemacht").glosses[0]).not.toMatch(/turn|switch/);
  });
});

describe("a machine that fails", () => {
  it.each([
    ["Mein Computer ist abgestürzt.", "abgestürzt", "to crash"],
    ["Die Heizung ist ausgefallen.", "ausgefallen", "to fail"],
    ["Gestern fiel der Strom aus.", "fiel", "to fail"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("leaves a verb with no machine in its clause alone", () => {
    expect(word(analyse("Der Kletterer ist abgestürzt."), "abgestürzt").glosses[0]).toBe("to fall");
    expect(word(analyse("Die Haare fallen aus."), "fallen").glosses[0]).toBe("to fall out");
  });
});

describe("a verb with a device to set", () => {
  it("takes its sense of setting", () => {
    expect(word(analyse("Sie hat die Heizung auf 20 Grad eingestellt."), "eingestellt").glosses[0]).toBe("to set");
  });

  it("leaves a verb with no device in its clause alone", () => {
    expect(word(analyse("Die Firma hat zehn Leute eingestellt."), "eingestellt").glosses[0]).toBe("to hire");
  });
});

describe("a verb with a machine to service", () => {
  it("takes its sense of servicing", () => {
    expect(word(analyse("Die Werft hat den Motor des Schiffs komplett überholt."), "überholt").glosses[0]).toBe(
      "to recondition",
    );
  });

  it("leaves a verb with no machine in its clause alone", () => {
    expect(word(analyse("Der Radfahrer hat uns überholt."), "überholt").glosses[0]).toBe("to pass");
  });
});
