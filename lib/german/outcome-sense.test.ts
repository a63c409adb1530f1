import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a verb of outcome with a judging adverb", () => {
  it.each([
    ["Wegen des nassen Sommers ist die Ernte schlecht ausgefallen.", "ausgefallen", "to have a result"],
    ["Die Nachzahlung fiel höher aus als erwartet.", "fiel", "to have a result"],
    ["Er hat bei der Prüfung gut abgeschnitten.", "abgeschnitten", "to come off"],
    ["Wie hat deine Schwester bei der Wahl abgeschnitten?", "abgeschnitten", "to come off"],
    ["Das Spiel ging unentschieden aus.", "ging", "to turn out"],
    ["Die Geschichte ist gut ausgegangen.", "ausgegangen", "to turn out"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it.each([
    ["Bei Flut ist die Hallig vom Festland abgeschnitten.", "abgeschnitten", "to cut off"],
    ["Sie hat sich eine Scheibe Brot abgeschnitten.", "abgeschnitten", "to cut off"],
  ])("abschneiden cuts without one: %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it.each([
    ["Die gut besuchte Vorstellung fiel wegen Krankheit aus.", "fiel"],
    ["Der Zug fällt heute aus.", "fällt"],
    ["Wir gehen heute Abend aus.", "gehen"],
  ])("not without one, nor with one before an adjective: %s", (sentence, text) => {
    const first = word(analyse(sentence), text).glosses[0];
    expect(first).not.toBe("to have a result");
    expect(first).not.toBe("to turn out");
  });
});
