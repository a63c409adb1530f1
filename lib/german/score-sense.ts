// A sentence with a score is about a match: "Sie verlor den ersten Satz mit 4:6" is Satz "set" [sport], not
// "rate structure". A score is two small numbers with a colon (2:1, 4:6), not a time of day ("um 20:15 Uhr").

import type { MeaningChoice } from "./meaning";
import type { Draft, SentenceContext } from "./sentence-context";

const SCORE = /^\d{1,2}:\d{1,2}$/;
// Words that make n:n a time of day.
const TIME_BEFORE = new Set(["um", "ab", "bis", "gegen", "von", "seit"]);

/** Whether the sentence has a score: n:n neither after um, ab, bis … nor before Uhr. */
function hasScore(ctx: SentenceContext): boolean {
  return ctx.tokens.some(
    (t, j) =>
      t.type === "number" &&
      SCORE.test(t.text) &&
      !TIME_BEFORE.has(ctx.tokens[j - 1]?.text.toLowerCase() ?? "") &&
      ctx.tokens[j + 1]?.text !== "Uhr",
  );
}

/** The first sense of noun `i` in the field of sport, where the sentence has a score and its first sense is in none. */
export function scoreSense(
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const senses = drafts[i]?.senses ?? [];
  if (senses.length < 2 || senses[0]?.domains.includes("sport")) return undefined;
  const at = senses.findIndex((s) => s.domains.includes("sport"));
  return at > 0 && hasScore(ctx) ? { sense: { sense: at, gloss: 0 } } : undefined;
}
