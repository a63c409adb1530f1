// A correction of the engine's analysis of one word, as data: which fields the learner (or the passage's
// teacher) changed, and how a card's entry looks with them. Pure: no framework imports.
//
// The rule for where a correction applies: the same surface form (exact spelling, capitals included) met
// where the engine read the same part of speech. "Morgen" read as a noun and "Morgen" read as an adverb
// at the start of a sentence are two kinds of context; "morgen" is another surface form.
import type { CardEntry } from "@/lib/german/types";
// Only the type: the zod schema stays out of the reader's bundle (it loads with the correction form).
import type { CorrectionPatch } from "./schema";

export type { CorrectionPatch };

export type CorrectedBy = "you" | "teacher";

/** A correction as the reader receives it. */
export interface ReaderCorrection {
  surface: string;
  enginePos: string;
  patch: CorrectionPatch;
  by: CorrectedBy;
}

export type CorrectedEntry = CardEntry & { correctedBy?: CorrectedBy };

/** The entry with the patch's fields in place of the engine's. */
export function applyPatch(entry: CardEntry, patch: CorrectionPatch): CardEntry {
  const next: CardEntry = { ...entry };
  if (patch.lemma !== undefined) next.lemma = patch.lemma;
  if (patch.pos !== undefined) next.pos = patch.pos;
  if (patch.gender === null) delete next.gender;
  else if (patch.gender !== undefined) next.gender = patch.gender;
  if (patch.plural === null) delete next.plural;
  else if (patch.plural !== undefined) next.plural = patch.plural;
  if (patch.parts === null) delete next.parts;
  else if (patch.parts !== undefined)
    next.parts = patch.parts.map((part) => ({ text: part.text, lemma: part.text, gloss: part.gloss }));
  if (patch.gloss !== undefined) next.glosses = [patch.gloss, ...entry.glosses.filter((g) => g !== patch.gloss)];
  if (patch.name === true) next.name = true;
  else if (patch.name === false) delete next.name;
  // A corrected word is one the learner vouches for: no "not in the dictionary" warning.
  if (patch.lemma !== undefined || patch.gloss !== undefined) next.known = true;
  // The engine's grammar was read for its own lemma and part of speech: another word's would mislead.
  if (patch.lemma !== undefined || patch.pos !== undefined) {
    delete next.weak;
    delete next.adjectival;
    delete next.reflexive;
    delete next.principalParts;
    delete next.form;
  }
  return next;
}

/**
 * The card's entry for a word met as `surface`: the engine's analysis, then the passage teacher's
 * correction, then the learner's own (the nearer one wins), marked with who corrected it last.
 */
export function correctEntry(entry: CardEntry, surface: string, corrections: ReaderCorrection[]): CorrectedEntry {
  const matching = corrections.filter((c) => c.surface === surface && c.enginePos === entry.pos);
  const teacher = matching.find((c) => c.by === "teacher");
  const own = matching.find((c) => c.by === "you");
  let result: CorrectedEntry = entry;
  if (teacher) result = { ...applyPatch(result, teacher.patch), correctedBy: "teacher" };
  if (own) result = { ...applyPatch(result, own.patch), correctedBy: "you" };
  return result;
}

/** The fields of `wanted` that differ from `entry`: what a correction form sends. */
export function patchBetween(entry: CardEntry, wanted: CardEntry): Partial<CorrectionPatch> {
  const patch: Partial<CorrectionPatch> = {};
  if (wanted.lemma !== entry.lemma) patch.lemma = wanted.lemma;
  if (wanted.pos !== entry.pos) patch.pos = wanted.pos;
  if ((wanted.gender ?? null) !== (entry.gender ?? null)) patch.gender = wanted.gender ?? null;
  if ((wanted.plural ?? null) !== (entry.plural ?? null)) patch.plural = wanted.plural ?? null;
  const split = (e: CardEntry) => (e.parts && e.parts.length > 1 ? e.parts.map((p) => p.text).join("+") : "");
  if (split(wanted) !== split(entry))
    patch.parts =
      wanted.parts && wanted.parts.length > 1 ? wanted.parts.map(({ text, gloss }) => ({ text, gloss })) : null;
  if (wanted.glosses[0] !== undefined && wanted.glosses[0] !== entry.glosses[0]) patch.gloss = wanted.glosses[0];
  if (Boolean(wanted.name) !== Boolean(entry.name)) patch.name = Boolean(wanted.name);
  return patch;
}
