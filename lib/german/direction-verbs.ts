// Particles of direction (hin- away from the speaker, her- towards) join any verb of motion: "flog …
// hinunter", "hinauszurennen", "kroch hinaus", whether or not the dictionary lists the whole. Such a verb's
// card composes its meaning from the verb's and the particle's ("to fly down"). gegenüber (opposite) joins
// the verbs of position the same way: "sitzt mir gegenüber" is gegenübersitzen, as Ding's gegenüberstehen
// and gegenüberliegen are.
import type { Lexicon, LexSense } from "./lexicon";

export const DIRECTIONS = new Set([
  "hinunter",
  "herunter",
  "hinauf",
  "herauf",
  "hinaus",
  "heraus",
  "hinein",
  "herein",
  "hinüber",
  "herüber",
  "hinab",
  "herab",
  "heran",
  "herbei",
  "hervor",
  "zurück",
  "weg",
  "fort",
]);

const NO_MOTION = new Set([
  "sein",
  "haben",
  "werden",
  "können",
  "müssen",
  "wollen",
  "sollen",
  "dürfen",
  "mögen",
  "lassen",
]);

/**
 * A verb of motion: one whose perfect takes sein (fliegen, ist geflogen), or one the dictionary has with
 * two or more particles of direction (rennen: hinunterrennen, hinausrennen).
 */
export function motionVerb(lex: Lexicon, inf: string): boolean {
  if (NO_MOTION.has(inf) || !lex.isVerb(inf) || lex.verb(inf)?.particle) return false;
  return lex.cached("motion-verb", inf, () => {
    const entries = lex.entries(inf).filter((e) => e.pos === "verb");
    if (entries.some((e) => e.auxiliaries?.includes("sein"))) return true;
    return [...DIRECTIONS].filter((p) => lex.isVerb(p + inf)).length >= 2;
  });
}

const POSITIONS = new Set(["sitzen", "stehen", "liegen"]);

// entgegen (towards someone) and hinweg (over and past) join verbs of motion and of looking as freely:
// "blickt dem Spiel entgegen", "zieht über Norddeutschland hinweg". Ding glosses neither as an adverb of
// direction (entgegen's first adverb is "perpendicularly"), so the composed meaning takes these.
const TOWARDS_AND_OVER = new Map([
  ["entgegen", "towards"],
  ["hinweg", "over"],
  // vorbei (past, by) as freely: "Bringen Sie Ihr Gerät vorbei", "radelte am See vorbei". Ding's first adverb
  // is "over" (Der Sommer ist vorbei), the copula's, which no verb of motion takes.
  ["vorbei", "by"],
]);

/** Particles that join a class of verbs whether or not the dictionary lists the whole. */
export const PRODUCTIVE_PARTICLES: ReadonlySet<string> = new Set([
  ...DIRECTIONS,
  ...TOWARDS_AND_OVER.keys(),
  "gegenüber",
  "weiter",
]);

/**
 * Whether `particle` + `inf` is a separable verb by rule: a direction and a verb of motion, gegenüber and one of
 * position, weiter (going on: "atmen Sie ruhig weiter", weiteratmen) and any verb that is no auxiliary, modal
 * or copula and no particle verb already.
 */
export function productiveVerb(lex: Lexicon, particle: string, inf: string): boolean {
  if (particle === "gegenüber") return POSITIONS.has(inf);
  if (particle === "weiter")
    return !NO_MOTION.has(inf) && inf !== "bleiben" && lex.isVerb(inf) && !lex.verb(inf)?.particle;
  return (DIRECTIONS.has(particle) || TOWARDS_AND_OVER.has(particle)) && motionVerb(lex, inf);
}

/** "to fly down": the verb's first meaning and the particle's as an adverb, for a whole the dictionary lacks. */
export function composedSenses(lex: Lexicon, lemma: string): LexSense[] {
  if (lex.isVerb(lemma)) return [];
  const particle = [...PRODUCTIVE_PARTICLES].find(
    (p) => lemma.startsWith(p) && productiveVerb(lex, p, lemma.slice(p.length)),
  );
  if (!particle) return [];
  const verb = lex.entries(lemma.slice(particle.length)).find((e) => e.pos === "verb")?.senses[0]?.glosses[0];
  // weiter says the action goes on: "to continue to breathe".
  if (particle === "weiter") return verb?.startsWith("to ") ? [{ glosses: [`to continue ${verb}`], domains: [] }] : [];
  const adverb =
    TOWARDS_AND_OVER.get(particle) ?? lex.entries(particle).find((e) => e.pos === "adv")?.senses[0]?.glosses[0];
  return verb && adverb ? [{ glosses: [`${verb} ${adverb}`], domains: [] }] : [];
}
