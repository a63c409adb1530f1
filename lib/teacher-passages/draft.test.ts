import { describe, expect, it } from "vitest";
import {
  countUntranslated,
  type DraftParagraph,
  mergeParagraphWithNext,
  mergeSentenceWithNext,
  resolveOrigin,
  setKind,
  splitParagraphBefore,
  splitSentence,
  toSegments,
} from "./draft";

let n = 0;
const newKey = () => `k${++n}`;
const sentence = (
  id: string,
  text: string,
  translation = "",
  origin: DraftParagraph["sentences"][number]["origin"] = null,
) => ({
  key: id,
  from: [id],
  text,
  translation,
  origin,
});
const draft = (): DraftParagraph[] => [
  { key: "p1", kind: "HEADING", lang: "de", sentences: [sentence("s1", "Titel")] },
  {
    key: "p2",
    kind: "BODY",
    lang: "de",
    sentences: [
      sentence("s2", "Der Hund schläft.", "The dog sleeps.", "MACHINE"),
      sentence("s3", "Die Katze auch.", "The cat too.", "HUMAN"),
    ],
  },
];

describe("draft edits", () => {
  it("sets a kind, and embeds switch the language", () => {
    const d = setKind(draft(), 1, "EMBED");
    expect(d[1]).toMatchObject({ kind: "EMBED", lang: "en" });
    expect(setKind(d, 1, "BODY")[1]).toMatchObject({ kind: "BODY", lang: "de" });
    expect(draft()[1]!.kind).toBe("BODY"); // immutable
  });

  it("merges and splits paragraphs", () => {
    const merged = mergeParagraphWithNext(draft(), 0);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.sentences.map((s) => s.key)).toEqual(["s1", "s2", "s3"]);
    const split = splitParagraphBefore(merged, 0, 1, newKey);
    expect(split.map((p) => p.sentences.map((s) => s.key))).toEqual([["s1"], ["s2", "s3"]]);
    expect(splitParagraphBefore(merged, 0, 0, newKey)).toBe(merged);
    expect(mergeParagraphWithNext(merged, 0)).toBe(merged);
  });

  it("merges sentences with their translations as segments", () => {
    const [, body] = mergeSentenceWithNext(draft(), 1, 0);
    expect(body!.sentences).toEqual([
      {
        key: "s2",
        from: ["s2", "s3"],
        text: "Der Hund schläft. Die Katze auch.",
        translation: "The dog sleeps.\nThe cat too.",
        origin: "MACHINE",
      },
    ]);
  });

  it("splits a sentence at the cursor, dropping a machine translation but keeping a typed one", () => {
    const machine = splitSentence(draft(), 1, 0, 9, newKey)[1]!.sentences;
    expect(machine.map((s) => [s.text, s.translation])).toEqual([
      ["Der Hund", ""],
      ["schläft.", ""],
      ["Die Katze auch.", "The cat too."],
    ]);
    const typed = splitSentence(draft(), 1, 1, 9, newKey)[1]!.sentences;
    expect(typed.slice(1).map((s) => [s.text, s.translation])).toEqual([
      ["Die Katze", "The cat too."],
      ["auch.", ""],
    ]);
    const d = draft();
    expect(splitSentence(d, 1, 0, 0, newKey)).toBe(d); // nothing before the cursor
  });

  it("counts untranslated heading and body sentences only", () => {
    expect(countUntranslated(draft())).toBe(1);
    expect(countUntranslated(setKind(draft(), 0, "SOURCE"))).toBe(0);
  });

  it("reads segments one per line", () => {
    expect(toSegments(" One. \n\n Two. ")).toEqual(["One.", "Two."]);
  });
});

describe("resolveOrigin", () => {
  const machine = { segments: ["The dog sleeps."], origin: "MACHINE" as const };
  const human = { segments: ["The cat too."], origin: "HUMAN" as const };

  it("keeps the origin of an unchanged translation, also across a merge", () => {
    expect(resolveOrigin(["The dog sleeps."], [machine])).toBe("MACHINE");
    expect(resolveOrigin(["The dog sleeps.", "The dog sleeps."], [machine, machine])).toBe("MACHINE");
    expect(resolveOrigin(["The dog sleeps.", "The cat too."], [machine, human])).toBe("HUMAN_EDITED");
  });

  it("edited machine text is HUMAN_EDITED, typed text is HUMAN", () => {
    expect(resolveOrigin(["The dog is asleep."], [machine])).toBe("HUMAN_EDITED");
    expect(resolveOrigin(["The cat as well."], [human])).toBe("HUMAN");
    expect(resolveOrigin(["New."], [null])).toBe("HUMAN");
    expect(resolveOrigin(["New."], [])).toBe("HUMAN");
  });

  it("no text, no translation", () => {
    expect(resolveOrigin([], [machine])).toBeNull();
  });
});
