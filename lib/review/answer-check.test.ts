import { describe, expect, it } from "vitest";
import { checkAnswer, compareWord, countsAsRecalled, editDistance } from "./answer-check";

describe("compareWord", () => {
  it.each([
    ["Hund", "Hund", []],
    ["hund", "Hund", ["case"]],
    ["Strasse", "Straße", ["eszett"]],
    ["strasse", "Straße", ["case", "eszett"]],
    ["Maedchen", "Mädchen", ["umlaut"]],
    ["AEPFEL", "Äpfel", ["case", "umlaut"]],
    ["gruesse", "Grüße", ["case", "eszett", "umlaut"]],
  ] as const)("%s ~ %s → %j", (given, expected, notes) => {
    expect(compareWord(given, expected)).toEqual(notes);
  });

  it.each([
    ["Madchen", "Mädchen"],
    ["Hunde", "Hund"],
    ["", "Hund"],
  ])("%s is not %s", (given, expected) => {
    expect(compareWord(given, expected)).toBeNull();
  });
});

describe("editDistance", () => {
  it("counts inserts, deletes, substitutions and swaps of neighbours as one edit", () => {
    expect(editDistance("Importzol", "Importzoll")).toBe(1);
    expect(editDistance("Importzolll", "Importzoll")).toBe(1);
    expect(editDistance("Imprtzoll", "Importzoll")).toBe(1);
    expect(editDistance("Ipmortzoll", "Importzoll")).toBe(1);
    expect(editDistance("Importzaal", "Importzoll")).toBe(2);
    expect(editDistance("Hund", "Hund")).toBe(0);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
  });
});

describe("checkAnswer: the cases from issue 11", () => {
  it("accepts a plural-only noun with die and its plural", () => {
    const income = { word: "Einkünfte", article: "die", otherForms: ["Einkünfte"] } as const;
    expect(checkAnswer("die Einkünfte", income)).toMatchObject({ verdict: "right", suggestedGrade: 3 });
    expect(checkAnswer("die Einkuenfte", income)).toMatchObject({ verdict: "right_with_note", notes: ["umlaut"] });
  });

  it("calls one missing letter almost and suggests Hard", () => {
    const duty = { word: "Importzoll", article: "der" } as const;
    expect(checkAnswer("der Importzol", duty)).toMatchObject({ verdict: "almost", slips: ["typo"], suggestedGrade: 2 });
  });

  it("calls a missing umlaut almost, while ue for ü is right with a note", () => {
    const poll = { word: "Bürgerbefragung", article: "die" } as const;
    expect(checkAnswer("die Burgerbefragung", poll)).toMatchObject({ verdict: "almost", slips: ["umlaut"] });
    expect(checkAnswer("die Buergerbefragung", poll)).toMatchObject({ verdict: "right_with_note", notes: ["umlaut"] });
    // A wrong umlaut (ü where u belongs) is the same slip.
    expect(checkAnswer("Bürger", { word: "Burger" })).toMatchObject({ verdict: "almost", slips: ["umlaut"] });
  });

  it("calls the dictionary form typed into a cloze almost (and the other way round)", () => {
    const paths = { word: "Fahrradwege", otherForms: ["Fahrradweg", "Fahrradwege"] };
    expect(checkAnswer("Fahrradweg", paths)).toMatchObject({ verdict: "almost" });
    const include = { word: "einzubeziehen", otherForms: ["einbeziehen"] };
    expect(checkAnswer("einbeziehen", include)).toMatchObject({ verdict: "almost", slips: ["other_form"] });
    const recall = { word: "einbeziehen", otherForms: ["einzubeziehen"] };
    expect(checkAnswer("einzubeziehen", recall)).toMatchObject({ verdict: "almost", slips: ["other_form"] });
  });
});

describe("checkAnswer", () => {
  const dog = { word: "Hund", article: "der" } as const;

  it("is right for the exact answer, ignoring extra spaces", () => {
    const check = checkAnswer("  der   Hund ", dog);
    expect(check).toMatchObject({ verdict: "right", expected: "der Hund", given: "der Hund", notes: [], slips: [] });
    expect(check.comparison.same).toBe(true);
  });

  it("is right with a note for a noun written small, or an article written capitalised", () => {
    expect(checkAnswer("der hund", dog)).toMatchObject({ verdict: "right_with_note", notes: ["case"] });
    expect(checkAnswer("Der Hund", dog)).toMatchObject({ verdict: "right", notes: [] });
    expect(checkAnswer("die strasse", { word: "Straße", article: "die" })).toMatchObject({
      verdict: "right_with_note",
      notes: ["case", "eszett"],
    });
  });

  it("is almost for the wrong article only or a missing article", () => {
    expect(checkAnswer("die Hund", dog)).toMatchObject({ verdict: "almost", slips: ["wrong_article"] });
    expect(checkAnswer("Hund", dog)).toMatchObject({ verdict: "almost", slips: ["missing_article"] });
    expect(checkAnswer("das Hunt", dog)).toMatchObject({ verdict: "almost", slips: ["typo", "wrong_article"] });
  });

  it("is wrong for another word, and for one edit in a short word", () => {
    expect(checkAnswer("die Katze", dog)).toMatchObject({ verdict: "wrong", problem: "wrong_word", suggestedGrade: 1 });
    expect(checkAnswer("Rat", { word: "Rad" })).toMatchObject({ verdict: "wrong" });
    expect(checkAnswer("läuft", { word: "laufen" })).toMatchObject({ verdict: "wrong" });
  });

  it("takes a word that is an article as the answer itself when no article is asked", () => {
    expect(checkAnswer("die", { word: "die" })).toMatchObject({ verdict: "right" });
  });

  it("is wrong for an empty answer", () => {
    expect(checkAnswer("   ", dog)).toMatchObject({ verdict: "wrong", problem: "empty", given: "" });
  });

  it("compares the typed answer with the expected one character by character", () => {
    expect(checkAnswer("der Importzol", { word: "Importzoll", article: "der" }).comparison).toEqual({
      same: false,
      typed: [{ text: "der Importzol", kind: "good" }],
      expected: [
        { text: "der Importzol", kind: "good" },
        { text: "l", kind: "missing" },
      ],
    });
  });
});

describe("countsAsRecalled", () => {
  it("counts right answers, not wrong ones, and lets the learner's grade decide for almost", () => {
    expect(countsAsRecalled({ verdict: "right_with_note" }, 1)).toBe(true);
    expect(countsAsRecalled({ verdict: "wrong" }, 3)).toBe(false);
    expect(countsAsRecalled({ verdict: "almost" }, 2)).toBe(true);
    expect(countsAsRecalled({ verdict: "almost" }, 1)).toBe(false);
    expect(countsAsRecalled(null, 1)).toBe(false);
    expect(countsAsRecalled(null, 4)).toBe(true);
  });
});
