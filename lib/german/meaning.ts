// The meaning of a word in its sentence. A chooser (lib/align, from the sentence's English translation)
// or the sentence's own context picks one sense and one gloss of it; the card then shows that meaning
// first and the other senses after it. Compound parts are chosen the same way (Rad in Radverkehr: bicycle).
import type { LexEntry, Lexicon, LexSense } from "./lexicon";
import type { Draft } from "./sentence-context";
import type { AlignedWord, CompoundPart, Token } from "./types";

export interface SenseChoice {
  sense: number;
  gloss: number;
}

export interface MeaningChoice {
  /** The chosen sense and gloss; absent for a word matched without senses (a name). */
  sense?: SenseChoice;
  /** Per compound part, in part order. */
  parts?: (SenseChoice | undefined)[];
  aligned?: AlignedWord[];
  /**
   * A meaning the lexicon lacks, in the translation's words ("swirl" for Schnecke in "a cinnamon swirl"):
   * shown as a sense of its own, first. `sense` is then absent.
   */
  translated?: string;
}

export interface MeaningCandidate {
  /** Token index in the sentence. */
  token: number;
  text: string;
  lemma: string;
  /**
   * The card's senses, then the lexicon's alignment-only ones (LexEntry.alignOnly), then those of the
   * headword's other entries and of the other verbs a participle is of (see otherSenses).
   */
  senses: readonly LexSense[];
  /** How many of `senses` are the word's own: the rest are tried only when none of those matches fully. */
  ownSenses?: number;
  /** Verbs: used reflexively here, and the lower-case words of the clause (a sense's preposition). */
  reflexive?: boolean;
  clauseWords?: ReadonlySet<string>;
  name: boolean;
  /**
   * An adjective or adverb: a verb's gloss ("to open") from beyond its own senses may not take an English
   * word one of its own glosses matched in part ("open" of "open-minded" for aufgeschlossen).
   */
  adjectival?: boolean;
  /** The sentence's own context chose a sense already (a governed preposition, an object, a reflexive use). */
  contextChosen?: boolean;
  /** The sense the context chose, as an index of `senses`. */
  contextSense?: number;
  /** The context chose a sense by the preposition it governs (setzen auf "to tip"). */
  contextPrep?: boolean;
  /** The context chose a reflexive sense (sich richten "to be directed"). */
  contextReflexive?: boolean;
  /** An adjective (not an adverb). */
  adjective?: boolean;
  /** A common noun. */
  noun?: boolean;
  /** A verb. */
  verb?: boolean;
  /** Place of the word in its sentence, 0 (first token) to 1 (last). */
  place?: number;
  /** Senses of each compound part, alignment-only ones included (empty for a part the lexicon lacks). */
  parts: readonly (readonly LexSense[])[];
}

export interface MeaningSentence {
  paragraph: number;
  sentence: number;
  text: string;
  tokens: readonly Token[];
  candidates: readonly MeaningCandidate[];
}

/** Chooses meanings for a sentence's words; words it leaves out keep the context's choice. */
export type ChooseMeanings = (sentence: MeaningSentence) => ReadonlyMap<number, MeaningChoice>;

const ALIGNED_POS = new Set(["noun", "verb", "adj", "adv", "num", "name"]);
// Mostly auxiliaries: a translation's other words must not pull their rare senses ("Andere Länder haben
// gezeigt, wie es gehen kann" / "… how it can work" is no haben "to work"); their card senses stay on offer.
const AUXILIARIES = new Set(["haben", "sein", "werden"]);

/** Senses of a compound part: its noun (or adjective, verb, combining form) entry in the lexicon. */
export function partSenses(lex: Lexicon, part: CompoundPart): readonly LexSense[] {
  const entries = lex.entries(part.lemma);
  for (const pos of ["noun", "adj", "verb", "comb"]) {
    const e = entries.find((x) => x.pos === pos && x.senses.length);
    if (e) return e.senses;
  }
  return [];
}

/** What a translation may choose from: the senses a card shows, then those kept for the alignment only. */
function alignable(lex: Lexicon, senses: readonly LexSense[]): readonly LexSense[] {
  const more = lex.alignOnlySenses(senses);
  return more.length ? [...senses, ...more] : senses;
}

/**
 * Senses a translation may choose beyond the card's own, ranked after them: the headword's other entries
 * (fertig's "to be worn out" under its verb row, stark's "heavy" for the adverb, ziehen's unlabelled "to
 * move somewhere"), for a past participle the verbs it is a participle of other than the lemma
 * (gefallen → fallen "to drop"; the adjective verdient → verdienen "to earn"; überzogen → überziehen) and,
 * for a noun's plural, Ding's plural-only headword of that plural (Ausgaben "expenses", Daten "data").
 */
