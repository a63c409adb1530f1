import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a noun before a bare noun of what it measures", () => {
  it.each([
    ["Zum Nachtisch gab es eine Tafel Schokolade.", "Tafel", "slab"],
    ["Möchtest du noch eine Scheibe Brot?", "Scheibe", "slice"],
    ["Sie nahm ein Blatt Papier und schrieb.", "Blatt", "sheet"],
    // The substance with an adjective of its own, in the genitive or in its own case.
    ["Er hat ihr einen Strauß roter Rosen geschenkt.", "Strauß", "bunch"],
    ["Sie brachte einen Strauß bunter Blumen mit.", "Strauß", "bunch"],
    ["Zum Frühstück gab es eine Scheibe frisches Brot.", "Scheibe", "slice"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it("keeps its sense without a noun after it", () => {
    expect(word(analyse("Der Lehrer schrieb die Regel an die Tafel."), "Tafel").glosses[0]).toBe("blackboard");
    expect(word(analyse("Die Scheibe ist kaputt."), "Scheibe").glosses[0]).not.toBe("slice");
    expect(word(analyse("Die Scheibe ist neu."), "Scheibe").glosses[0]).not.toBe("slice");
  });
});
