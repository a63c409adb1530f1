import { describe, expect, it } from "vitest";
import { parseConllu } from "./conllu";
import { fromStored, tagSentence, toStored, train } from "./perceptron";

const classes = (words: string[]) => words.map(() => "-");
const SENTENCES = [
  { words: ["die", "Katze", "schläft"], tags: ["DET", "NOUN", "VERB"] },
  { words: ["der", "Hund", "bellt"], tags: ["DET", "NOUN", "VERB"] },
  { words: ["die", "Maus", "läuft"], tags: ["DET", "NOUN", "VERB"] },
  { words: ["er", "schläft"], tags: ["PRON", "VERB"] },
].map((s) => ({ ...s, classes: classes(s.words) }));

describe("averaged perceptron", () => {
  it("learns word order and shape from a few sentences", () => {
    const model = train(SENTENCES, 5);
    const tagged = tagSentence(model, { words: ["der", "Vogel", "schläft"], classes: ["-", "-", "-"] });
    expect(tagged.map((t) => t.tag)).toEqual(["DET", "NOUN", "VERB"]);
  });

  it("is deterministic and survives storage", () => {
    const a = toStored(train(SENTENCES, 3), "test");
    const b = toStored(train(SENTENCES, 3), "test");
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const input = { words: ["die", "Katze", "bellt"], classes: ["-", "-", "-"] };
    expect(tagSentence(fromStored(a), input)).toEqual(tagSentence(train(SENTENCES, 3), input));
  });
});

describe("CoNLL-U reader", () => {
  it("keeps contractions as one surface token tagged as their first part", () => {
    const text = [
      "# sent_id = s1",
      "# text = Er geht zum Markt.",
      "1\tEr\ter\tPRON\t_\t_\t2\tnsubj\t_\t_",
      "2\tgeht\tgehen\tVERB\t_\t_\t0\troot\t_\t_",
      "3-4\tzum\t_\t_\t_\t_\t_\t_\t_\t_",
      "3\tzu\tzu\tADP\t_\t_\t5\tcase\t_\t_",
      "4\tdem\tder\tDET\t_\t_\t5\tdet\t_\t_",
      "5\tMarkt\tMarkt\tNOUN\t_\tGender=Masc\t2\tobl\t_\t_",
      "6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_",
      "",
    ].join("\n");
    const [s] = parseConllu(text);
    expect(s?.text).toBe("Er geht zum Markt.");
    expect(s?.tokens.map((t) => `${t.form}/${t.upos}/${t.lemma}`)).toEqual([
      "Er/PRON/er",
      "geht/VERB/gehen",
      "zum/ADP/zu",
      "Markt/NOUN/Markt",
      "./PUNCT/.",
    ]);
  });
});
