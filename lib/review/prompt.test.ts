import { describe, expect, it } from "vitest";
import { buildPrompt, makeCloze, type PromptItem } from "./prompt";

const job: PromptItem = {
  lemma: "Arbeitsplatz",
  surface: "Arbeitsplätze",
  pos: "noun",
  gender: "m",
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
      gloss: "job",
      target: { word: "Arbeitsplatz", article: "der" },
      noContext: false,
    });
    expect(buildPrompt({ ...job, pos: "verb", lemma: "arbeiten", gender: null }, "recall")).toMatchObject({
      target: { word: "arbeiten" },
    });
  });

  it("asks the word as it stands in the sentence for cloze, or falls back to recall", () => {
    expect(buildPrompt(job, "cloze")).toMatchObject({ mode: "cloze", target: { word: "Arbeitsplätze" } });
    expect(buildPrompt({ ...job, context: null }, "cloze")).toMatchObject({ mode: "recall", noContext: true });
  });
});
