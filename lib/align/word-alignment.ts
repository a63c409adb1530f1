// Word alignment of one German sentence with its English translation, from the lexicon's glosses:
// every gloss of every sense of every content word is looked for in the translation, and the best
// matches are taken first, each English word going to one German word only (competitive linking).
// The sense whose gloss the translator actually used is the meaning in this sentence.
import type { LexSense } from "@/lib/german/lexicon";
import type { MeaningCandidate, MeaningChoice, SenseChoice } from "@/lib/german/meaning";
import type { AlignedWord } from "@/lib/german/types";
import { adjectiveGaps } from "./adjective-gaps";
import { type EnglishWord, englishKey, englishWords } from "./english";
import { anySenseSynonyms, englishSynonyms, isEnglishVerb } from "./english-synonyms";
import { type GlossShape, glossShape, matchGloss, slashVariants } from "./gloss-match";
import { fitsGap, type Gap, gapLinks, gapNouns, gapVerbs, type OpenWord, receivesGap } from "./translation-gaps";

interface Link {
  /** Candidate index; part index for a compound part. */
  candidate: number;
  part?: number;
  choice?: SenseChoice;
  score: number;
  words: number[];
}

const shapes = new Map<string, GlossShape>();
const SHAPE_LIMIT = 20_000;
const variantShapes = new Map<string, GlossShape[]>();

/** The shapes of a gloss's readings ("to withdraw/draw": to withdraw, to draw); any of them may match. */
function shapesOf(gloss: string): GlossShape[] {
  let out = variantShapes.get(gloss);
  if (!out) {
    if (variantShapes.size >= SHAPE_LIMIT) variantShapes.clear();
    out = slashVariants(gloss).map(shapeOf);
    variantShapes.set(gloss, out);
  }
  return out;
}

function shapeOf(gloss: string): GlossShape {
  let shape = shapes.get(gloss);
  if (!shape) {
    if (shapes.size >= SHAPE_LIMIT) shapes.clear();
    shape = glossShape(gloss);
    const { lookup, copula, verb } = shape;
    if (lookup && copula) shape.synonyms = copulaSynonyms(lookup);
    else if (lookup)
      shape.synonyms = englishSynonyms(lookup, verb).map((s) => ({
        shape: glossShape(verb ? `to ${s.text}` : s.text),
        rank: s.rank,
      }));
    shapes.set(gloss, shape);
  }
  return shape;
}

/**
 * Synonyms of the word after a copula: a participle's are its verb's ("to be directed at": aim, "is
 * aimed at"), an adjective's its own ("to be adequate": enough).
 */
function copulaSynonyms(word: string) {
  if (word.endsWith("ed"))
    for (const base of participleBases(word)) {
      const verbs = englishSynonyms(base, true);
      if (verbs.length) return verbs.map((s) => ({ shape: glossShape(`to ${s.text}`), rank: s.rank }));
    }
  return englishSynonyms(word, false).map((s) => ({ shape: glossShape(s.text), rank: s.rank }));
}

/**
 * A verb's participle matched by its adjective's gloss, an English participle ("gestimmt" adj. "tuned"): the
 * card is the verb's, so it shows the English verb ("Jede Pfeife wird einzeln gestimmt": "to tune", not "tuned").
 */
function participleAsVerb(c: MeaningCandidate, choice: SenseChoice): string | undefined {
  if (!c.verb || choice.sense < (c.ownSenses ?? c.senses.length)) return undefined;
  const gloss = c.senses[choice.sense]?.glosses[choice.gloss]?.trim();
  if (!gloss || !/^[a-z]{3,}ed$/.test(gloss)) return undefined;
  const base = participleBases(gloss).find((b) => isEnglishVerb(b));
  return base && `to ${base}`;
}

/** The verbs a regular -ed participle may be of: directed → direct, pleased → please, stopped → stop. */
export function participleBases(word: string): string[] {
  const stem = word.slice(0, -2);
  const out = [stem, `${stem}e`];
  if (/([b-df-hj-np-tv-z])\1$/.test(stem)) out.push(stem.slice(0, -1));
  if (stem.endsWith("i")) out.push(`${stem.slice(0, -1)}y`);
  return out;
}

