import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a noun whose plural names one of its meanings", () => {
  it.each([
    ["Die Anwohner haben Tische und Bänke auf die Straße gestellt.", "Bänke", "bench"],
    ["Im Park stehen viele Bänke.", "Bänke", "bench"],
    ["Die ersten drei Bände sind schon erschienen.", "Bände", "volume"],
    ["Sie kaufte zwei Sträuße Tulpen.", "Sträuße", "bunch"],
    ["Die Ritter trugen Schilde.", "Schilde", "heraldic shield"],
    ["Die Maler stellten ihre Leitern auf.", "Leitern", "ladder"],
    ["Am Hang wachsen Kiefern.", "Kiefern", "pine"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("keeps the first sense for the plural that has it", () => {
    expect(word(analyse("Die Banken sind heute geschlossen."), "Banken").glosses[0]).toBe("bank");
    expect(word(analyse("Die Mütter warten vor der Schule."), "Mütter").glosses[0]).toBe("mother");
    expect(word(analyse("Die Schilder sind schlecht zu lesen."), "Schilder").glosses[0]).toBe("sign");
  });
});
