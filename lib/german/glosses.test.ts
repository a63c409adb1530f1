import { describe, expect, it } from "vitest";
import { analysePassage } from "./analyse";
import { analyse, word } from "./test-helpers";

describe("senses ranked for the subject field of the other words", () => {
  it.each([
    // One other word in a field is enough: Strom [electr.] makes Leiter the conductor, Euro [fin.] Kurs the price.
    ["Der Strom fließt durch den Leiter, wenn der Schalter geschlossen ist.", "Leiter", "electrically conducting wire"],
    ["Der Kurs des Euro fiel am Freitag leicht.", "Kurs", "price"],
    // The word's own first sense is no evidence for itself: a manager [econ.] among words of no field stays first.
    ["Der Leiter kam heute später.", "Leiter", "manager"],
    // A first sense without a field stays first, whatever fields the other words are in: verkaufen "to sell", not
    // "to purvey" [econ.]; stimmen "to be true", not "to attune" [mus.] (with an instrument as its object it is
    // "to attune", kindred-nouns.test.ts).
    ["Die Firma verkauft ihre Waren an Kunden im Ausland, der Umsatz steigt.", "verkauft", "to sell"],
    ["Es stimmt, dass der Musiker vor dem Konzert seine Gitarre verloren hat.", "stimmt", "to be true"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });
});

describe("subject fields are the sentence's, not the passage's", () => {
  it("leaves a word alone for a field word sentences away", () => {
    const sentences = ["Der Strom fließt durch den Draht.", "Der Leiter kam heute später."];
    const passage = analysePassage({ paragraphs: [{ kind: "body", lang: "de", sentences }] });
    const leiter = passage.paragraphs[0]?.sentences[1]?.words.find((w) => w?.text === "Leiter");
    expect(leiter?.glosses[0]).toBe("manager");
  });
});
