import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a first name and the name after it", () => {
  it.each([
    ["Niedersachsens Ministerpräsident Olaf Lies forderte mehr Hilfe.", ["Olaf", "Lies"], "Olaf Lies"],
    [
      "Im Gegenzug wechselt der Niederländer Ruud van Dijkstra zu Ajax.",
      ["Ruud", "van", "Dijkstra"],
      "Ruud van Dijkstra",
    ],
  ])("%s: one name", (sentence, texts, lemma) => {
    const words = analyse(sentence);
    for (const text of texts) expect(word(words, text)).toMatchObject({ pos: "name", lemma });
  });

  it.each([
    // A place after the first name, an object after a guessed one, stay apart.
    ["Sie rief an, als Paula Potsdam erreichte.", "Potsdam"],
    ["Gestern hat Helmut Kuchen gebacken.", "Kuchen"],
  ])("%s: %s stays apart", (sentence, text) => {
    expect(word(analyse(sentence), text).lemma).toBe(text);
  });
});
