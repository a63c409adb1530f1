import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a noun agrees with its article", () => {
  it("takes another noun's plural over a verbal noun where no article stands before it", () => {
    for (const sentence of ["Im Keller stehen zwei Pumpen.", "Das Hilfswerk half mit Pumpen aus.", "Pumpen laufen."]) {
      expect(word(analyse(sentence), "Pumpen"), sentence).toMatchObject({ lemma: "Pumpe", gender: "f" });
    }
    expect(word(analyse("Pflanzen brauchen viel Licht."), "Pflanzen")).toMatchObject({ lemma: "Pflanze" });
    expect(word(analyse("Sie berichten von schweren Kämpfen."), "Kämpfen")).toMatchObject({ lemma: "Kampf" });
    // An article, a fused preposition or an adjective in -es keeps the verbal noun; das Essen is a noun of its own.
    expect(word(analyse("Beim Pumpen entsteht Lärm."), "Pumpen")).toMatchObject({ lemma: "Pumpen", gender: "n" });
    expect(word(analyse("Das Pflanzen dauert lange."), "Pflanzen")).toMatchObject({ lemma: "Pflanzen" });
    expect(word(analyse("Lautes Pumpen weckte uns."), "Pumpen")).toMatchObject({ lemma: "Pumpen" });
    expect(word(analyse("Essen ist fertig."), "Essen")).toMatchObject({ lemma: "Essen", gender: "n" });
  });

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

  it("takes the full-form data's gender where the article allows it and not Ding's", () => {
    // Ding has one entry for die See and der See, and for die Steuer (tax) and das Steuer (wheel).
    expect(word(analyse("Er saß am Steuer."), "Steuer").gender).toBe("n");
    expect(word(analyse("Der See ist tief."), "See").gender).toBe("m");
    expect(word(analyse("Wir fuhren an die See."), "See").gender).toBe("f");
    // Opening a sentence der may be a feminine dative: no gender is forced on the noun.
    expect(word(analyse("Der Frau gefiel das Buch."), "Frau").gender).toBe("f");
  });

  it("leaves plurals, zero plurals and relative pronouns alone", () => {
    expect(word(analyse("Die Lehrer kommen."), "Lehrer").gender).toBe("m");
    expect(word(analyse("Die Gartenstühle stehen da."), "Gartenstühle").gender).toBe("m");
    expect(word(analyse("Die Stadt, die Geld braucht, wartet."), "Geld").gender).toBe("n");
  });
});
