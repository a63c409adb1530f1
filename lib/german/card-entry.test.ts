import { describe, expect, it } from "vitest";
import { cardEntryOf } from "./card-entry";
import type { WordAnalysis } from "./types";

const verb: WordAnalysis = {
  text: "stellte",
  lemma: "stellen",
  pos: "verb",
  glosses: ["to hold out the prospect of"],
  band: "A1",
  known: true,
};

describe("cardEntryOf", () => {
  it("names an idiom's verb by the idiom and drops the surface text", () => {
    const entry = cardEntryOf({ ...verb, idiom: "in Aussicht stellen" });
    expect(entry).toMatchObject({ lemma: "in Aussicht stellen", idiom: "in Aussicht stellen", pos: "verb" });
    expect(entry).not.toHaveProperty("text");
  });

  it("leaves any other word's lemma as the engine read it", () => {
    expect(cardEntryOf(verb)).toMatchObject({ lemma: "stellen" });
  });
});
