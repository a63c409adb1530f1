import { describe, expect, it } from "vitest";
import { checkAnswer, compareWord, markDifferences } from "./answer-check";

describe("compareWord", () => {
  it.each([
    ["Hund", "Hund", []],
    ["hund", "Hund", ["case"]],
    ["Strasse", "Straße", ["eszett"]],
    ["strasse", "Straße", ["case", "eszett"]],
    ["Maedchen", "Mädchen", ["umlaut"]],
    ["AEPFEL", "Äpfel", ["case", "umlaut"]],
    ["grüsse", "Grüße", ["case", "eszett"]],
    ["gruesse", "Grüße", ["case", "eszett", "umlaut"]],
    ["Mädchen", "Maedchen", ["umlaut"]],
  ] as const)("%s ~ %s → %j", (given, expected, differences) => {
    expect(compareWord(given, expected)).toEqual(differences);
  });

  it.each([
    ["Madchen", "Mädchen"],
    ["Hunde", "Hund"],
    ["Strase", "Straße"],
    ["", "Hund"],
  ])("%s is not %s", (given, expected) => {
    expect(compareWord(given, expected)).toBeNull();
  });
});

describe("checkAnswer", () => {
  const dog = { word: "Hund", article: "der" } as const;

  it("accepts a noun with its article, ignoring case and extra spaces", () => {
    expect(checkAnswer("  der   Hund ", dog)).toEqual({
      correct: true,
      expected: "der Hund",
      given: "der Hund",
      differences: [],
    });
    expect(checkAnswer("Der hund", dog)).toMatchObject({ correct: true, differences: ["case"] });
  });

  it("needs the article for nouns", () => {
    expect(checkAnswer("Hund", dog)).toMatchObject({
      correct: false,
      problem: "missing_article",
      expected: "der Hund",
    });
    expect(checkAnswer("die Hund", dog)).toMatchObject({ correct: false, problem: "wrong_article" });
    expect(checkAnswer("das Katze", dog)).toMatchObject({ correct: false, problem: "wrong_word" });
  });

  it("accepts umlaut and ß spellings with the difference reported", () => {
    const girl = { word: "Mädchen", article: "das" } as const;
    expect(checkAnswer("das Maedchen", girl)).toMatchObject({ correct: true, differences: ["umlaut"] });
    expect(checkAnswer("die strasse", { word: "Straße", article: "die" })).toMatchObject({
      correct: true,
      differences: ["case", "eszett"],
    });
  });

  it("checks words without an article as they are", () => {
    expect(checkAnswer("laufen", { word: "laufen" })).toMatchObject({ correct: true, expected: "laufen" });
    expect(checkAnswer("läuft", { word: "laufen" })).toMatchObject({ correct: false, problem: "wrong_word" });
    // "die" typed as the answer itself is a word, not an article.
    expect(checkAnswer("die", { word: "die" })).toMatchObject({ correct: true });
  });

  it("rejects an empty answer", () => {
    expect(checkAnswer("   ", dog)).toMatchObject({ correct: false, problem: "empty", given: "" });
  });
});

describe("markDifferences", () => {
  it("marks what differs in the expected answer", () => {
    expect(markDifferences("Maedchen", "Mädchen")).toEqual([
      { text: "M", same: true },
      { text: "ä", same: false },
      { text: "dchen", same: true },
    ]);
    expect(markDifferences("der Hund", "der Hund")).toEqual([{ text: "der Hund", same: true }]);
    expect(markDifferences("", "Hund")).toEqual([{ text: "Hund", same: false }]);
    expect(markDifferences("die hund", "der Hund")).toEqual([
      { text: "de", same: true },
      { text: "r", same: false },
      { text: " ", same: true },
      { text: "H", same: false },
      { text: "und", same: true },
    ]);
  });
});
