// A verb of cancelling with an event: "Der Unterricht fällt am Montag aus" is ausfallen "to be cancelled",
// not "to fall out"; "Wegen des Streiks wurden zahlreiche Flüge gestrichen" streichen "to cancel", not
// "to paint"; "Das Stadtfest wurde abgesagt" absagen "to cancel", not "to put off". An event is called off.
import type { MeaningChoice } from "./meaning";
import { clauseBounds, type Draft, type SentenceContext } from "./sentence-context";

// Nouns of events that take place at a time (or a compound's last part: Stadtfest, Deutschunterricht).
const EVENT_NOUNS = new Set(
  `Unterricht Vorlesung Seminar Kurs Konzert Vorstellung Aufführung Spiel Partie Rennen Flug Fest Feier Party
  Veranstaltung Sitzung Treffen Termin Training Reise Ausflug Konferenz Tagung Gottesdienst Festival Turnier
  Wettkampf Lesung Führung Besuch Demonstration Streik`.split(/\s+/),
);

const CANCEL = /^to (?:be )?(?:cancel|cancelled|canceled|call off|called off)$/;

function eventNoun(d: Draft | null | undefined): boolean {
  if (d?.a.pos !== "noun" || d.a.name) return false;
  return EVENT_NOUNS.has(d.a.lemma) || EVENT_NOUNS.has(d.a.parts?.at(-1)?.lemma ?? "");
}

/** The first sense of a verb glossed "to cancel" or "to be cancelled" where its clause has a noun of an event. */
export function eventSense(
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const d = drafts[i];
  const senses = d?.senses ?? [];
  if (!d || senses.length < 2) return undefined;
  const [from, to] = clauseBounds(ctx.tokens, i);
  let event = false;
  for (let j = from; j <= to; j++) if (j !== i && eventNoun(drafts[j])) event = true;
  if (!event) return undefined;
  const at = senses.findIndex((s) => !s.prep && !s.reflexive && s.glosses.some((g) => CANCEL.test(g)));
  if (at <= 0) return undefined;
  return { sense: { sense: at, gloss: Math.max(0, senses[at]?.glosses.findIndex((g) => CANCEL.test(g)) ?? 0) } };
}
