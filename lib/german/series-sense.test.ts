import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a part of a series with its place in it", () => {
  it.each([
    ["Die letzte Folge der Serie läuft am Sonntag.", "Folge", "episode"],
    ["Das neue Heft der Zeitschrift erscheint im Mai.", "Heft", "issue"],
    ["Die erste Auflage des Buches war schnell vergriffen.", "Auflage", "print run"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("leaves the first sense without a publication or without a place in the series", () => {
    expect(word(analyse("Die erste Folge des Unfalls war ein Stau."), "Folge").glosses[0]).not.toBe("episode");
    expect(word(analyse("Er schrieb die Aufgabe in sein neues Heft."), "Heft").glosses[0]).toBe("writing book");
  });
});
