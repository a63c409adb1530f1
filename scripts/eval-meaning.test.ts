// The meaning evaluation's own logic, on a few of its items: scoring is exact and the translation helps.
import { describe, expect, it } from "vitest";
import { isRight, loadItems, meaningOf, SETS } from "./eval-meaning";

describe("eval:meaning", () => {
  const items = loadItems();

  it("holds hand-annotated items of several genres", () => {
    expect(items.length).toBeGreaterThanOrEqual(60);
    expect(new Set(items.map((i) => i.genre)).size).toBeGreaterThanOrEqual(8);
    for (const item of items) expect(item.de).toContain(item.word);
  });

  it("keeps each held-out set apart from the sets before it", () => {
    const seen = new Set(items.map((i) => i.de));
    for (const set of SETS.slice(1)) {
      const heldOut = loadItems(set.path);
      expect(heldOut.length).toBeGreaterThanOrEqual(30);
      for (const item of heldOut) expect(item.de).toContain(item.word);
      expect(heldOut.filter((i) => seen.has(i.de))).toEqual([]);
      for (const item of heldOut) seen.add(item.de);
    }
  });

  it("scores glosses[0] against the accepted glosses, ignoring case", () => {
    const item = { genre: "t", de: "x", en: "x", word: "x", accept: ["to announce"] };
    const card = (glosses: string[]) => ({
      text: "x",
      lemma: "x",
      pos: "verb" as const,
      glosses,
      band: "B1" as const,
      known: true,
    });
    expect(isRight(item, card(["To announce", "to loom"]))).toBe(true);
    expect(isRight(item, card(["to loom", "to announce"]))).toBe(false);
    expect(isRight(item, undefined)).toBe(false);
    // A gloss with slashed alternatives is right when one of its readings is accepted.
    const campaign = { ...item, accept: ["to campaign for"] };
    expect(isRight(campaign, card(["to campaign for/against"]))).toBe(true);
    expect(isRight(campaign, card(["to agitate for/against"]))).toBe(false);
  });

  it("gets the news items' verbs right with their translation", () => {
    const news = items.filter((i) => ["kündigte", "verfügt", "wird"].includes(i.word) && i.genre === "news");
    expect(news).toHaveLength(3);
    for (const item of news) expect(isRight(item, meaningOf(item, true))).toBe(true);
  });
});
