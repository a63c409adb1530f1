// Phrases of place. "nach Hause", "zu Hause" and "nach" before a place's name open an adverbial of place,
// not the object a verb's sense governs: "Er kommt um zehn nach Hause" is no kommen nach, "to follow";
// "Wir fahren nach Italien" no fahren nach.
import { firstGlossed } from "./kind-sense";
import type { MeaningChoice } from "./meaning";
import { type Draft, wordAt } from "./sentence-context";
import type { Token } from "./types";

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

const HOME_GLOSS = "home";

/**
 * Haus in "nach Hause" and "zu Hause" is home: "Geh nach Hause" is "Go home", "Ich bin zu Hause" "I'm at
 * home". The old dative form Hause lives on in these two phrases; "im Hause" and "das Haus" keep "house".
 */
export function homeSense(
  tokens: readonly Token[],
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const d = drafts[i];
  if (d?.a.lemma !== "Haus" || d.a.text !== "Hause") return undefined;
  const before = wordAt(tokens, i - 1)?.text.toLowerCase();
  if (before !== "nach" && before !== "zu") return undefined;
  const choice = firstGlossed(d.senses ?? [], (g) => g === HOME_GLOSS);
  // Already the first gloss of the first sense: no choice to make.
  return choice?.sense?.sense === 0 && choice.sense.gloss === 0 ? undefined : choice;
}
