import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("lassen with an infinitive of position is 'to leave'", () => {
  it.each([
    ["Ein Fahrgast hat im Bus seine Tasche liegen lassen.", "lassen"],
    ["Sie ließ den Schirm im Zug stehen.", "ließ"],
    ["Er hat den Schlüssel in der Tür stecken lassen.", "lassen"],
    ["Lass die Bilder doch hängen.", "Lass"],
    ["Ich habe meine Jacke im Restaurant liegen gelassen.", "gelassen"],
  ])("%s", (sentence, text) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe("to leave");
  });

  it("leaves lassen alone with another infinitive or none", () => {
    expect(word(analyse("Sie lässt die Kinder draußen spielen."), "lässt").glosses[0]).toBe("to let");
    expect(word(analyse("Er ließ sich die Haare schneiden."), "ließ").glosses[0]).not.toBe("to leave");
  });
});