/**
 * The best match of each gloss of each sense. Ties go to the earlier (more common) sense, also between
 * German words: in "den Teig gehen lassen" / "leave the dough to rise", "leave" is lassen's first sense
 * and only one of gehen's later ones.
 */
function bestSenseMatch(
  senses: readonly LexSense[],
  english: readonly EnglishWord[],
  taken: ReadonlySet<number>,
  own = senses.length,
  clauseFit: (s: LexSense) => number = () => 0,
  adjectival = false,
  contextSense?: number,
  governed = false,
): Omit<Link, "candidate"> | undefined {
  let best: Omit<Link, "candidate"> | undefined;
  // The English words an adjective's own senses matched, in part or in full.
  let ownWords: ReadonlySet<number> = new Set();
  for (let sense = 0; sense < senses.length; sense++) {
    // Senses from beyond the word's own entry only when none of its own matched fully.
    if (sense === own && best && best.score >= 100 - 0.01 * own) break;
    if (sense === own && adjectival && best) ownWords = new Set(best.words);
    senses[sense]?.glosses.forEach((g, gloss) => {
      for (const shape of shapesOf(g)) {
        const m = matchGloss(shape, english, taken);
        // An adjective's own sense that the English word matched ("open" of "open-minded") stays before
        // another entry's verb ("to open" of aufschließen, whose participle aufgeschlossen also is).
        if (m && shape.verb && sense >= own && m.words.some((w) => ownWords.has(w))) continue;
        // A phrasal verb's gloss found without its particle does not overrule the sense the sentence chose.
        if (m?.lacksParticle && contextSense !== undefined && sense !== contextSense) continue;
        // Nor does a verb's gloss found in an English noun ("to centre on" in "at the science centre").
        if (m?.inNoun && contextSense !== undefined && sense !== contextSense) continue;
        // Nor does a synonym's, where the clause chose the sense by a reflexive or a governed preposition: "Die
        // Formel bezieht sich auf Spalte B" / "The formula uses column B" stays "to refer to", not "to apply".
        if (m?.synonym && governed && contextSense !== undefined && sense !== contextSense) continue;
        const score = m && m.score - 0.01 * sense + clauseFit(senses[sense] as LexSense);
        if (m && score !== undefined && (!best || score > best.score))
          best = {
            choice: {
              sense,
              gloss: m.headOnly && !m.nounHead ? firstFull(senses[sense] as LexSense, gloss) : gloss,
            },
            score,
            words: m.words,
          };
      }
    });
  }
  return best;
}

/**
 * The gloss shown for a sense that a part of one of its glosses matched: the sense's first gloss, unless that
 * is made of light words only ("to be +" of verlaufen, where the matched "to run a particular course" says more).
 */
function firstFull(sense: LexSense, matched: number): number {
  const first = sense.glosses[0];
  return first !== undefined && shapeOf(first).light ? matched : 0;
}

/** A name matches itself or its English form ("China", "Peking" → Beijing). */
function nameMatch(c: MeaningCandidate, english: readonly EnglishWord[], taken: ReadonlySet<number>) {
  const keys = new Set([englishKey(c.text), englishKey(c.lemma)]);
  const byGloss = c.senses.length ? bestSenseMatch(c.senses, english, taken) : undefined;
  if (byGloss) return byGloss;
  const at = english.findIndex((w, i) => !taken.has(i) && w.keys.some((k) => keys.has(k)));
  return at >= 0 ? { score: 100, words: [at] } : undefined;
}

function candidateMatch(c: MeaningCandidate, english: readonly EnglishWord[], taken: ReadonlySet<number>) {
  if (c.name) return nameMatch(c, english, taken);
  const context = c.contextChosen ? c.contextSense : undefined;
  const governed = c.contextPrep === true || c.contextReflexive === true;
  const m = bestSenseMatch(c.senses, english, taken, c.ownSenses, fitOf(c), c.adjectival, context, governed);
  return m && writtenInSense(c, english, m) ? { ...m, score: m.score + AS_WRITTEN } : m;
}

// An English word written exactly as a gloss of the sense it matched is the closer match where two German
// words' glosses share its key: in "the lenses in my glasses", "glasses" is Brille's gloss as written and only
// an inflected "glass" of Glas, which then takes "lenses". Less than a sense's rank (0.01), it decides ties
// between words only; the gloss shown is still chosen as before ("circumstance" for Umstand, not "circumstances").
const AS_WRITTEN = 0.005;

