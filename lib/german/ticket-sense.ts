// A noun "für" an event is a ticket where it can be one: "Ich habe zwei Karten für das Konzert am Samstag" is
// Karte "ticket", not "playing card"; "Karten fürs Endspiel". What admits one to an event is named after it
// with für; the event is one of kind-sense.ts's EVENTS (Konzert, Vorstellung, Spiel, Festival …).
import { EVENTS, isNounOf } from "./kind-sense";
import type { MeaningChoice } from "./meaning";
import { type Draft, type SentenceContext, wordAt } from "./sentence-context";

const FOR = new Set(["für", "fürs"]);
const TICKET = /^(?:admission ticket|ticket|entrance ticket)$/;
// Words that may stand between für and the event: an article or a few adjectives ("für das große Konzert").
const SPAN = 4;

/**
 * The first sense of noun `i` glossed as a ticket, where für follows it and an event ends the phrase;
 * undefined where the first sense is one already or it has none.
 */
export function ticketSense(
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const senses = drafts[i]?.senses ?? [];
  if (senses.length < 2 || !FOR.has(wordAt(ctx.tokens, i + 1)?.text.toLowerCase() ?? "")) return undefined;
  let event = false;
  for (let j = i + 2; j <= i + 1 + SPAN && !event; j++) {
    const d = drafts[j];
    if (d?.a.pos === "noun") {
      event = isNounOf(EVENTS.nouns, d);
      break;
    }
  }
  if (!event) return undefined;
  const at = senses.findIndex((s) => s.glosses.some((g) => TICKET.test(g)));
  if (at <= 0) return undefined;
  return { sense: { sense: at, gloss: Math.max(0, senses[at]?.glosses.findIndex((g) => TICKET.test(g)) ?? 0) } };
}
