import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a verb's sense selected by a kind of thing in its clause", () => {
  it.each([
    ["Die Ausgrabung hat ganz neue Erkenntnisse über die Römerzeit geliefert.", "geliefert", "to provide"],
    ["Das stumpfe Messer muss geschliffen werden.", "geschliffen", "to grind"],
    ["Nach zwölf Stunden wurde der Wachposten endlich abgelöst.", "abgelöst", "to relieve"],
    ["Er hat sie am Samstag zum Essen ausgeführt.", "ausgeführt", "to take out"],
    ["Der Fonds hat seine Anteile an dem Konzern abgestoßen.", "abgestoßen", "to sell off"],
    ["Der Bildhauer hat die Figur aus einem einzigen Marmorblock gehauen.", "gehauen", "to hew"],
    ["Nach dem Festival wurde die Bühne in zwei Tagen abgebaut.", "abgebaut", "to dismantle"],
    ["Die Diebe haben den Kofferraum aufgebrochen.", "aufgebrochen", "to break open"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it.each([
    ["Die Firma hat die Waren pünktlich geliefert.", "geliefert", "to provide"],
    ["Der Bergbau hat hier Kohle abgebaut.", "abgebaut", "to dismantle"],
    ["Er hat den Auftrag sorgfältig ausgeführt.", "ausgeführt", "to take out"],
  ])("not without one: %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).not.toBe(gloss);
  });
});