function otherSenses(lex: Lexicon, d: Draft, own: readonly LexSense[]): LexSense[] {
  const seen = new Set(own.flatMap((s) => s.glosses));
  const out: LexSense[] = [];
  for (const s of beyondOwnEntry(lex, d))
    if (!s.glosses.every((g) => seen.has(g))) {
      out.push(s);
      for (const g of s.glosses) seen.add(g);
    }
  return out;
}

// The senses of otherSenses before the word's own are taken out, per lexicon by lemma and form: words recur.
const beyondCaches = new WeakMap<Lexicon, Map<string, readonly LexSense[]>>();
const BEYOND_LIMIT = 20_000;

function beyondOwnEntry(lex: Lexicon, d: Draft): readonly LexSense[] {
  const form = d.a.text.toLowerCase();
  const participle = d.a.pos !== "noun" && d.a.particle === undefined;
  const noun = d.a.pos === "noun" && !d.a.name;
  // An idiom's verb offers the idiom's senses (in Aussicht stellen), not the plain verb's.
  const lemma = d.a.idiom ?? d.a.lemma;
  const key = `${lemma}\t${participle ? form : noun ? d.a.text : ""}`;
  let cache = beyondCaches.get(lex);
  if (!cache) {
    cache = new Map();
    beyondCaches.set(lex, cache);
  }
  let out = cache.get(key);
  if (out) return out;
  const senses: LexSense[] = [];
  const add = (e: LexEntry) => senses.push(...e.senses, ...(e.alignOnly ?? []));
  for (const e of lex.entries(lemma)) add(e);
  if (participle) {
    for (const verb of lex.verbsOf(form)) {
      if (verb === lemma || !isParticipleOf(lex, verb, form)) continue;
      for (const e of lex.entries(verb)) if (e.pos === "verb") add(e);
    }
    // A participle read as its verb may still be Ding's adjective of the form ("ist im Krieg gefallen" /
    // "was killed in the war": gefallen "killed in action", where fallen has no such sense).
    if (d.a.pos === "verb" && form !== lemma) for (const e of lex.entries(form)) if (e.pos === "adj") add(e);
  }
  if (noun) for (const e of pluralOnlyEntries(lex, lemma, d.a.text)) add(e);
  out = senses;
  if (cache.size >= BEYOND_LIMIT) cache.clear();
  cache.set(key, out);
  return out;
}

/**
 * Ding's plural-only headword of the noun's plural, where the form is that plural or its dative (-n): the
 * plural may name what the singular does not (die Ausgaben "expenses", die Ausgabe "edition"; Daten "data",
 * Datum "date"; unter Umständen, Umstände "circumstances", der Umstand "fact").
 */
function pluralOnlyEntries(lex: Lexicon, lemma: string, form: string): LexEntry[] {
  const plural = lex
    .entries(lemma)
    .flatMap((e) => (e.pos === "noun" ? e.plurals : []))
    .find((p) => p !== lemma && (form === p || form === `${p}n`));
  return plural ? lex.entries(plural).filter((e) => e.pos === "noun" && e.pluralOnly) : [];
}

function isParticipleOf(lex: Lexicon, verb: string, form: string): boolean {
  return (
    lex.conjugation(verb)?.A?.includes(form) === true ||
    lex.entries(verb).some((e) => e.pos === "verb" && e.forms.includes(form))
  );
}

function offered(lex: Lexicon, d: Draft): Pick<MeaningCandidate, "senses" | "ownSenses"> {
  const own = AUXILIARIES.has(d.a.lemma) ? (d.senses ?? []) : alignable(lex, d.senses ?? []);
  if (d.a.name || AUXILIARIES.has(d.a.lemma)) return { senses: own };
  const more = otherSenses(lex, d, own);
  return more.length ? { senses: [...own, ...more], ownSenses: own.length } : { senses: own };
}

