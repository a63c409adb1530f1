import { describe, expect, it } from "vitest";
import { kindredNouns } from "./kindred-nouns";
import { analyse, word } from "./test-helpers";

describe("kindredNouns", () => {
  it("gives the nouns of the same kind, and none for a noun of no kind", () => {
    expect(kindredNouns("Hotel").has("Geschäft")).toBe(true);
    expect(kindredNouns("Baum").size).toBe(0);
  });
});

describe("a verb with an object of the kind Ding gives its sense with", () => {
  it("takes that sense: ein Geschäft führen, so ein Hotel führen", () => {
    expect(word(analyse("Sie führt ein kleines Hotel an der Küste."), "führt").glosses[0]).toBe("to run");
    expect(word(analyse("Seit zehn Jahren führt er ein kleines Hotel."), "führt").glosses[0]).toBe("to run");
  });

  it("from the subject of a passive, which is the verb's object: ein Fahrzeug abstellen, so Fahrräder", () => {
    const words = analyse("Fahrräder dürfen nicht im Treppenhaus abgestellt werden.");
    expect(word(words, "abgestellt").glosses[0]).toBe("to park");
  });

  it.each([
    // Ding: die Kosten tragen "to bear".
    ["Er trägt die Verantwortung für das Projekt.", "trägt", "to bear"],
    // Ding: einen Vertrag abschließen "to make/conclude".
    ["Wir haben eine Versicherung abgeschlossen.", "abgeschlossen", "to make/conclude"],
    // Ding: ein Musikinstrument stimmen "to attune".
    ["Der Musiker stimmt vor dem Konzert seine Gitarre.", "stimmt", "to attune"],
    // Ding: Nutzen abwerfen "to yield".
    ["Die Firma wirft kaum noch Gewinn ab.", "wirft", "to yield"],
    // Ding: eine Zollerklärung abgeben "to hand in".
    ["Nach dem Unfall musste er seinen Führerschein abgeben.", "abgeben", "to hand in"],
  ])("of burdens, agreements, instruments, profits and documents: %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("from a noun before the verb where a pronoun after it is the subject", () => {
    // Ding: ein Medikament einnehmen "to take".
    const words = analyse("Die Tabletten sollten Sie nach dem Essen einnehmen.");
    expect(word(words, "einnehmen").glosses[0]).toBe("to take");
  });

  it("not from the subject or a preposition's noun", () => {
    // Ding's "den Betrieb einstellen" (to cease) is no sense for a firm that hires.
    expect(word(analyse("Die Firma stellt im Herbst hundert neue Mitarbeiter ein."), "stellt").glosses[0]).not.toBe(
      "to cease",
    );
    expect(word(analyse("Er führte uns durch das Hotel."), "führte").glosses[0]).not.toBe("to run");
  });
});
