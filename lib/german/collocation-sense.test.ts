import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a noun's sense from the adjective or verb Ding gives it with", () => {
  it.each([
    // Ding: "eine heiße Spur verfolgen :: to follow a hot lead" ("lead" is a sense the card lacks until then).
    ["Die Kommissarin verfolgt eine heiße Spur.", "Spur", "lead"],
    // "in Streit geraten :: to get into an argument", with the preposition of Ding's item.
    ["Die Nachbarn sind wegen der Hecke in Streit geraten.", "Streit", "argument"],
    // "der wahre Grund :: the real reason", "ein triftiger Grund :: a valid reason" (the card has "grounds" first).
    ["Das ist der wahre Grund für seinen Rücktritt.", "Grund", "reason"],
    ["Sie hatte einen triftigen Grund.", "Grund", "reason"],
    ["Im Text fehlt ein neuer Absatz.", "Absatz", "paragraph"],
    // "Stimmen bekommen :: to get votes".
    ["Die Partei hat bei der Wahl viele Stimmen bekommen.", "Stimmen", "vote"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it.each([
    // A kind of the clause before a general adjective's pairing (neuer Absatz :: new paragraph): a shoe's heel.
    ["Der Schuster hat meinen Stiefeln neue Absätze gemacht.", "Absätze", "heel"],
    // The noun after another preposition than Ding's item has (in Streit geraten): no such pairing.
    ["Er ist wegen des Streits in Schwierigkeiten geraten.", "Streits", "dispute"],
    // No verb of the clause is one Ding gives Spur "lead" with.
    ["Im Schnee sah man die Spur eines Fuchses.", "Spur", "trace"],
  ])("keeps the card's order otherwise: %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });
});
