import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a noun takes its sense of the field its clause speaks of", () => {
  it.each([
    ["Mit fünfzehn hatte er ständig Pickel im Gesicht.", "Pickel", "pustule"],
    ["Nach dem Sturz bekam sie eine Schiene für das Handgelenk.", "Schiene", "splint"],
    ["Das Brautkleid ist am Saum mit feiner Spitze besetzt.", "Spitze", "lace fabric"],
    ["Löschen Sie bitte den Verlauf, bevor Sie gehen.", "Verlauf", "history"],
    ["Der Browser speichert den Verlauf der letzten Wochen.", "Verlauf", "history"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("leaves the noun alone where its clause speaks of no such field", () => {
    expect(word(analyse("Auf dem Gletscher braucht jeder Seil, Pickel und Steigeisen."), "Pickel").glosses[0]).toBe(
      "pick",
    );
    expect(word(analyse("Die Schiene der Straßenbahn ist verbogen."), "Schiene").glosses[0]).toBe("rail");
    expect(word(analyse("Sie stand an der Spitze des Zuges."), "Spitze").glosses[0]).not.toBe("lace fabric");
    expect(word(analyse("Der Verlauf der Krankheit war mild."), "Verlauf").glosses[0]).toBe("course");
  });
});
