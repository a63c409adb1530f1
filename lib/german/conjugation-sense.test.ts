import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a verb whose strong and weak forms differ in sense", () => {
  it.each([
    ["Wir haben es endlich geschafft.", "geschafft", "to manage"],
    ["Sie schaffte die Prüfung im zweiten Versuch.", "schaffte", "to manage"],
    ["Gott schuf die Welt in sieben Tagen.", "schuf", "to create"],
    ["Sie wiegte das Kind in den Schlaf.", "wiegte", "to rock"],
    ["Er wog das Paket auf der Küchenwaage.", "wog", "to weigh"],
    ["Meine Schlittschuhe müssen vor der Saison geschliffen werden.", "geschliffen", "to grind"],
    ["Er hat den schweren Koffer zum Auto geschleift.", "geschleift", "to drag"],
    ["Du hast mich mit der Maske erschreckt.", "erschreckt", "to frighten"],
    ["Er erschrickt vor jedem Hund.", "erschrickt", "to be frightened"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("leaves the present tense, which both verbs share, to the other rules", () => {
    expect(word(analyse("Das Baby wiegt vier Kilo."), "wiegt").glosses[0]).toBe("to weigh");
  });
});
