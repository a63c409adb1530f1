import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a noun with a verb of paying", () => {
  it.each([
    ["Er bezahlte mit einem großen Schein.", "Schein", "banknote"],
    ["Bitte zahlen Sie an der Kasse.", "Kasse", "cash-desk"],
    ["Wir haben die Rechnung schon bezahlt.", "Rechnung", "bill"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it.each([
    ["Für die Prüfung braucht man einen Schein.", "Schein", "certification"],
    ["Die Rechnung des Vereins ist seit Jahren ausgeglichen.", "Rechnung", "account"],
  ])("keeps its first sense without one: %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });
});

describe("a noun with a verb of funds granted, cut or lacking", () => {
  it("takes its sense of funds: die Mittel werden gekürzt", () => {
    expect(word(analyse("Die Regierung hat die Mittel für Schulen gekürzt."), "Mittel").glosses[0]).toBe(
      "financial means",
    );
    expect(word(analyse("Das Land stellt zusätzliche Mittel bereit."), "Mittel").glosses[0]).toBe("financial means");
  });

  it("keeps its first sense without one", () => {
    expect(word(analyse("Das Mittel der Werte ist fünf."), "Mittel").glosses[0]).toBe("average value");
  });
});
