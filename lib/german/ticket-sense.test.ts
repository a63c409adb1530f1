import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a noun für an event", () => {
  it.each([
    ["Ich habe zwei Karten für das Konzert am Samstag.", "Karten"],
    ["Sie hat noch eine Karte für die Vorstellung bekommen.", "Karte"],
  ])("%s: %s = admission ticket", (sentence, text) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe("admission ticket");
  });

  it("takes no ticket without an event after für", () => {
    expect(word(analyse("Ich habe eine Karte für dich."), "Karte").glosses[0]).not.toBe("admission ticket");
    expect(word(analyse("Er kaufte eine Karte für die Wanderung im Harz."), "Karte").glosses[0]).not.toBe(
      "admission ticket",
    );
  });
});
