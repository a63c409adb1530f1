import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("an unlisted word coordinated with a name", () => {
  it.each([
    ["Im Osten liegen der Wendelstein und der Watzmann über dem Königssee.", "Watzmann"],
    ["Hersteller wie Bosch, Miele und Vaillant melden Rekordumsätze.", "Vaillant"],
    ["Zu den Kunden zählen Vaillant und Bosch.", "Vaillant"],
  ])("%s: %s is a name", (sentence, text) => {
    expect(word(analyse(sentence), text)).toMatchObject({ pos: "name", lemma: text });
  });

  it.each([
    // A compound's plural is a common noun's form; a listed noun (Umgebung) stays the noun.
    ["Siemens und Zulieferbetriebe streiken.", "Zulieferbetriebe"],
    ["Wir wohnen in Berlin und Umgebung.", "Umgebung"],
    // After a comma an unlisted compound is an apposition, not a list's member.
    ["Laut Kessler, Vereinsvorsitzender seit 2010, steigt der Umsatz.", "Vereinsvorsitzender"],
    // A compound of German words stands like its partner to join it: here bare beside an article.
    ["Die Brauerei liegt zwischen Ulm und der Stadtumgebung.", "Stadtumgebung"],
  ])("%s: %s stays a noun", (sentence, text) => {
    expect(word(analyse(sentence), text)).toMatchObject({ pos: "noun" });
  });
});

describe("an unlisted word in a list of common nouns", () => {
  it.each([
    ["Als Ersatz eignen sich Eiben, Ilex oder Liguster.", "Ilex"],
    ["Die Creme ist frei von Duftstoffen, Parabenen und Mineralölen.", "Parabenen"],
  ])("%s: %s is a noun, not a guessed name", (sentence, text) => {
    expect(word(analyse(sentence), text)).toMatchObject({ pos: "noun", lemma: text });
  });

  it.each([
    // A first name stays a name; a noun on one side only is no list of nouns.
    ["Wir kaufen Äpfel, Birnen und Thomas.", "Thomas"],
    ["Hersteller wie Bosch, Miele und Vaillant melden Rekordumsätze.", "Vaillant"],
  ])("%s: %s stays a name", (sentence, text) => {
    expect(word(analyse(sentence), text).pos).toBe("name");
  });
});
