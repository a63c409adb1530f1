import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("stehen with a dative and a judgement is 'to suit'", () => {
  it.each([
    ["Das Kleid steht dir gut.", "steht"],
    ["Die neue Frisur steht ihr wirklich toll.", "steht"],
    ["Rot steht mir nicht.", "steht"],
    ["Ich finde, dass die Brille ihm besser steht.", "steht"],
  ])("%s", (sentence, text) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe("to suit");
  });

  it("leaves stehen alone without someone it suits or without a judgement", () => {
    expect(word(analyse("Das Haus steht gut da."), "steht").glosses[0]).toBe("to stand");
    expect(word(analyse("Er steht am Fenster."), "steht").glosses[0]).toBe("to stand");
    expect(word(analyse("Das Wasser steht ihm bis zum Hals."), "steht").glosses[0]).not.toBe("to suit");
    expect(word(analyse("Der Raum steht uns zur Verfügung."), "steht").glosses[0]).not.toBe("to suit");
  });
});

describe("gehen with es and a dative says how someone is", () => {
  it.each([["Wie geht es dir?"], ["Es geht mir gut."], ["Mir geht es heute schlecht."], ["Wie geht es Ihnen?"]])(
    "%s",
    (sentence) => {
      expect(word(analyse(sentence), "geht").glosses).toContain("to fare");
    },
  );

  it("leaves gehen alone without the dative, or with es … um", () => {
    expect(word(analyse("Es geht nicht."), "geht").glosses).not.toContain("to fare");
    expect(word(analyse("Es geht mir um die Sache."), "geht").glosses[0]).toBe("to be about");
    expect(word(analyse("Ich gehe nach Hause."), "gehe").glosses[0]).toBe("to go");
  });
});
