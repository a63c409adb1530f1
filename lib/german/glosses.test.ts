import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("senses ranked for the subject field of the other words", () => {
  it.each([
    // One other word in a field is enough: Strom [electr.] makes Leiter the conductor, Euro [fin.] Kurs the price.
    ["Der Strom fließt durch den Leiter, wenn der Schalter geschlossen ist.", "Leiter", "electrically conducting wire"],
    ["Der Kurs des Euro fiel am Freitag leicht.", "Kurs", "price"],
    // The word's own first sense is no evidence for itself: a manager [econ.] among words of no field stays first.
    ["Der Leiter kam heute später.", "Leiter", "manager"],
    // A first sense without a field yields to a field two other words are in (Musiker, Konzert [mus.]), not to
    // one word's.
    ["Der Musiker stimmt vor dem Konzert seine Gitarre.", "stimmt", "to attune"],
    ["Nach dem Konzert sagte er, das stimmt nicht.", "stimmt", "to be true"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });
});
