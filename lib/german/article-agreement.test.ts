import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a noun agrees with its article", () => {
  it("takes the reading of the form that agrees (dem Schuppen: the shed, not the scales)", () => {
    expect(word(analyse("Er holte Holz aus dem Schuppen."), "Schuppen")).toMatchObject({
      lemma: "Schuppen",
      gender: "m",
    });
    expect(word(analyse("Die Schuppen des Fisches glänzen."), "Schuppen")).toMatchObject({ lemma: "Schuppe" });
  });

  it("gives a singular the one gender its article allows where the dictionary has another", () => {
    expect(word(analyse("Im Park spielt eine Band."), "Band").gender).toBe("f");
    expect(word(analyse("Ich lese den zweiten Band."), "Band").gender).toBe("m");
    expect(word(analyse("Das Band ist rot."), "Band").gender).toBe("n");
  });

  it("leaves plurals, zero plurals and relative pronouns alone", () => {
    expect(word(analyse("Die Lehrer kommen."), "Lehrer").gender).toBe("m");
    expect(word(analyse("Die Gartenstühle stehen da."), "Gartenstühle").gender).toBe("m");
    expect(word(analyse("Die Stadt, die Geld braucht, wartet."), "Geld").gender).toBe("n");
  });
});
