import { describe, expect, it } from "vitest";
import { getLexicon } from "../../lib/german/lexicon";
import { ADJECTIVE_DEVELOPMENT_TEXTS } from "./adjective-texts";
import { scoreAnnotated } from "./annotated";
import { COMPOUND_DEVELOPMENT_TEXTS } from "./compound-texts";
import { HELD_OUT_TEXTS } from "./held-out-texts";
import { HELD_OUT_TEXTS_2 } from "./held-out-texts-2";
import { HELD_OUT_TEXTS_3 } from "./held-out-texts-3";
import { HELD_OUT_TEXTS_4 } from "./held-out-texts-4";
import { HELD_OUT_TEXTS_5 } from "./held-out-texts-5";
import { HELD_OUT_TEXTS_6 } from "./held-out-texts-6";
import { HELD_OUT_TEXTS_7 } from "./held-out-texts-7";
import { HELD_OUT_TEXTS_8 } from "./held-out-texts-8";
import { HELD_OUT_TEXTS_9 } from "./held-out-texts-9";
import { HELD_OUT_TEXTS_10 } from "./held-out-texts-10";
import { HELD_OUT_TEXTS_11 } from "./held-out-texts-11";
import { HELD_OUT_TEXTS_12 } from "./held-out-texts-12";
import { LEMMA_DEVELOPMENT_TEXTS } from "./lemma-texts";
import { LEMMA_DEVELOPMENT_TEXTS_2 } from "./lemma-texts-2";
import { LEMMA_DEVELOPMENT_TEXTS_3 } from "./lemma-texts-3";
import { LEMMA_DEVELOPMENT_TEXTS_4 } from "./lemma-texts-4";
import { LEMMA_DEVELOPMENT_TEXTS_5 } from "./lemma-texts-5";
import { LEMMA_DEVELOPMENT_TEXTS_6 } from "./lemma-texts-6";
import { LEMMA_DEVELOPMENT_TEXTS_7 } from "./lemma-texts-7";
import { LEMMA_DEVELOPMENT_TEXTS_8 } from "./lemma-texts-8";
import { LEMMA_DEVELOPMENT_TEXTS_9 } from "./lemma-texts-9";
import { LEMMA_DEVELOPMENT_TEXTS_10 } from "./lemma-texts-10";
import { NAMES_DEVELOPMENT_TEXTS } from "./names-texts";
import { NAMES_DEVELOPMENT_TEXTS_2 } from "./names-texts-2";
import { NAMES_DEVELOPMENT_TEXTS_3 } from "./names-texts-3";
import { NAMES_DEVELOPMENT_TEXTS_4 } from "./names-texts-4";
import { NAMES_DEVELOPMENT_TEXTS_5 } from "./names-texts-5";
import { NAMES_DEVELOPMENT_TEXTS_6 } from "./names-texts-6";
import { NAMES_DEVELOPMENT_TEXTS_7 } from "./names-texts-7";
import { NAMES_DEVELOPMENT_TEXTS_8 } from "./names-texts-8";
import { NAMES_DEVELOPMENT_TEXTS_9 } from "./names-texts-9";
import { NAMES_DEVELOPMENT_TEXTS_10 } from "./names-texts-10";
import { NAMES_DEVELOPMENT_TEXTS_11 } from "./names-texts-11";
import { NAMES_DEVELOPMENT_TEXTS_12 } from "./names-texts-12";
import { NAMES_DEVELOPMENT_TEXTS_13 } from "./names-texts-13";
import { NAMES_DEVELOPMENT_TEXTS_14 } from "./names-texts-14";
import { NAMES_DEVELOPMENT_TEXTS_15 } from "./names-texts-15";
import { SEPARABLE_DEVELOPMENT_TEXTS } from "./separable-texts";
import { DEVELOPMENT_TEXTS } from "./texts";