function writtenInSense(c: MeaningCandidate, english: readonly EnglishWord[], m: Omit<Link, "candidate">): boolean {
  const [at] = m.words;
  const text = at === undefined || m.words.length > 1 ? undefined : english[at]?.text.toLowerCase();
  const sense = m.choice && c.senses[m.choice.sense];
  return text !== undefined && sense?.glosses.some((g) => g.toLowerCase() === text) === true;
}

/**
 * Between senses the translation matches equally, the one whose use fits the German clause: a reflexive
 * sense when the verb is reflexive here, a sense with its preposition when the clause has it as a word of
 * its own (a contraction is often no object: "führt zur Pause" is "leads at half time") ("sich richten
 * an": "to be directed", not "to direct", for "is aimed at"). A tenth of a point: it decides near-ties only.
 */
function fitOf(c: MeaningCandidate): (s: LexSense) => number {
  return (s) => {
    if (!s.reflexive && !s.prep) return 0;
    const fits = (!s.reflexive || c.reflexive === true) && (!s.prep || c.clauseWords?.has(s.prep) === true);
    return fits ? 0.1 : -0.1;
  };
}

function aligned(english: readonly EnglishWord[], words: readonly number[]): AlignedWord[] {
  return [...new Set(words)]
    .sort((a, b) => a - b)
    .flatMap((i) => {
      const w = english[i];
      return w ? [{ text: w.text, sentence: w.sentence, start: w.start, end: w.end }] : [];
    });
}

/** Meanings of a sentence's words chosen by its translation (one or more English sentences). */
export function alignMeanings(
  candidates: readonly MeaningCandidate[],
  translation: readonly string[],
  german?: string,
): Map<number, MeaningChoice> {
  const english = englishWords(translation);
  const taken = new Set<number>();
  const links: Link[] = [];
  candidates.forEach((c, candidate) => {
    const m = candidateMatch(c, english, taken);
    if (m) links.push({ candidate, ...m });
  });
  const done = new Set<number>();
  const accepted = new Map<number, Link>();
  // Best links first; a link whose English words were taken meanwhile is matched again without them.
  while (links.length) {
    links.sort((a, b) => b.score - a.score || a.candidate - b.candidate);
    const link = links.shift();
    if (!link || done.has(link.candidate)) continue;
    if (link.words.some((w) => taken.has(w))) {
      const c = candidates[link.candidate];
      const again = c && candidateMatch(c, english, taken);
      if (again) links.push({ candidate: link.candidate, ...again });
      continue;
    }
    done.add(link.candidate);
    accepted.set(link.candidate, link);
    for (const w of link.words) taken.add(w);
  }
  for (const link of rareSynonymLinks(candidates, english, taken, accepted)) accepted.set(link.candidate, link);
  const partsOf = candidates.map((c, i) => partChoices(c, english, taken, accepted.get(i)?.words ?? []));
  const gaps = translationGaps(
    candidates,
    english,
    taken,
    accepted,
    partsOf,
    german !== undefined && oneClause(german),
  );
  const adjectives = openAdjectives(candidates, english, taken, accepted, partsOf);
  const choices = new Map<number, MeaningChoice>();
  candidates.forEach((c, i) => {
    const link = accepted.get(i);
    const parts = partsOf[i];
    const gap = gaps.get(i);
    const adjective = adjectives.get(i);
    if (adjective !== undefined) {
      choices.set(c.token, {
        aligned: aligned(english, [adjective]),
        translated: english[adjective]?.text.toLowerCase(),
      });
      return;
    }
    if (gap) {
      choices.set(c.token, { aligned: aligned(english, gap.words), translated: gap.gloss });
      return;
    }
    if (!link && !parts) return;
    const choice: MeaningChoice = { aligned: aligned(english, [...(link?.words ?? []), ...(parts?.words ?? [])]) };
    if (link?.choice) choice.sense = link.choice;
    const verbOfParticiple = link?.choice && participleAsVerb(c, link.choice);
    if (verbOfParticiple) {
      choices.set(c.token, { aligned: choice.aligned, translated: verbOfParticiple });
      return;
    }
    if (parts) choice.parts = parts.choices;
    choices.set(c.token, choice);
  });
  return choices;
}

