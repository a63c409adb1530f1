import { describe, expect, it } from "vitest";
import { englishKey, englishKeys, englishWords, splitEnglishSentences, verbBases } from "./english";

describe("englishKey", () => {
  it.each([
    ["announced", "announce"],
    ["announces", "announcing"],
    ["networks", "network"],
    ["organised", "organize"],
    ["Company's", "company"],
  ])("%s and %s share a key", (a, b) => {
    expect(englishKey(a)).toBe(englishKey(b));
  });

  it.each([
    ["stood", "stand"],
    ["has", "have"],
    ["withdrew", "withdraw"],
    ["children", "child"],
    ["died", "die"],
    ["dying", "die"],
    ["took", "take"],
    ["went", "go"],
    ["shrank", "shrink"],
    ["knives", "knife"],
    ["crises", "crisis"],
    ["worse", "bad"],
    ["slightly", "slight"],
    ["easily", "easy"],
    ["simply", "simple"],
  ])("a text's %s has the key of the gloss word %s", (form, base) => {
    expect(englishKeys(form)).toContain(englishKey(base));
  });

  it("leaves short -ly words alone", () => {
    expect(englishKeys("only")).toEqual([englishKey("only")]);
    expect(englishKeys("early")).toEqual([englishKey("early")]);
  });

  it("keeps every base of an ambiguous form, and a gloss word its own key", () => {
    expect(englishKeys("lay")).toEqual(expect.arrayContaining([englishKey("lay"), englishKey("lie")]));
    expect(englishKeys("found")).toEqual(expect.arrayContaining([englishKey("found"), englishKey("find")]));
    expect(englishKeys("laid")).toContain(englishKey("lay"));
    expect(englishKey("lay")).not.toBe(englishKey("lie"));
  });

  it("keeps different words apart", () => {
    expect(englishKey("mainland")).not.toBe(englishKey("land"));
    expect(englishKey("wheel")).not.toBe(englishKey("bicycle"));
    // -ing nouns the stemmer would cut to another word.
    expect(englishKey("evening")).not.toBe(englishKey("even"));
    expect(englishKey("evenings")).toBe(englishKey("evening"));
    expect(englishKey("morning")).not.toBe(englishKey("morn"));
  });

  it("finds an irregular form behind a verb prefix the list does not spell out", () => {
    expect(englishKeys("mislaid")).toContain(englishKey("mislay"));
    expect(englishKeys("outgrew")).toContain(englishKey("outgrow"));
    expect(englishKeys("rewound")).toContain(englishKey("rewind"));
    // A listed form keeps its own bases only; short rests are no forms ("bet" is not be + t).
    expect(englishKeys("undone")).toContain(englishKey("undo"));
    expect(englishKeys("refund")).toEqual([englishKey("refund")]);
  });

  it("reads a contraction as the words it shortens", () => {
    expect(englishKeys("I'd")).toEqual(expect.arrayContaining([englishKey("would"), englishKey("have")]));
    expect(englishKeys("it’ll")).toContain(englishKey("will"));
    expect(englishKeys("I'm")).not.toContain(englishKey("be"));
    expect(englishKeys("doesn't")).toEqual(expect.arrayContaining([englishKey("do"), englishKey("not")]));
    expect(englishKeys("won't")).toEqual(expect.arrayContaining([englishKey("will"), englishKey("not")]));
  });

  it("finds the word in -y of a form in -ied or -ies, which the stemmer keys apart for short words", () => {
    expect(englishKeys("tried")).toContain(englishKey("try"));
    expect(englishKeys("cries")).toContain(englishKey("cry"));
    expect(englishKeys("dried")).toContain(englishKey("dry"));
  });

  it("finds the singular in -s of a plural in -ses, which the stemmer keys apart", () => {
    expect(englishKeys("buses")).toContain(englishKey("bus"));
    expect(englishKeys("viruses")).toContain(englishKey("virus"));
  });

  it("finds the adjective in -y of a comparative or superlative", () => {
    expect(englishKeys("easiest")).toContain(englishKey("easy"));
    expect(englishKeys("happier")).toContain(englishKey("happy"));
  });
});

describe("englishWords", () => {
  it("gives each word its sentence and offsets, hyphenated words as parts", () => {
    const words = englishWords(["It grew.", "A bus-network."]);
    expect(words.map((w) => [w.text, w.sentence, w.start, w.end])).toEqual([
      ["It", 0, 0, 2],
      ["grew", 0, 3, 7],
      ["A", 1, 0, 1],
      ["bus", 1, 2, 5],
      ["network", 1, 6, 13],
    ]);
    expect(words[1]?.keys).toContain(englishKey("grow"));
  });

  it("reads take with a means of transport as travelling by it", () => {
    const keysOf = (text: string, word: string) => englishWords([text]).find((w) => w.text === word)?.keys ?? [];
    for (const [text, word] of [
      ["We took the bus into town.", "took"],
      ["She takes a taxi home.", "takes"],
      ["Take the night train.", "Take"],
    ] as const) {
      expect(keysOf(text, word)).toContain(englishKey("travel"));
      expect(keysOf(text, word)).toContain(englishKey("ride"));
    }
    // Take with anything else stays take only.
    expect(keysOf("She took the book.", "took")).not.toContain(englishKey("travel"));
    expect(keysOf("It takes an hour by bus.", "takes")).not.toContain(englishKey("travel"));
  });
});

describe("splitEnglishSentences", () => {
  it("splits sentences but not after titles and initials", () => {
    expect(splitEnglishSentences("Mr. Smith met Dr. Jones in the U.S. on Monday. They talked.")).toEqual([
      "Mr. Smith met Dr. Jones in the U.S. on Monday.",
      "They talked.",
    ]);
  });
});

describe("verbBases", () => {
  it("gives the bases a verb form may be of, irregular first", () => {
    expect(verbBases("drew")[0]).toBe("draw");
    expect(verbBases("expires")).toContain("expire");
    expect(verbBases("postponed")).toContain("postpone");
    expect(verbBases("dropped")).toContain("drop");
    expect(verbBases("boiling")).toContain("boil");
    expect(verbBases("carried")).toContain("carry");
  });
});
