// Senses the lexicon lacks, read off the translation: an ambiguous German noun none of whose glosses the
// translation has ("eine Schnecke mit Zimt" / "a cinnamon swirl": Ding's Schnecke is a snail or a screw,
// never a pastry) takes the English noun left over at its place in the sentence, once every other German
// word has taken its own English words. Nouns left unmatched compete for the English nouns left over, nearest
// place first, so that one word's translation does not go to another.
import type { MeaningCandidate } from "@/lib/german/meaning";
import { type EnglishWord, englishKey } from "./english";

/** An English noun (with the leftover nouns right before it: "extractor hood") a German noun may take. */
export interface GapNoun {
  /** Indices into the English words, in order. */
  words: number[];
  /** Place in the translation, 0 to 1. */
  place: number;
}

// Words that head no noun phrase: articles, pronouns, prepositions, auxiliaries, conjunctions, adverbs of
// degree and time.
const CLOSED = new Set(
  `a an the this that these those my your his her its our their some any no every each all both either neither
  one another other such what which who whom whose i you he she it we they me him us them myself yourself itself
  of in on at by for from with into onto out up down off over about after before against among between through
  under upon within without around away back to as than and or but nor so yet if when while because although
  though since until unless whether be is are was were been being am have has had having do does did done
  will would shall should can could may might must not never also very too quite rather just only even still
  already again here there then now today tomorrow yesterday once always often sometimes soon later ago more
  most less least much many few lot lots well how why where yes ago else ever enough
  two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty
  ninety hundred thousand million billion`.split(/\s+/),
);

// Words that open a noun phrase: a determiner, a possessive, a preposition ("on average", "in ruin").
const OPENERS = new Set(
  `a an the this that these those my your his her its our their some any no every each another such
  of in on at by for from with into onto about after before against among between through under upon within
  without around to`.split(/\s+/),
);

// Nouns of complex prepositions ("in front of", "on top of", "in spite of"): no meaning of their own.
const PREPOSITION_NOUNS = new Set(
  "front top spite behalf case terms account place view favour favor charge".split(" "),
);
const PREPOSITION_OPENERS = new Set(["in", "on", "at", "by"]);

function complexPreposition(english: readonly EnglishWord[], i: number): boolean {
  return (
    PREPOSITION_NOUNS.has(lower(english[i])) &&
    PREPOSITION_OPENERS.has(lower(english[i - 1])) &&
    lower(english[i + 1]) === "of"
  );
}

// How far apart (in places of the sentence, 0 to 1) a German noun and an English one may stand.
const MAX_DISTANCE = 0.3;
// Content words a noun phrase may have before its head ("a cinnamon swirl", "a big old house").
const MAX_MODIFIERS = 2;

const lower = (w: EnglishWord | undefined) => w?.text.toLowerCase() ?? "";

/** A word that may head a noun phrase: a word of letters, no closed-class word, no verb form. */
function contentWord(w: EnglishWord | undefined): boolean {
  if (!w || !/^\p{L}+$/u.test(w.text)) return false;
  const text = lower(w);
  return !CLOSED.has(text) && !OPENERS.has(text);
}

/** Looks like a verb's or an adverb's form: irregular ("saw" of see, "left"), -ed or -ly. */
function verbOrAdverbForm(w: EnglishWord): boolean {
  const text = lower(w);
  if (/(?:ed|ly)$/.test(text) && text.length > 4) return true;
  const own = englishKey(w.text);
  return w.keys.some((k) => k !== own);
}

/**
 * The English nouns left over: the last content word of a noun phrase opened by a determiner or a
 * preposition (up to two content words before it), with the leftover content words right before it.
 * A capitalised word inside the sentence is a name, no gap's meaning.
 */
export function gapNouns(english: readonly EnglishWord[], taken: ReadonlySet<number>): GapNoun[] {
  const out: GapNoun[] = [];
  english.forEach((w, i) => {
    if (taken.has(i) || !contentWord(w) || verbOrAdverbForm(w) || complexPreposition(english, i)) return;
    const next = english[i + 1];
    // The head is the phrase's last content word: "extractor" of "extractor hood" is not one.
    if (next && next.sentence === w.sentence && contentWord(next)) return;
    let start = i;
    let opened = false;
    for (let k = 1; k <= MAX_MODIFIERS + 1; k++) {
      const b = english[i - k];
      if (!b || b.sentence !== w.sentence) break;
      if (OPENERS.has(lower(b))) {
        opened = true;
        break;
      }
      if (!contentWord(b)) break;
    }
    if (!opened) return;
    // The leftover modifiers right before the head belong to the meaning ("extractor hood").
    while (start > 0 && !taken.has(start - 1) && contentWord(english[start - 1]) && isLower(english[start - 1]))
      start--;
    if (!isLower(w) && !sentenceStart(english, i)) return;
    const words: number[] = [];
    for (let k = start; k <= i; k++) words.push(k);
    out.push({ words, place: placeOf(english, i) });
  });
  return out;
}

const isLower = (w: EnglishWord | undefined) => w !== undefined && w.text === w.text.toLowerCase();

function sentenceStart(english: readonly EnglishWord[], i: number): boolean {
  return i === 0 || english[i - 1]?.sentence !== english[i]?.sentence;
}

/** Place of an English word in the translation, 0 to 1. */
function placeOf(english: readonly EnglishWord[], i: number): number {
  return english.length > 1 ? i / (english.length - 1) : 0;
}

/**
 * German nouns (with their place, 0 to 1) paired with the English nouns left over, nearest first, each
 * English noun once. Only the `receiving` candidates' pairs are returned; the others compete only.
 */
export function gapLinks(
  nouns: readonly { candidate: number; place: number; receiving: boolean }[],
  gaps: readonly GapNoun[],
): { candidate: number; gap: GapNoun }[] {
  const pairs: { candidate: number; receiving: boolean; gap: GapNoun; distance: number }[] = [];
  for (const n of nouns)
    for (const gap of gaps) {
      const distance = Math.abs(n.place - gap.place);
      if (distance <= MAX_DISTANCE) pairs.push({ candidate: n.candidate, receiving: n.receiving, gap, distance });
    }
  pairs.sort((a, b) => a.distance - b.distance);
  const done = new Set<number>();
  const used = new Set<GapNoun>();
  const out: { candidate: number; gap: GapNoun }[] = [];
  for (const p of pairs) {
    if (done.has(p.candidate) || used.has(p.gap)) continue;
    done.add(p.candidate);
    used.add(p.gap);
    if (p.receiving) out.push({ candidate: p.candidate, gap: p.gap });
  }
  return out;
}

/** Whether a candidate may take a leftover English noun as its meaning: an ambiguous noun nothing chose. */
export function receivesGap(c: MeaningCandidate): boolean {
  return c.noun === true && !c.name && !c.contextChosen && (c.ownSenses ?? c.senses.length) >= 2;
}
