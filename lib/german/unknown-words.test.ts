import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("unknown words get an honest card", () => {
  const words = analyse("Der Glorbifax schnarzelte gestern laut, und die Mimsel haben geplonkt.");

  it.each([
    ["Glorbifax", "Glorbifax", "noun"],
    ["schnarzelte", "schnarzeln", "verb"],
    ["Mimsel", "Mimsel", "noun"],
    ["geplonkt", "plonken", "verb"],
  ])("%s: lemma guessed as %s (%s), no glosses", (text, lemma, pos) => {
    expect(word(words, text)).toMatchObject({ lemma, pos, known: false, glosses: [], band: "unknown" });
  });

  it("reads an unknown present of an -eln or -ern verb as that verb", () => {
    expect(word(analyse("Er schnurpelt den Reifen."), "schnurpelt")).toMatchObject({
      lemma: "schnurpeln",
      pos: "verb",
      known: false,
    });
  });

  it("knows the words around them", () => {
    expect(word(words, "gestern")).toMatchObject({ known: true, lemma: "gestern" });
    expect(word(words, "laut")).toMatchObject({ known: true, lemma: "laut" });
  });

  it("states gender and plural only where the ending fixes them", () => {
    const w = word(analyse("Die Plonkifizierung der Welt geht weiter."), "Plonkifizierung");
    expect(w).toMatchObject({ known: false, pos: "noun", gender: "f", plural: "Plonkifizierungen", glosses: [] });
  });

  it("reads an unknown noun in -tik, -nik, -rik or -sik as feminine", () => {
    expect(word(analyse("Ich bin Neuling in der Aquaristik."), "Aquaristik")).toMatchObject({
      pos: "noun",
      gender: "f",
      plural: "Aquaristiken",
    });
  });

  it("reads an unknown noun in -ling as masculine and one in -ol as a neuter substance, not as a name", () => {
    const fish = word(analyse("Mein Begleiter nahm gebratenen Saibling auf Rahmwirsing."), "Saibling");
    expect(fish).toMatchObject({ pos: "noun", gender: "m", plural: "Saiblinge" });
    const substance = word(analyse("In der Tube stecken Bienenwachs und Panthenol."), "Panthenol");
    expect(substance).toMatchObject({ pos: "noun", gender: "n" });
    // A surname on -ling after a first name or a form of address stays a name.
    expect(word(analyse("Gestern sprach Gisela Ebeling im Rathaus."), "Ebeling")).toMatchObject({ pos: "name" });
    expect(word(analyse("Frau Schilling kommt morgen."), "Schilling")).toMatchObject({ pos: "name" });
  });

  it("reads an unknown noun in -line as feminine", () => {
    expect(word(analyse("Das Projekt hat eine Deadline."), "Deadline")).toMatchObject({ pos: "noun", gender: "f" });
    expect(word(analyse("Die Timeline zeigt alles."), "Timeline")).toMatchObject({ pos: "noun", gender: "f" });
    expect(word(analyse("Wenden Sie sich an die Hotline."), "Hotline")).toMatchObject({ pos: "noun", gender: "f" });
    // A first name on -line stays a name.
    expect(word(analyse("Gestern kam Caroline zu Besuch."), "Caroline")).toMatchObject({ pos: "name" });
  });

  it("reads an unknown noun in -erin, a woman of an inhabitant's or an agent's noun, as feminine", () => {
    const skater = word(analyse("Die Essenerin zeigte in der Kür einen sauberen Sprung."), "Essenerin");
    expect(skater).toMatchObject({ pos: "noun", gender: "f", plural: "Essenerinnen" });
    expect(word(analyse("Die Bonnerin gewann."), "Bonnerin")).toMatchObject({ pos: "noun", gender: "f" });
  });

  it("reads an unknown word ending in a dictionary noun as that kind of thing, not a name", () => {
    const words = analyse("Die Nachtcreme mit Sheabutter und Hyaluronsäure spendet Feuchtigkeit.");
    expect(word(words, "Sheabutter")).toMatchObject({ pos: "noun", gender: "f" });
    expect(word(words, "Hyaluronsäure")).toMatchObject({ pos: "noun", gender: "f" });
    // Its parts are shown as a compound's, the unknown first part without a meaning.
    expect(word(words, "Sheabutter").parts).toEqual([
      { text: "Shea", lemma: "Shea", gloss: "" },
      { text: "butter", lemma: "Butter", gloss: "butter" },
    ]);
    expect(word(words, "Hyaluronsäure").parts?.map((p) => p.lemma)).toEqual(["Hyaluron", "Säure"]);
    // A head in -er after a particle is the particle verb's agent noun: Wasser + Aufbereiter (aufbereiten),
    // not "Wasserauf" + Bereiter (a horse trainer).
    expect(word(analyse("Geben Sie einen Wasseraufbereiter hinzu."), "Wasseraufbereiter")).toMatchObject({
      gender: "m",
      parts: [
        { text: "Wasser", lemma: "Wasser", gloss: "water" },
        { text: "aufbereiter", lemma: "Aufbereiter", gloss: "" },
      ],
    });
    // Heads that names of places and people end in too leave the word a name (Kaltenbach, Reichshof).
    expect(word(analyse("Wir trafen Herrn Kaltenbach in Reichshof."), "Kaltenbach")).toMatchObject({ pos: "name" });
  });

  it("after an article, reads such a word with its head in another form as the compound of the head's headword", () => {
    expect(word(analyse("Der Umsatz der Craftbiere stieg."), "Craftbiere")).toMatchObject({
      pos: "noun",
      lemma: "Craftbier",
      gender: "n",
    });
    expect(word(analyse("Der Umsatz des Wiesnwirts stieg."), "Wiesnwirts")).toMatchObject({
      lemma: "Wiesnwirt",
      gender: "m",
    });
    expect(word(analyse("Der Umsatz des Wiesnwirts stieg."), "Wiesnwirts").parts?.map((p) => p.lemma)).toEqual([
      "Wiesn",
      "Wirt",
    ]);
  });

  it("never gives a compound of unknown parts a gloss", () => {
    const w = word(analyse("Das Zworgelgrummel war laut."), "Zworgelgrummel");
    expect(w.known).toBe(false);
    expect(w.glosses).toEqual([]);
  });
});
