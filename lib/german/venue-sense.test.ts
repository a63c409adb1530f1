import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a noun with a verb of staying the night or of opening hours", () => {
  it.each([
    ["Wir übernachteten in einer kleinen Pension am See.", "Pension", "boarding house"],
    ["Das Geschäft an der Ecke schließt um sechs.", "Geschäft", "shop"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it.each([
    ["Er bekommt eine gute Pension.", "Pension", "civil servants’ pension"],
    ["Die Firma hat ein gutes Geschäft gemacht.", "Geschäft", "business"],
  ])("keeps its first sense without one: %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });
});
