import { describe, expect, it } from "vitest";
import { createLexicon, getLexicon, type LexiconData, readLexiconData } from "./lexicon";
import { adjectiveStemIndex, dingIndexes, nounFormIndex, rankTable, verbIndexes } from "./lexicon-index";

// Rows in the asset's format, sorted as there: headword, pos, gender, plurals, verb forms, senses
// ("domain~gloss;gloss|…"), flags.
const RAW = {
  ding: {
    entries: [
      "Band\tn\tn\tBänder\t\t%n~tape|mus.,%f~band|%m~volume\t",
      "New York\tm\t\t\t\tgeogr.~New York City\t",
      "Platz\tn\tm\tPlätze\t\tplace;spot|room;space\t",
      "Staat\tn\tm\tStaaten\t\tpol.~state;country|attire\t",
      "erinnern\tv\t\t\terinnert\t@an,&r~to remember|@an~to remind of\tH",
      "fahren\tv\t\t\tfuhr\tto drive\tHS",
      "in Aussicht stellen\tv\t\t\t\tto promise\t",
      "stellen\tv\t\t\tgestellt,stellt,stellte\tto put;to set|$Frage,$Antrag~to ask\t",
      "trennen\tv\t\t\t\tto part|to divide||jur.~to segregate|@von~to separate from\tH",
    ].join("\n"),
    english: "place room the",
  },
  // Verbs: infinitive, particle, forms by tense and mood (P present, T past, A participle, E zu-infinitive…).
  verbs: {
    verbs: "ankommen\tan\tP=kommt,komme;T=kam,kamen;A=angekommen;E=anzukommen\nstellen\t\tT=stellte;A=gestellt",
  },
  // Nouns: lemma, gender, flags, plural, cases (gen, dat, acc singular; gen, dat, acc plural).
  forms: {
    nouns: "Kind\tN\t\tKinder\tKindes,,,,Kindern,\nKollege\tM\t\tKollegen\tKollegen,Kollegen,Kollegen,,,",
    adjectives: "",
  },
  ranks: { wikipedia: ["der", "platz"], subtitles: ["ich", "der"], firstnames: ["jack"], lastnames: ["schneider"] },
};

// The indexes as the build stores them beside the rows.
const SMALL: LexiconData = {
  ding: { ...RAW.ding, ...dingIndexes(RAW.ding.entries) },
  verbs: { ...RAW.verbs, ...verbIndexes(RAW.verbs.verbs, rankTable(RAW.ranks)) },
  forms: {
    ...RAW.forms,
    nounForms: nounFormIndex(RAW.forms.nouns),
    adjectiveStems: adjectiveStemIndex(RAW.forms.adjectives),
  },
  ranks: RAW.ranks,
};

