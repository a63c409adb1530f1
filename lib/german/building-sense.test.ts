import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a noun with a verb of building or visiting buildings", () => {
  it.each([
    ["Das Schloss wurde im 16. Jahrhundert auf einem Hügel erbaut.", "Schloss", "castle"],
    ["Wir haben das Schloss in Heidelberg besichtigt.", "Schloss", "castle"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("leaves the first sense without such a verb", () => {
    expect(word(analyse("Der Schlüssel steckt noch im Schloss."), "Schloss").glosses[0]).toBe("lock");
  });
});
