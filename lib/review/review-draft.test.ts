import { describe, expect, it } from "vitest";
import { readDraft, writeDraft } from "./review-draft";

function memoryStore() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    items,
  };
}

describe("review draft", () => {
  it("gives back what was written", () => {
    const store = memoryStore();
    writeDraft({ mode: "recall", card: "c1:3", answer: "das Hand" }, () => store);
    expect(readDraft(() => store)).toEqual({ mode: "recall", card: "c1:3", answer: "das Hand" });
  });

  it("is empty when nothing or something else is stored", () => {
    const store = memoryStore();
    expect(readDraft(() => store)).toBeNull();
    store.items.set("bruecke.review.draft", "{not json");
    expect(readDraft(() => store)).toBeNull();
    store.items.set("bruecke.review.draft", JSON.stringify({ mode: "dictation", card: "c1:3", answer: "" }));
    expect(readDraft(() => store)).toBeNull();
    store.items.set("bruecke.review.draft", JSON.stringify({ mode: "recall", card: "c1:3", answer: "x".repeat(301) }));
    expect(readDraft(() => store)).toBeNull();
  });

  it("survives a storage that refuses", () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    const disabled = () => {
      throw new Error("SecurityError");
    };
    expect(() => writeDraft({ mode: "cloze", card: "c1:1", answer: "" }, () => full)).not.toThrow();
    expect(() => writeDraft({ mode: "cloze", card: "c1:1", answer: "" }, disabled)).not.toThrow();
    expect(readDraft(disabled)).toBeNull();
  });
});