describe("Lexicon", () => {
  const lex = createLexicon(SMALL);

  it("looks up headwords case-sensitively and parses senses", () => {
    expect(lex.entries("Platz")[0]).toMatchObject({ lemma: "Platz", pos: "noun", gender: "m", plurals: ["Plätze"] });
    expect(lex.entries("Staat")[0]?.senses[0]).toEqual({ glosses: ["state", "country"], domains: ["pol."] });
    expect(lex.entries("platz")).toEqual([]);
  });

  it("reads a noun sense's gender where the senses differ in it, not as a domain", () => {
    expect(lex.entries("Band")[0]?.senses[1]).toEqual({ glosses: ["band"], domains: ["mus."], gender: "f" });
  });

  it("indexes plurals, verb forms and separable forms", () => {
    expect(lex.pluralOf("Plätze")).toEqual(["Platz"]);
    expect(lex.verbsOf("stellte")).toEqual(["stellen"]);
    expect(lex.verbsOf("ankam")).toEqual(["ankommen"]);
    expect(lex.separable("kam", "an")).toBe("ankommen");
    expect(lex.isVerb("ankommen")).toBe(true);
  });

  it("keeps each tense's forms, the 3rd person singular first", () => {
    expect(lex.conjugation("ankommen")).toEqual({
      P: ["kommt", "komme"],
      T: ["kam", "kamen"],
      A: ["angekommen"],
      E: ["anzukommen"],
    });
    expect(lex.conjugation("gehen")).toBeUndefined();
    expect(lex.verbsOf("angekommen")).toEqual(["ankommen"]);
  });

  it("reads the object nouns a sense is given with", () => {
    expect(lex.entries("stellen")[0]?.senses[1]).toEqual({
      glosses: ["to ask"],
      domains: [],
      objects: ["Frage", "Antrag"],
    });
  });

  it("reads Ding's reflexive senses and the perfect's auxiliaries", () => {
    const erinnern = lex.entries("erinnern")[0];
    expect(erinnern?.senses.map((s) => s.reflexive)).toEqual([true, undefined]);
    expect(erinnern?.senses[0]).toMatchObject({ domains: [], prep: "an" });
    expect(erinnern?.auxiliaries).toEqual(["haben"]);
    expect(lex.entries("fahren")[0]?.auxiliaries).toEqual(["haben", "sein"]);
    expect(lex.entries("stellen")[0]?.auxiliaries).toBeUndefined();
  });

  it("keeps the senses after '||' apart, for the alignment only", () => {
    const trennen = lex.entries("trennen")[0];
    expect(trennen?.senses.map((s) => s.glosses)).toEqual([["to part"], ["to divide"]]);
    expect(trennen?.alignOnly).toEqual([
      { glosses: ["to segregate"], domains: ["jur."] },
      { glosses: ["to separate from"], domains: [], prep: "von" },
    ]);
    expect(lex.entries("stellen")[0]?.alignOnly).toBeUndefined();
    // Found from the card's senses as the engine passes them on (gathered from rows, a sense put before).
    const senses = trennen?.senses ?? [];
    expect(lex.alignOnlySenses([{ glosses: ["will"], domains: [] }, ...senses])).toEqual(trennen?.alignOnly);
    expect(lex.alignOnlySenses(senses.map((s) => ({ ...s })))).toEqual([]);
  });

  it("indexes full-form nouns by every case and keeps the cases", () => {
    expect(lex.nounLemmasOfForm("Kindern")).toEqual(["Kind"]);
    expect(lex.nounLemmasOfForm("Kollegen")).toEqual(["Kollege"]);
    expect(lex.fullNoun("Kind")).toMatchObject({
      plural: "Kinder",
      forms: ["Kinder", "Kindern", "Kindes"],
      cases: { singular: { gen: "Kindes" }, plural: { dat: "Kindern" } },
    });
    expect(lex.fullNoun("Kollege")?.cases?.singular).toEqual({ gen: "Kollegen", dat: "Kollegen", acc: "Kollegen" });
  });

  it("indexes idioms by their verb and multi-word names by their first word", () => {
    expect(lex.phrasesEndingIn("stellen")).toEqual(["in Aussicht stellen"]);
    expect(lex.namesStartingWith("New")).toEqual(["New York"]);
  });

  it("ranks by the better of the two frequency lists", () => {
    expect(lex.rank("der")).toBe(1);
    expect(lex.rank("ich")).toBe(1);
    expect(lex.rank("platz")).toBe(2);
    expect(lex.rank("nirgends")).toBeUndefined();
  });

  it("knows English words and first names", () => {
    expect(lex.isEnglish("room")).toBe(true);
    expect(lex.isFirstName("jack")).toBe(true);
  });
});

describe("the built asset", () => {
  const lex = getLexicon();

  it("corrects Ding's gender of Zoll and ranks its customs sense first", () => {
    expect(lex.entries("Zoll")[0]).toMatchObject({ gender: "m", plurals: expect.arrayContaining(["Zölle"]) });
    expect(lex.entries("Zoll")[0]?.senses[0]?.glosses[0]).toMatch(/customs|duty|tariff/);
  });

  it("ranks common senses first (Staat: state, Kraft: force)", () => {
    expect(lex.entries("Staat")[0]?.senses[0]?.glosses[0]).toBe("state");
    expect(lex.entries("Kraft").find((e) => e.pos === "noun")?.senses[0]?.glosses[0]).toBe("force");
  });

  it("keeps every table sorted by key, as the lookups search it", () => {
    const data = readLexiconData();
    const tables = [data.ding, data.verbs, data.forms ?? {}].flatMap((file) =>
      // Beside the tables: the English word list (a set), and each file's format and source.
      Object.entries(file).filter(([name]) => !["english", "format", "source"].includes(name)),
    );
    expect(tables.length).toBe(12);
    for (const [name, text] of tables) {
      const keys = (text as string).split("\n").map((row) => row.split("\t", 1)[0] ?? "");
      const unsorted = keys.findIndex((key, i) => i > 0 && key < (keys[i - 1] ?? ""));
      expect(unsorted, `${name} row ${unsorted}`).toBe(-1);
    }
  });

  it("is a singleton", () => {
    expect(getLexicon()).toBe(lex);
  });
});
