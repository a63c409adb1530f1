import { describe, expect, it } from "vitest";
import { buildPrompt, makeCloze, type PromptItem } from "./prompt";

const job: PromptItem = {
  lemma: "Arbeitsplatz",
  surface: "Arbeitsplätze",
  pos: "noun",
  gender: "m",
  plural: "Arbeitsplätze",
  gloss: "job",
  context: "Tausende Arbeitsplätze sind bedroht.",
};

describe("makeCloze", () => {
  it("blanks the word as it stands in the sentence", () => {
    expect(makeCloze(job.context, job.surface, job.lemma)).toEqual({
      before: "Tausende ",
      answer: "Arbeitsplätze",
      after: " sind bedroht.",
    });
  });

  it("matches whole words only, falls back to the lemma, keeps the sentence's capitalisation", () => {
    expect(makeCloze("Der Platz und die Plätze.", "Plätze", "Platz")).toEqual({
      before: "Der Platz und die ",
      answer: "Plätze",
      after: ".",
    });
    expect(makeCloze("Ein Arbeitsplatz fehlt.", "Platz", "Platz")).toBeNull();
    expect(makeCloze("Laufen ist gesund.", "läuft", "laufen")).toEqual({
      before: "",
      answer: "Laufen",
      after: " ist gesund.",
    });
    expect(makeCloze("Kosten (in $) steigen.", "$", "$")).toEqual({
      before: "Kosten (in ",
      answer: "$",
      after: ") steigen.",
    });
  });

  it("returns null without a sentence", () => {
    expect(makeCloze(null, "x", "x")).toBeNull();
  });
});

describe("buildPrompt", () => {
  it("shows the German with its article for recognition", () => {
    expect(buildPrompt(job, "recognition")).toEqual({
      mode: "recognition",
      german: "der Arbeitsplatz",
      context: job.context,
    });
  });

  it("asks nouns with their article in recall, other words without", () => {
    expect(buildPrompt(job, "recall")).toEqual({
      mode: "recall",
      hint: { meaning: "job" },
      target: { word: "Arbeitsplatz", article: "der", otherForms: ["Arbeitsplätze"] },
      noContext: false,
    });
    expect(buildPrompt({ ...job, pos: "verb", lemma: "arbeiten", gender: null }, "recall")).toMatchObject({
      target: { word: "arbeiten" },
    });
  });

  it("asks plural-only nouns with die and their plural", () => {
    const income = { ...job, lemma: "Einkünfte", surface: "Einkünfte", gender: null, plural: "Einkünfte" };
    expect(buildPrompt(income, "recall")).toMatchObject({ target: { word: "Einkünfte", article: "die" } });
    expect(buildPrompt(income, "recognition")).toMatchObject({ german: "die Einkünfte" });
  });

  it("asks the word as it stands in the sentence for cloze, or falls back to recall", () => {
    expect(buildPrompt(job, "cloze")).toMatchObject({
      mode: "cloze",
      hint: { meaning: "job", article: "der" },
      target: { word: "Arbeitsplätze", otherForms: ["Arbeitsplatz", "Arbeitsplätze"] },
    });
    expect(buildPrompt({ ...job, context: null }, "cloze")).toMatchObject({ mode: "recall", noContext: true });
  });

  it("never gives the answer away in a cloze hint: a meaning holding the word gives way to the first letter", () => {
    const belittle = {
      lemma: "kleinzureden",
      surface: "kleinzureden",
      pos: "verb",
      gender: null,
      plural: null,
      gloss: "kleinzureden",
      context: "Er versucht, das Problem kleinzureden.",
    };
    const prompt = buildPrompt(belittle, "cloze");
    expect(prompt).toMatchObject({ mode: "cloze", hint: { meaning: null, firstLetter: { letter: "k", length: 12 } } });
    expect(JSON.stringify(prompt.mode === "cloze" ? prompt.hint : null)).not.toContain("kleinzureden");
    // A cognate gloss names the answer too, so the cloze shows the article and the first letter instead.
    const problem = { ...belittle, lemma: "Problem", surface: "Problem", pos: "noun", gender: "n", gloss: "problem" };
    expect(buildPrompt(problem, "cloze")).toMatchObject({
      hint: { meaning: null, article: "das", firstLetter: { letter: "P", length: 7 } },
    });
    // In recall the meaning is the question, so a cognate stays.
    expect(buildPrompt(problem, "recall")).toMatchObject({ hint: { meaning: "problem" } });
  });

  it("falls back to the first letter when a word has no meaning", () => {
    expect(buildPrompt({ ...job, gloss: " " }, "recall")).toMatchObject({
      hint: { meaning: null, firstLetter: { letter: "A", length: 12 } },
    });
  });
});