/**
 * Ambiguous adjectives the translation matched none of, with the English adjective in their place
 * (adjective-gaps.ts): before the English of the noun right after them, or after a form of be.
 */
function openAdjectives(
  candidates: readonly MeaningCandidate[],
  english: readonly EnglishWord[],
  taken: Set<number>,
  accepted: ReadonlyMap<number, Link>,
  partsOf: readonly ({ words: number[] } | undefined)[],
): Map<number, number> {
  const open = [...candidates.keys()].filter((i) => {
    const c = candidates[i];
    return c?.adjective && !c.contextChosen && !accepted.has(i) && !partsOf[i] && (c.ownSenses ?? c.senses.length) >= 2;
  });
  if (!open.length) return new Map();
  const nounWords = (i: number) => {
    const token = candidates[i]?.token ?? 0;
    const n = candidates.findIndex((c, j) => j > i && c.noun && c.token <= token + 2);
    return n >= 0 ? accepted.get(n)?.words : undefined;
  };
  return adjectiveGaps(candidates, english, taken, open, nounWords);
}

/**
 * Where a German word's English should stand, by its nearest neighbour the translation matched: as far
 * before or after that neighbour's English words as the word stands from it ("einem Auflauf von
 * Demonstranten" / "a crowd of protesters": just before "protesters", wherever the phrase stands).
 */
function anchoredPlace(
  candidates: readonly MeaningCandidate[],
  english: readonly EnglishWord[],
  accepted: ReadonlyMap<number, Link>,
  place: number,
): number | undefined {
  let best: { offset: number; link: Link } | undefined;
  for (const [i, link] of accepted) {
    const at = candidates[i]?.place;
    if (at === undefined || !link.words.length) continue;
    const offset = place - at;
    if (!best || Math.abs(offset) < Math.abs(best.offset)) best = { offset, link };
  }
  if (!best || english.length < 2) return undefined;
  const edge = best.offset > 0 ? Math.max(...best.link.words) : Math.min(...best.link.words);
  return edge / (english.length - 1) + best.offset;
}

/**
 * Whether a German sentence is one clause: German sets every subordinate clause off with a comma (dass,
 * weil, a relative clause), so a sentence without one has none.
 */
export function oneClause(german: string): boolean {
  return !/[,;:]/.test(german);
}

// haben, sein, werden take no leftover English verb, nor compete for one: mostly auxiliaries, they would take
// the participle's ("Niemand hat das Telefon abgenommen" / "Nobody answered the phone": answered is
// abnehmen's).
const AUXILIARIES = new Set(["haben", "sein", "werden"]);

/**
 * Ambiguous nouns and verbs the translation matched nothing of, with the English noun or verb left over at
 * their place (translation-gaps.ts); every noun or verb left unmatched competes for those, but only these
 * take one as meaning.
 */
function translationGaps(
  candidates: readonly MeaningCandidate[],
  english: readonly EnglishWord[],
  taken: ReadonlySet<number>,
  accepted: ReadonlyMap<number, Link>,
  partsOf: readonly ({ words: number[] } | undefined)[],
  germanOneClause: boolean,
): Map<number, Gap> {
  const open: OpenWord[] = [];
  candidates.forEach((c, candidate) => {
    const kind = c.noun ? "noun" : c.verb && !AUXILIARIES.has(c.lemma) ? "verb" : undefined;
    if (!kind || accepted.has(candidate) || partsOf[candidate] || c.place === undefined) return;
    const word: OpenWord = { candidate, place: c.place, kind, receiving: receivesGap(c) };
    const anchored = anchoredPlace(candidates, english, accepted, c.place);
    if (anchored !== undefined) word.anchored = anchored;
    open.push(word);
  });
  const out = new Map<number, Gap>();
  if (!open.some((n) => n.receiving)) return out;
  const used = new Set([...taken, ...partsOf.flatMap((p) => p?.words ?? [])]);
  // A German sentence of one clause has no verb for an English subordinate clause's: "Die Ware wird bis zur
  // Auslieferung gelagert" / "… kept … until they are shipped" leaves "shipped" to the noun Auslieferung.
  const verbs = gapVerbs(english, used).filter((g) => !(germanOneClause && g.subordinate));
  const gaps = [...gapNouns(english, used), ...verbs];
  for (const { candidate, gap } of gapLinks(open, gaps)) {
    const c = candidates[candidate];
    if (c && fitsGap(c, gap)) out.set(candidate, gap);
  }
  return out;
}

