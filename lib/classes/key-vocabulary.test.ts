import { describe, expect, it } from "vitest";
import { keyVocabularyLevel } from "@/lib/passages/key-vocabulary-level";
import { keyLemmasFor } from "./key-vocabulary";

describe("key vocabulary of an assignment", () => {
  // As lib/passages/prepare.ts stores it: one list per level.
  const word = (lemma: string) => ({
    lemma,
    pos: "noun",
    glosses: ["x"],
    band: "B1",
    count: 1,
    first: { paragraph: 0, sentence: 0, token: 0 },
  });
  const stored = { A2: [word("Handel"), word("Firma")], B1: [word("Baumilliardär")] };

  it("reads the list for the learner's level, B1 when the level is unknown", () => {
    expect(keyLemmasFor(stored, "A2")).toEqual(["Handel", "Firma"]);
    expect(keyLemmasFor(stored, "B1")).toEqual(["Baumilliardär"]);
    expect(keyLemmasFor(stored, "C2")).toEqual(["Baumilliardär"]);
    expect(keyLemmasFor(stored, "C1")).toEqual([]);
    expect(keyVocabularyLevel(undefined)).toBe("B1");
  });

  it("treats anything else as no key vocabulary", () => {
    expect(keyLemmasFor(null, "B1")).toEqual([]);
    expect(keyLemmasFor([{ lemma: "x" }], "B1")).toEqual([]);
    expect(keyLemmasFor({ B1: "x" }, "B1")).toEqual([]);
    expect(keyLemmasFor({ B1: [{ lemma: "Baumilliardär" }, { nope: 1 }] }, "B1")).toEqual([]);
  });
});
