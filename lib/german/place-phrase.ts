// Phrases of place. "nach Hause", "zu Hause" and "nach" before a place's name open an adverbial of place,
// not the object a verb's sense governs: "Er kommt um zehn nach Hause" is no kommen nach, "to follow";
// "Wir fahren nach Italien" no fahren nach.
import type { Draft } from "./sentence-context";

const HOME = new Set(["hause", "haus"]);

/** Whether the preposition (its contraction resolved) at token j opens a phrase of place. */
export function opensPlacePhrase(drafts: readonly (Draft | null)[], j: number, prep: string): boolean {
  if (prep !== "nach" && prep !== "zu") return false;
  const next = drafts[j + 1];
  if (!next) return false;
  // Without an article: "nach dem Haus fragen" asks about a house.
  if (HOME.has(next.a.text.toLowerCase())) return true;
  return prep === "nach" && next.a.pos === "name";
}
