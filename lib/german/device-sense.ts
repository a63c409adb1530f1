// A verb of switching with a device or a light: "Kannst du bitte das Licht anmachen?" is anmachen "to turn
// on", not "to light"; "Bitte schalten Sie Ihr Handy aus" ausschalten "to switch off", not "to kill off";
// "Plötzlich ging das Licht aus" ausgehen "to go out", not "to assume". A device is switched on or off.

import { clauseHas, isNounOf, joinRareSense, type ThingKind } from "./kind-sense";
import type { Lexicon, LexSense } from "./lexicon";
import type { MeaningChoice } from "./meaning";
import type { Draft, SentenceContext } from "./sentence-context";

// Devices and lights (or a compound's last part: Deckenlicht, Fernsehgerät).
export const DEVICE_NOUNS: ReadonlySet<string> = new Set(
  `Licht Lampe Fernseher Radio Handy Smartphone Computer Rechner Laptop Heizung Herd Ofen Backofen Motor Maschine
  Gerät Kamera Klimaanlage Scheinwerfer Bildschirm Monitor Drucker Alarmanlage Wecker Lautsprecher`.split(/\s+/),
);

/**
 * Machines, systems and supplies that fail: "Der Computer ist abgestürzt" is abstürzen "to crash", not
 * "to fall"; "Die Heizung ist ausgefallen" ausfallen "to fail", not "to fall out"; "Der Strom fiel aus".
 */
export const MACHINES: ThingKind = {
  nouns: new Set([
    ...DEVICE_NOUNS,
    ...`Server Netz Netzwerk Internet System Programm Software App Aufzug Fahrstuhl Strom Flugzeug Hubschrauber`.split(
      /\s+/,
    ),
  ]),
  gloss: /^to (?:crash|fail|malfunction|break down)$/,
};

/** Machines are serviced: "Die Werft hat den Motor komplett überholt" is überholen "to recondition", not "to pass". */
export const SERVICED: ThingKind = {
  nouns: MACHINES.nouns,
  gloss: /^to (?:overhaul|recondition|refurbish|service|repair)$/,
};

// The English of switching, by the particle's direction: aus is off or out, an and ein on; "to put on", "to
// put out" only where no sense says turn or switch ("to put off" is to postpone).
const OFF = [/^to (?:turn|switch|power) (?:off|out)$|^to go out$/, /^to put out$/];
const ON = [/^to (?:turn|switch|power) on$/, /^to put on$/];

/**
 * The first sense of a verb on aus, an or ein glossed as switching that way, where its clause has a device
 * or a light; a sense the card keeps for the alignment only joins the card, as an object's does.
 */
export function deviceSense(
  lex: Lexicon,
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const d = drafts[i];
  const senses = d?.senses ?? [];
  if (!d || senses.length < 2) return undefined;
  const particle = lex.verb(d.a.lemma)?.particle;
  const tests = particle === "aus" ? OFF : particle === "an" || particle === "ein" ? ON : [];
  if (!tests.length) return undefined;
  if (!clauseHas(ctx, drafts, i, (o) => isNounOf(DEVICE_NOUNS, o))) return undefined;
  for (const test of tests) {
    const fits = (s: LexSense) => !s.prep && !s.reflexive && s.glosses.some((g) => test.test(g));
    const gloss = (s: LexSense) =>
      Math.max(
        0,
        s.glosses.findIndex((g) => test.test(g)),
      );
    const at = senses.findIndex(fits);
    if (at === 0 && gloss(senses[0] as LexSense) === 0) return undefined;
    if (at >= 0) return { sense: { sense: at, gloss: gloss(senses[at] as LexSense) } };
    const rare = joinRareSense(lex, d, fits);
    if (rare === undefined) continue;
    return { sense: { sense: rare, gloss: gloss(d.senses?.[rare] as LexSense) } };
  }
  return undefined;
}

// What one does to a device's setting: "to set", else "to adjust" where Ding files it under another sense.
const SETTING = [/^to set$/, /^to adjust$/];

/**
 * The sense of a verb glossed "to set" or "to adjust", where its clause has a device: "Sie hat die
 * Heizung auf 20 Grad eingestellt" is einstellen "to set", not "to hire" or (as "auf" suggested) sich
 * einstellen auf "to tune in to". Only a sense of its own, neither reflexive nor needing a preposition,
 * and not where the first sense has it already (stellen "to put; to set").
 */
export function settingSense(
  drafts: readonly (Draft | null)[],
  ctx: SentenceContext,
  i: number,
): MeaningChoice | undefined {
  const senses = drafts[i]?.senses ?? [];
  if (senses.length < 2) return undefined;
  if (!clauseHas(ctx, drafts, i, (o) => isNounOf(DEVICE_NOUNS, o))) return undefined;
  for (const test of SETTING) {
    const at = senses.findIndex((s) => !s.prep && !s.reflexive && s.glosses.some((g) => test.test(g)));
    if (at === 0) return undefined;
    if (at > 0)
      return { sense: { sense: at, gloss: Math.max(0, senses[at]?.glosses.findIndex((g) => test.test(g)) ?? 0) } };
  }
  return undefined;
}
