import { describe, expect, it } from "vitest";
import { keyVocabularyLevel } from "@/lib/passages/key-vocabulary-level";
import { keyLemmasFor } from "./key-vocabulary";

describe("key vocabulary of an assignment", () => {
  const stored = { A2: [{ lemma: "Handel" }, { lemma: "Firma" }], B1: [{ lemma: "Baumilliardär" }, { nope: 1 }] };

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
  });
});
