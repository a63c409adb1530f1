import { describe, expect, it } from "vitest";
import type { CardEntry } from "@/lib/german/types";
import { applyPatch, correctEntry, patchBetween, type ReaderCorrection } from "./patch";
import { correctionPatch } from "./schema";

const ENGINE: CardEntry = {
  lemma: "Baumilliardär",
  pos: "noun",
  gender: "m",
  plural: "Baumilliardäre",
  glosses: ["construction billionaire", "billionaire"],
  parts: [
    { text: "Bau", lemma: "Bau", gloss: "construction" },
    { text: "milliardär", lemma: "Milliardär", gloss: "billionaire" },
  ],
  band: "C2",
  known: false,
};

describe("applyPatch", () => {
  it("replaces only the corrected fields and removes the ones set to null", () => {
    const entry = applyPatch(ENGINE, { gender: null, plural: null, parts: null, gloss: "property tycoon" });
    expect(entry).toMatchObject({ lemma: "Baumilliardär", pos: "noun", known: true });
    expect(applyPatch(ENGINE, { plural: null }).known).toBe(false);
    expect(entry.gender).toBeUndefined();
    expect(entry.plural).toBeUndefined();
    expect(entry.parts).toBeUndefined();
    expect(entry.glosses).toEqual(["property tycoon", "construction billionaire", "billionaire"]);
  });

  it("puts a chosen gloss first without repeating it, and a new lemma makes the word known", () => {
    const entry = applyPatch(ENGINE, { gloss: "billionaire", lemma: "Milliardär" });
    expect(entry.glosses).toEqual(["billionaire", "construction billionaire"]);
    expect(entry).toMatchObject({ lemma: "Milliardär", known: true });
  });

  it("drops the engine's grammar when the lemma or part of speech is corrected, keeps it otherwise", () => {
    const verb: CardEntry = {
      lemma: "empfangen",
      pos: "verb",
      glosses: ["to receive"],
      principalParts: { past: "empfing", participle: "empfangen" },
      form: { kinds: ["past"] },
      reflexive: true,
      band: "B1",
      known: true,
    };
    expect(applyPatch(verb, { gloss: "to welcome" })).toMatchObject({ principalParts: verb.principalParts });
    const asNoun = applyPatch(verb, { pos: "noun", lemma: "Empfang" });
    expect(asNoun.principalParts).toBeUndefined();
    expect(asNoun.form).toBeUndefined();
    expect(asNoun.reflexive).toBeUndefined();
  });

  it("marks and unmarks names, and splits a compound anew", () => {
    expect(applyPatch(ENGINE, { name: true }).name).toBe(true);
    expect(applyPatch({ ...ENGINE, name: true }, { name: false }).name).toBeUndefined();
    expect(
      applyPatch(ENGINE, {
        parts: [
          { text: "Baum", gloss: "tree" },
          { text: "illiardär", gloss: "" },
        ],
      }).parts,
    ).toEqual([
      { text: "Baum", lemma: "Baum", gloss: "tree" },
      { text: "illiardär", lemma: "illiardär", gloss: "" },
    ]);
  });
});

describe("correctEntry", () => {
  const teacher: ReaderCorrection = {
    surface: "Baumilliardär",
    enginePos: "noun",
    patch: { gloss: "tycoon" },
    by: "teacher",
  };
  const own: ReaderCorrection = { surface: "Baumilliardär", enginePos: "noun", patch: { plural: null }, by: "you" };

  it("applies the teacher's correction, then the learner's, and says who corrected last", () => {
    const entry = correctEntry(ENGINE, "Baumilliardär", [own, teacher]);
    expect(entry).toMatchObject({ correctedBy: "you", glosses: ["tycoon", "construction billionaire", "billionaire"] });
    expect(entry.plural).toBeUndefined();
    expect(correctEntry(ENGINE, "Baumilliardär", [teacher]).correctedBy).toBe("teacher");
  });

  it("applies only to the same surface form where the engine read the same part of speech", () => {
    expect(correctEntry(ENGINE, "Baumilliardärs", [own])).toBe(ENGINE);
    expect(correctEntry({ ...ENGINE, pos: "name" }, "Baumilliardär", [own]).correctedBy).toBeUndefined();
  });
});

describe("patchBetween and the patch schema", () => {
  it("sends only what changed, and refuses an empty or unknown correction", () => {
    const wanted = applyPatch(ENGINE, { gender: "n", gloss: "billionaire" });
    const patch = patchBetween(ENGINE, wanted);
    expect(patch).toEqual({ gender: "n", gloss: "billionaire" });
    expect(correctionPatch.safeParse(patch).success).toBe(true);
    expect(correctionPatch.safeParse({}).success).toBe(false);
    expect(correctionPatch.safeParse({ pos: "adverb" }).success).toBe(false);
    expect(correctionPatch.safeParse({ lemma: "x", secret: 1 }).success).toBe(false);
  });

  it("turns a removed split into null", () => {
    const { parts: _parts, ...unsplit } = ENGINE;
    expect(patchBetween(ENGINE, unsplit)).toEqual({ parts: null });
  });
});
