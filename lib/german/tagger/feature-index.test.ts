import { describe, expect, it } from "vitest";
import { addFeatureWeights, indexFeatures, parseFeature, sentenceIds } from "./feature-index";
import { features, prepare, TEMPLATES } from "./features";
import { getTagger } from "./model";
import { tagSentence } from "./perceptron";

describe("parseFeature", () => {
  it("splits a stored feature into its template and values", () => {
    expect(parseFeature("b")).toEqual({ template: 0, values: [] });
    const parsed = parseFeature("w=haus|t-1=DET");
    expect(TEMPLATES[parsed?.template ?? -1]).toEqual(["w", "t-1"]);
    expect(parsed?.values).toEqual(["haus", "DET"]);
  });

  it("keeps a value with | or = in it whole", () => {
    expect(parseFeature("w=|")?.values).toEqual(["|"]);
    expect(parseFeature("w==")?.values).toEqual(["="]);
    const parsed = parseFeature("w=||c+1=N");
    expect(TEMPLATES[parsed?.template ?? -1]).toEqual(["w", "c+1"]);
    expect(parsed?.values).toEqual(["|", "N"]);
  });

  it("reads every feature of a sentence back as the values it was made from", () => {
    const input = {
      words: ["„", "Er", "kam", "|", "2017", "zurück", "."],
      classes: ["-", "r", "V", "-", "-", "Dp", "-"],
    };
    for (let i = 0; i < input.words.length; i++) {
      for (const feature of features(input, i, "PRON", "<s>")) {
        const parsed = parseFeature(feature);
        const names = TEMPLATES[parsed?.template ?? -1] ?? [];
        const rebuilt = names.length ? names.map((name, k) => `${name}=${parsed?.values[k]}`).join("|") : "b";
        expect(rebuilt).toBe(feature);
      }
    }
  });
});

describe("indexFeatures", () => {
  it("numbers each value per kind and files a feature under its parts' numbers combined", () => {
    const index = indexFeatures(
      new Map([
        ["w=haus|t-1=DET", [3, 0.5]],
        ["w=baum|t-1=NOUN", [7, 1]],
        ["w-1=haus", [2, -1]],
      ]),
    );
    // Words share one numbering whichever neighbour they are; tags have their own.
    expect(index.vocab.get("lower")).toEqual(
      new Map([
        ["haus", 0],
        ["baum", 1],
      ]),
    );
    expect(index.vocab.get("tag")).toEqual(
      new Map([
        ["DET", 0],
        ["NOUN", 1],
      ]),
    );
    const wordTag = TEMPLATES.findIndex((names) => names.join() === "w,t-1");
    expect(index.radix[wordTag]).toEqual([2, 2]);
    // A place is the weights' start times 64 plus their length.
    const weightsAt = (place: number | undefined) =>
      place === undefined
        ? []
        : [...index.weights.subarray(Math.floor(place / 64), Math.floor(place / 64) + (place % 64))];
    expect(weightsAt(index.tables[wordTag]?.get(1 * 2 + 1))).toEqual([7, 1]);
    expect(weightsAt(index.tables[TEMPLATES.findIndex((names) => names.join() === "w-1")]?.get(0))).toEqual([2, -1]);
  });

  it("adds up exactly the features a sentence has", () => {
    const index = indexFeatures(new Map([["w=haus|t-1=DET", [3, 0.5]]]));
    const input = { words: ["das", "Haus"], classes: ["t", "N"] };
    const scores = new Float64Array(5);
    const det = index.vocab.get("tag")?.get("DET") ?? -1;
    addFeatureWeights(index, sentenceIds(index, prepare(input)), 1, det, -1, scores);
    expect([...scores]).toEqual([0, 0, 0, 0.5, 0]);
    // Another tag before it, or a word training never saw, has no such feature.
    scores.fill(0);
    addFeatureWeights(index, sentenceIds(index, prepare(input)), 1, -1, -1, scores);
    addFeatureWeights(
      index,
      sentenceIds(index, prepare({ words: ["das", "Hans"], classes: ["t", "M"] })),
      1,
      det,
      -1,
      scores,
    );
    expect([...scores]).toEqual([0, 0, 0, 0, 0]);
  });

  it("tags as the sum of the stored features' weights does", () => {
    const model = getTagger();
    expect(model).not.toBeNull();
    if (!model) return;
    const input = {
      words: ["Der", "Airbus", "landet", "heute", "in", "Frankfurt", ",", "weil", "es", "regnet", "."],
      classes: ["rt", "-", "V", "D", "p", "M", "-", "c", "r", "V", "-"],
    };
    const tagged = tagSentence(model, input);
    let prev = "<s>";
    let prev2 = "<s>";
    input.words.forEach((_, i) => {
      const scores = new Float64Array(model.tags.length);
      for (const feature of features(input, i, prev, prev2)) {
        const w = model.weights.get(feature) ?? [];
        for (let k = 0; k < w.length; k += 2) {
          const tag = w[k] as number;
          scores[tag] = (scores[tag] as number) + (w[k + 1] as number);
        }
      }
      const best = scores.indexOf(Math.max(...scores));
      expect(tagged[i]?.tag).toBe(model.tags[best]);
      prev2 = prev;
      prev = model.tags[best] ?? "X";
    });
  });
});
