import { describe, expect, it } from "vitest";
import { entryStatus, textStatus, withStatus } from "./word-status";

const statuses = { Weg: { noun: "LEARNING" }, sein: { verb: "KNOWN" } } as const;

describe("word statuses in the reader", () => {
  it("keeps homographs apart on the card", () => {
    expect(entryStatus(statuses, "Weg", "noun")).toBe("LEARNING");
    expect(entryStatus(statuses, "sein", "det")).toBeUndefined();
    expect(entryStatus(statuses, "weg", "adv")).toBeUndefined();
  });

  it("marks a saved lemma in the text even where it is read as another part of speech", () => {
    expect(textStatus(statuses, "sein", "det")).toBe("KNOWN");
    expect(textStatus(statuses, "weg", "adv")).toBeUndefined();
  });

  it("changes one entry and leaves its homographs alone", () => {
    const next = withStatus<string>(statuses, "sein", "det", "IGNORED");
    expect(next.sein).toEqual({ verb: "KNOWN", det: "IGNORED" });
    expect(statuses.sein).toEqual({ verb: "KNOWN" });
  });
});