describe.each([
  ["development", DEVELOPMENT_TEXTS],
  ["development, names", NAMES_DEVELOPMENT_TEXTS],
  ["development, names 2", NAMES_DEVELOPMENT_TEXTS_2],
  ["development, names 3", NAMES_DEVELOPMENT_TEXTS_3],
  ["development, names 4", NAMES_DEVELOPMENT_TEXTS_4],
  ["development, names 5", NAMES_DEVELOPMENT_TEXTS_5],
  ["development, names 6", NAMES_DEVELOPMENT_TEXTS_6],
  ["development, names 7", NAMES_DEVELOPMENT_TEXTS_7],
  ["development, names 8", NAMES_DEVELOPMENT_TEXTS_8],
  ["development, names 9", NAMES_DEVELOPMENT_TEXTS_9],
  ["development, names 10", NAMES_DEVELOPMENT_TEXTS_10],
  ["development, names 11", NAMES_DEVELOPMENT_TEXTS_11],
  ["development, names 12", NAMES_DEVELOPMENT_TEXTS_12],
  ["development, names 13", NAMES_DEVELOPMENT_TEXTS_13],
  ["development, names 14", NAMES_DEVELOPMENT_TEXTS_14],
  ["development, names 15", NAMES_DEVELOPMENT_TEXTS_15],
  ["development, separable verbs", SEPARABLE_DEVELOPMENT_TEXTS],
  ["development, lemmas", LEMMA_DEVELOPMENT_TEXTS],
  ["development, adjectives and adverbs", ADJECTIVE_DEVELOPMENT_TEXTS],
  ["development, lemmas 2", LEMMA_DEVELOPMENT_TEXTS_2],
  ["development, lemmas 3", LEMMA_DEVELOPMENT_TEXTS_3],
  ["development, lemmas 4", LEMMA_DEVELOPMENT_TEXTS_4],
  ["development, lemmas 5", LEMMA_DEVELOPMENT_TEXTS_5],
  ["development, lemmas 6", LEMMA_DEVELOPMENT_TEXTS_6],
  ["development, lemmas 7", LEMMA_DEVELOPMENT_TEXTS_7],
  ["development, lemmas 8", LEMMA_DEVELOPMENT_TEXTS_8],
  ["development, lemmas 9", LEMMA_DEVELOPMENT_TEXTS_9],
  ["development, lemmas 10", LEMMA_DEVELOPMENT_TEXTS_10],
  ["development, compounds and separable verbs", COMPOUND_DEVELOPMENT_TEXTS],
  ["held-out", HELD_OUT_TEXTS],
  ["held-out 2", HELD_OUT_TEXTS_2],
  ["held-out 3", HELD_OUT_TEXTS_3],
  ["held-out 4", HELD_OUT_TEXTS_4],
  ["held-out 5", HELD_OUT_TEXTS_5],
  ["held-out 6", HELD_OUT_TEXTS_6],
  ["held-out 7", HELD_OUT_TEXTS_7],
  ["held-out 8", HELD_OUT_TEXTS_8],
  ["held-out 9", HELD_OUT_TEXTS_9],
  ["held-out 10", HELD_OUT_TEXTS_10],
  ["held-out 11", HELD_OUT_TEXTS_11],
  ["held-out 12", HELD_OUT_TEXTS_12],
])("hand-annotated evaluation texts (%s)", (_, texts) => {
  it("are well-formed: every line has a known part of speech, nouns a gender and a split", () => {
    const kinds = new Set(["noun", "verb", "adj", "adv", "name"]);
    for (const t of texts)
      for (const line of t.words) {
        const [, , pos = "", gender = "", parts = "", sep = ""] = line.split(" | ");
        expect(kinds.has(pos), line).toBe(true);
        if (pos !== "noun") expect(gender === "" || gender === "-", line).toBe(true);
        if (sep) expect(sep, line).toBe("sep");
        if (pos === "noun" && gender !== "") expect(/^[mfn-]$/.test(gender) && parts !== "", line).toBe(true);
      }
  });

  it("find every annotated word in the engine's analysis, in order", () => {
    const scores = scoreAnnotated(getLexicon(), texts);
    expect(scores.misses.filter((m) => m.includes("not found"))).toEqual([]);
    expect(scores.lemma.total).toBe(texts.reduce((n, t) => n + t.words.length, 0));
    expect(scores.pos.right).toBeGreaterThan(0);
  });
});
