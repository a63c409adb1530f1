import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a noun with a noun or a verb that goes with a kind of thing", () => {
  it.each([
    ["Auf den Umschlag gehört noch eine Marke.", "Marke", "stamp"],
    // Ding's Karte "menu" is beyond the card's senses: it joins them.
    ["Der Kellner brachte uns die Karte.", "Karte", "menu"],
    ["An der Grenze musste er seinen Pass vorzeigen.", "Pass", "passport"],
    ["Die Ritter schützten sich mit einem Schild aus Holz und Leder.", "Schild", "shield"],
    ["Er legte den ersten Gang ein und fuhr los.", "Gang", "gear"],
    ["Die Aufnahme des Konzerts klingt sehr gut.", "Aufnahme", "recording"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it.each([
    ["Diese Marke ist sehr bekannt.", "Marke", "brand"],
    ["Das Schild an der Tür ist neu.", "Schild", "sign"],
    ["Der Gang ist lang und dunkel.", "Gang", "course"],
  ])("keeps its first sense without one: %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });
});