/** The words of a sentence worth matching to its translation (content words and names). */
export function meaningCandidates(lex: Lexicon, drafts: readonly (Draft | null)[]): MeaningCandidate[] {
  const out: MeaningCandidate[] = [];
  // Places count words only, as an English sentence's do: no punctuation.
  const words = drafts.map((d) => d !== null && /[\p{L}\p{N}]/u.test(d.a.text));
  const wordCount = words.filter(Boolean).length;
  let wordAt = -1;
  drafts.forEach((d, token) => {
    if (words[token]) wordAt++;
    if (!d || !ALIGNED_POS.has(d.a.pos)) return;
    // The particle of a split verb ("an" of kündigte … an) follows its verb's choice.
    if (d.a.particle !== undefined && d.a.text === d.a.particle) return;
    out.push({
      token,
      text: d.a.text,
      lemma: d.a.idiom ?? d.a.lemma,
      ...offered(lex, d),
      ...(d.a.reflexive && { reflexive: true }),
      ...(d.clauseWords && { clauseWords: d.clauseWords }),
      name: d.a.name === true,
      ...((d.a.pos === "adj" || d.a.pos === "adv") && { adjectival: true }),
      ...(d.a.pos === "adj" && { adjective: true }),
      ...(d.choice?.sense && { contextChosen: true, contextSense: d.choice.sense.sense }),
      ...(d.choice?.sense && d.senses?.[d.choice.sense.sense]?.prep !== undefined && { contextPrep: true }),
      ...(d.choice?.sense && d.senses?.[d.choice.sense.sense]?.reflexive && { contextReflexive: true }),
      ...(d.a.pos === "noun" && !d.a.name && { noun: true }),
      ...(d.a.pos === "verb" && { verb: true }),
      place: wordCount > 1 ? Math.max(wordAt, 0) / (wordCount - 1) : 0,
      parts: (d.a.parts ?? []).map((p) => alignable(lex, partSenses(lex, p))),
    });
  });
  return out;
}

/**
 * Attaches choices to drafts; a split verb's particle shares its verb's. A sense the card does not show
 * (an alignment-only one) joins the draft's senses when chosen, so that the card shows it first.
 */
export function attachChoices(
  drafts: readonly (Draft | null)[],
  candidates: readonly MeaningCandidate[],
  choices: ReadonlyMap<number, MeaningChoice>,
): void {
  for (const [token, given] of choices) {
    const d = drafts[token];
    if (!d) continue;
    const choice = withChosenSense(d, candidates.find((c) => c.token === token)?.senses ?? [], given);
    d.choice = choice;
    const partner = d.a.partnerIndex === undefined ? undefined : drafts[d.a.partnerIndex];
    if (partner && partner.a.particle !== undefined && partner.a.text === partner.a.particle) {
      partner.choice = choice;
      if (choice !== given && d.senses) partner.senses = d.senses;
    }
  }
}

function withChosenSense(d: Draft, offered: readonly LexSense[], choice: MeaningChoice): MeaningChoice {
  const own = d.senses ?? [];
  if (choice.translated !== undefined) {
    d.senses = [...own, { glosses: [choice.translated], domains: [] }];
    return { ...choice, sense: { sense: own.length, gloss: 0 } };
  }
  const at = choice.sense?.sense;
  const chosen = at === undefined || at < own.length ? undefined : offered[at];
  if (!chosen || !choice.sense) return choice;
  d.senses = [...own, chosen];
  return { ...choice, sense: { sense: own.length, gloss: choice.sense.gloss } };
}

/** Senses with the chosen one first and, inside it, the chosen gloss first. */
export function chosenOrder(senses: readonly LexSense[], choice: SenseChoice): readonly LexSense[] {
  const chosen = senses[choice.sense];
  if (!chosen) return senses;
  const gloss = chosen.glosses[choice.gloss];
  const first: LexSense = {
    ...chosen,
    glosses: gloss === undefined ? chosen.glosses : [gloss, ...chosen.glosses.filter((_, i) => i !== choice.gloss)],
  };
  return [first, ...senses.filter((_, i) => i !== choice.sense)];
}

const ARTICLE = /^(?:the|a|an|to) /;

/**
 * Compound parts glossed as chosen. Parts are shared with the compound cache, so they are copied; a
 * gloss the engine composed from the parts ("bus net") is composed again from the chosen ones.
 */
export function applyPartChoices(lex: Lexicon, d: Draft): void {
  const chosen = d.choice?.parts;
  const parts = d.a.parts;
  if (!chosen || !parts) return;
  const before = parts.map((p) => p.gloss.replace(ARTICLE, "")).join(" ");
  d.a.parts = parts.map((p, i) => {
    const c = chosen[i];
    const gloss = c && alignable(lex, partSenses(lex, p))[c.sense]?.glosses[c.gloss];
    return gloss ? { ...p, gloss } : { ...p };
  });
  const composed = d.a.glosses[0];
  if (composed && composed === before && d.a.glosses.length === 1)
    d.a.glosses = [d.a.parts.map((p) => p.gloss.replace(ARTICLE, "")).join(" ")];
}