/**
 * Compound parts matched in the translation ("Rad" of Radverkehr → "bicycle"): never another word's
 * English words, and their own compound's only when it matched one word per part ("election victory"
 * for Wahl + Sieg; "jobs" for Arbeits|platz is the whole, not a part).
 */
function partChoices(
  c: MeaningCandidate,
  english: readonly EnglishWord[],
  taken: ReadonlySet<number>,
  own: readonly number[],
): { choices: (SenseChoice | undefined)[]; words: number[] } | undefined {
  if (c.parts.length < 2) return undefined;
  const reuse = own.length >= c.parts.length;
  const blocked = new Set([...taken].filter((w) => !(reuse && own.includes(w))));
  const words: number[] = [];
  let any = false;
  const choices = c.parts.map((senses) => {
    const m = bestSenseMatch(senses, english, blocked);
    if (!m?.choice || m.score < 100) return undefined;
    any = true;
    for (const w of m.words) {
      blocked.add(w);
      words.push(w);
    }
    return m.choice;
  });
  return any ? { choices, words } : undefined;
}

// Per verb gloss: its synonyms through any sense, as shapes, best ranked first.
const rareShapes = new Map<string, RareSynonym[]>();

interface RareSynonym {
  shape: GlossShape;
  /** The sum of the shared sense's places for the two words (0 when it is the most frequent of both). */
  rank: number;
}

/**
 * The shapes of the synonyms of a verb's gloss through any sense of either word ("to hand": pass). Nouns'
 * and adjectives' rarer senses made wrong links on the development sets ("stark" and "severe" share one).
 */
function rareSynonymShapes(shape: GlossShape): readonly RareSynonym[] {
  const { lookup, verb, copula } = shape;
  if (!lookup || copula || !verb) return [];
  let out = rareShapes.get(lookup);
  if (!out) {
    if (rareShapes.size >= SHAPE_LIMIT) rareShapes.clear();
    out = anySenseSynonyms(lookup, true)
      .map((s) => ({ shape: glossShape(`to ${s.text}`), rank: s.rank }))
      // A light verb alone ("make" of "to hit") is no evidence; with its particle ("come out") it is.
      .filter((s) => s.shape.extra.length > 0 || !s.shape.light);
    rareShapes.set(lookup, out);
  }
  return out;
}

/**
 * Verbs the translation matched nothing of, linked to an English word left over that WordNet gives as a
 * synonym of one of their glosses through a rarer sense of either ("pass me the salt": reichen "to hand";
 * "leave the dough to rise": gehen "to prove"). The best ranked synonym decides, an earlier sense breaking
 * ties; each English word goes to one German word. Where the sentence's context chose a sense, only that
 * sense may link: the synonym confirms the context, it does not overrule it.
 */
function rareSynonymLinks(
  candidates: readonly MeaningCandidate[],
  english: readonly EnglishWord[],
  taken: Set<number>,
  accepted: ReadonlyMap<number, Link>,
): Link[] {
  const links: Link[] = [];
  candidates.forEach((c, candidate) => {
    if (c.name || accepted.has(candidate) || c.senses.length < 2) return;
    let best: Link | undefined;
    c.senses.forEach((sense, at) => {
      if (c.contextChosen && at !== c.contextSense) return;
      sense.glosses.forEach((g, gloss) => {
        for (const shape of shapesOf(g))
          for (const { shape: synonym, rank } of rareSynonymShapes(shape)) {
            const m = matchGloss(synonym, english, taken);
            // A phrasal synonym counts only with its particle: "moved" is not "move on".
            if (!m || m.score < 100 || m.words.length < synonym.core.length + synonym.extra.length) continue;
            const score = -rank - 0.01 * at;
            if (!best || score > best.score) best = { candidate, choice: { sense: at, gloss }, score, words: m.words };
          }
      });
    });
    if (best) links.push(best);
  });
  const out: Link[] = [];
  for (const link of links.sort((a, b) => b.score - a.score)) {
    if (link.words.some((w) => taken.has(w))) continue;
    for (const w of link.words) taken.add(w);
    out.push(link);
  }
  return out;
}
