// Senses the lexicon lacks, read off the translation: an ambiguous German noun none of whose glosses the
// translation has ("eine Schnecke mit Zimt" / "a cinnamon swirl": Ding's Schnecke is a snail or a screw,
// never a pastry) takes the English noun left over at its place in the sentence, once every other German
// word has taken its own English words. Nouns left unmatched compete for the English nouns left over, nearest
// place first, so that one word's translation does not go to another.
import type { MeaningCandidate } from "@/lib/german/meaning";
import { type EnglishWord, englishKey, verbBases } from "./english";
import { isEnglishAdjective, isEnglishAdjectiveOnly, isEnglishNoun, isEnglishVerb } from "./english-synonyms";

/**
 * An English noun (with the leftover nouns right before it: "extractor hood") a German noun may take, or a
 * verb (with its particle: "came off") a German verb may.
 */
export interface Gap {
  kind: "noun" | "verb";
  /** Indices into the English words, in order. */
  words: number[];
  /** Place in the translation, 0 to 1. */
  place: number;
  /** The meaning it gives: the words as written ("extractor hood"), a verb's base ("to come off"). */
  gloss: string;
  /** A verb of a subordinate clause: "until they are shipped", "what I tell him". */
  subordinate?: boolean;
  /** A verb without the particle that follows it, of a phrasal verb WordNet lacks ("fires off": "to fire"). */
  bare?: boolean;
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

// Numbers open a noun phrase as a determiner does ("two prints", "four kittens", "plays two hours of jazz"):
// number words and numerals. Not "one", mostly a pronoun ("the one", "one of them").
const NUMBER_WORDS = new Set(
  `two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety
  hundred thousand million billion dozen`.split(/\s+/),
);

/** A word that opens a noun phrase: a determiner, a possessive, a preposition or a number. */
function opener(w: EnglishWord | undefined): boolean {
  const text = lower(w);
  return OPENERS.has(text) || NUMBER_WORDS.has(text) || /^\p{N}+$/u.test(text) || possessive(text);
}

// Words whose "'s" is a verb's ("let's", "that's", "it's"), no possessive.
const NOT_POSSESSIVE = new Set(["let"]);

/**
 * A noun's possessive, which opens the noun phrase after it as "its" does: "the lighthouse's beam",
 * "Anna's bike"; not "it's", "that's", "let's", whose "'s" is is or us.
 */
function possessive(text: string): boolean {
  const stem = /^(\p{L}+)['’]s$/u.exec(text)?.[1];
  return stem !== undefined && !CLOSED.has(stem) && !OPENERS.has(stem) && !NOT_POSSESSIVE.has(stem);
}

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
export function contentWord(w: EnglishWord | undefined): boolean {
  if (!w || !/^\p{L}+$/u.test(w.text)) return false;
  const text = lower(w);
  return !CLOSED.has(text) && !OPENERS.has(text);
}

/** Looks like a verb's or an adverb's form: irregular ("saw" of see, "left"), -ed or -ly. */
export function verbOrAdverbForm(w: EnglishWord): boolean {
  const text = lower(w);
  if (/(?:ed|ly)$/.test(text) && text.length > 4) return true;
  const own = englishKey(w.text);
  return w.keys.some((k) => k !== own);
}

/**
 * The English nouns left over: the last content word of a noun phrase opened by a determiner, a number or a
 * preposition (up to two content words before it), with the leftover content words right before it.
 * A capitalised word inside the sentence is a name, no gap's meaning.
 */
export function gapNouns(english: readonly EnglishWord[], taken: ReadonlySet<number>): Gap[] {
  const out: Gap[] = [];
  english.forEach((w, i) => {
    if (taken.has(i) || !contentWord(w) || verbOrAdverbForm(w) || complexPreposition(english, i)) return;
    // A verb with its particle is no noun: "come" of "the stitches come out".
    if (phrasalVerbAt(english, i)) return;
    const next = english[i + 1];
    // The head is the phrase's last content word: "extractor" of "extractor hood" is not one; "stitches" of
    // "the stitches come out" is.
    if (
      next &&
      next.sentence === w.sentence &&
      contentWord(next) &&
      !taken.has(i + 1) &&
      !phrasalVerbAt(english, i + 1)
    )
      return;
    // An adjective before a noun another German word took modifies that noun: "good" of "in good visibility",
    // visibility taken by Sicht, is no noun. A noun before a taken verb heads its phrase ("the drug works").
    if (next && next.sentence === w.sentence && contentWord(next) && isEnglishAdjective(lower(w))) return;
    let start = i;
    let opened = false;
    let passedTaken = false;
    for (let k = 1; k <= MAX_MODIFIERS + 1; k++) {
      const b = english[i - k];
      if (!b || b.sentence !== w.sentence) break;
      // A number opens the phrase only over words left over: in "eight hundred visitors come", visitors
      // (taken) is the number's noun, and "come" none.
      if (OPENERS.has(lower(b)) || (opener(b) && !passedTaken)) {
        opened = true;
        break;
      }
      if (!contentWord(b)) break;
      if (taken.has(i - k)) passedTaken = true;
    }
    if (!opened) return;
    // The leftover modifiers right before the head belong to the meaning ("extractor hood").
    while (start > 0 && !taken.has(start - 1) && contentWord(english[start - 1]) && isLower(english[start - 1]))
      start--;
    if (!isLower(w) && !sentenceStart(english, i)) return;
    const words: number[] = [];
    for (let k = start; k <= i; k++) words.push(k);
    const gloss = words.map((k) => lower(english[k])).join(" ");
    out.push({ kind: "noun", words, place: placeOf(english, i), gloss });
  });
  return out;
}

const isLower = (w: EnglishWord | undefined) => w !== undefined && w.text === w.text.toLowerCase();

/**
 * Whether the word at i is a verb with the particle after it, a phrasal verb WordNet has: "come out" of "the
 * stitches come out", "broke down". Not after a determiner ("the break in the clouds" has no particle anyway).
 */
function phrasalVerbAt(english: readonly EnglishWord[], i: number): boolean {
  const w = english[i];
  const next = english[i + 1];
  if (!w || !next || next.sentence !== w.sentence || !PARTICLES.has(lower(next))) return false;
  if (DETERMINERS.has(lower(english[i - 1]))) return false;
  const base = verbBase(w);
  return base !== undefined && isEnglishVerb(`${base} ${lower(next)}`);
}

function sentenceStart(english: readonly EnglishWord[], i: number): boolean {
  return i === 0 || english[i - 1]?.sentence !== english[i]?.sentence;
}

/** Place of an English word in the translation, 0 to 1. */
function placeOf(english: readonly EnglishWord[], i: number): number {
  return english.length > 1 ? i / (english.length - 1) : 0;
}

/** A German noun or verb the translation matched nothing of, with its place (0 to 1). */
export interface OpenWord {
  candidate: number;
  place: number;
  kind: "noun" | "verb";
  /** Takes a leftover English word as its meaning; the others only compete for them. */
  receiving: boolean;
  /** Where its English should stand by its nearest matched neighbour's (0 to 1): also near enough. */
  anchored?: number;
}

// A German verb often stands at its clause's end, its English verb after the subject: any distance.
const MAX_VERB_DISTANCE = 1;

/**
 * German nouns and verbs paired with the English nouns and verbs left over, nearest place first, each English
 * word once (a word may read as either: "the vouchers expire"). Only the receiving words' pairs are returned.
 */
export function gapLinks(open: readonly OpenWord[], gaps: readonly Gap[]): { candidate: number; gap: Gap }[] {
  const pairs: { word: OpenWord; gap: Gap; distance: number }[] = [];
  for (const word of open)
    for (const gap of gaps) {
      const distance = Math.min(
        Math.abs(word.place - gap.place),
        word.anchored === undefined ? 1 : Math.abs(word.anchored - gap.place),
      );
      const max = word.kind === "noun" ? MAX_DISTANCE : MAX_VERB_DISTANCE;
      if (gap.kind === word.kind && distance <= max) pairs.push({ word, gap, distance });
    }
  pairs.sort((a, b) => a.distance - b.distance);
  const done = new Set<number>();
  const used = new Set<number>();
  const out: { candidate: number; gap: Gap }[] = [];
  for (const { word, gap } of pairs) {
    if (done.has(word.candidate) || gap.words.some((w) => used.has(w))) continue;
    done.add(word.candidate);
    for (const w of gap.words) used.add(w);
    if (word.receiving) out.push({ candidate: word.candidate, gap });
  }
  return out;
}

/**
 * Whether a candidate may take a leftover English word as its meaning: an ambiguous noun or verb whose senses
 * the translation matched none of, also where its sentence chose one ("Die Versicherung übernimmt die Kosten"
 * / "… covers the cost": "to cover", not Ding's "to accept" with Kosten).
 */
export function receivesGap(c: MeaningCandidate): boolean {
  return (c.noun === true || c.verb === true) && !c.name && (c.ownSenses ?? c.senses.length) >= 2;
}

/**
 * A verb whose sentence chose the sense by its preposition takes only a phrasal verb: "The coach is relying
 * on young players" gives setzen auf "to rely on", but "The team consists of five researchers" leaves
 * bestehen aus "to comprise" alone (a bare "to consist" would lose the preposition). So does one whose sentence
 * chose a reflexive sense: "richtet sich an Jugendliche" / "is meant for young people" keeps "to be directed",
 * not "to mean". Nor does a verb whose
 * sentence chose the sense take a bare verb whose particle made another verb: "Der Moderator stellt die Fragen"
 * / "The host fires off the questions" keeps "to ask".
 */
export function fitsGap(c: MeaningCandidate, gap: Gap): boolean {
  return (!(c.contextPrep || c.contextReflexive) || gap.words.length > 1) && !(gap.bare && c.contextChosen);
}

// Words after which a verb follows: subject pronouns, auxiliaries and modals, the infinitive's "to".
const BEFORE_VERB = new Set(
  `i you he she it we they who which that to is are was were be been being am has have had will would can
  could must should may might shall do does did ll ve re d`.split(/\s+/),
);
// Adverbs that may stand between ("is already boiling", "has never", "was finally relieved"), with those of
// degree and completion that stand inside the verb group ("has been fully shut down", "was partly rebuilt").
const BETWEEN = new Set(
  `not never already still just also always often soon then now only even finally eventually recently fully
  completely entirely totally wholly partly partially largely mostly nearly almost barely hardly`.split(/\s+/),
);
const PARTICLES = new Set("up out off down in on away back over".split(" "));
// Particles seldom a preposition right after a verb (not "in", "on", "over"): "fires off", "tidied away".
const ADVERB_PARTICLES = new Set("up out off down away back".split(" "));
// Too common to say what a German verb means alone ("took", "made"); with a particle ("came off") they do.
const LIGHT_VERBS = new Set("be have do get make go come take give put set let keep".split(" "));

/** The verb a form is of, if WordNet knows it as one: drew → draw, expires → expire, boiling → boil. */
function verbBase(w: EnglishWord): string | undefined {
  return verbBases(w.text).find((b) => isEnglishVerb(b));
}

/**
 * The English verbs left over: a verb WordNet knows, after a subject pronoun, an auxiliary or "to" (an
 * adverb may stand between), or after a noun and before a determiner, a preposition, a particle, an -ly
 * adverb or the end ("the vouchers expire at the end", "the suit fits perfectly"). A particle right after it joins when WordNet has the phrasal verb;
 * a light verb needs one. No word of a noun phrase left over (`nouns`).
 */
export function gapVerbs(english: readonly EnglishWord[], taken: ReadonlySet<number>): Gap[] {
  const out: Gap[] = [];
  english.forEach((w, i) => {
    if (taken.has(i) || !contentWord(w) || !isLower(w) || complexPreposition(english, i)) return;
    const base = verbBase(w);
    // The first half of a hyphened word is no verb of its own: "jump" of "jump-started".
    if (!base || english[i + 1]?.hyphened) return;
    const compound = hyphenedVerb(english, i, base, taken);
    if (compound) {
      // Its slot is the compound's: after a subject pronoun ("he jump-started"), or after the subject noun and
      // before the object ("the engineers fine-tuned the engine").
      if (verbSlot(english, i - 1) || verbSlot(english, i))
        out.push({ kind: "verb", words: [i - 1, i], place: placeOf(english, i - 1), gloss: compound });
      return;
    }
    if (!verbSlot(english, i) || catenative(english, i, base)) return;
    const next = english[i + 1];
    const particle =
      next &&
      next.sentence === w.sentence &&
      !taken.has(i + 1) &&
      PARTICLES.has(lower(next)) &&
      !(LIGHT_VERBS.has(base) && prepositionOfBareNoun(english, i + 1));
    const phrasal = particle && isEnglishVerb(`${base} ${lower(next)}`);
    if (LIGHT_VERBS.has(base) && !phrasal) return;
    const words = phrasal ? [i, i + 1] : [i];
    out.push({
      kind: "verb",
      words,
      place: placeOf(english, i),
      gloss: `to ${base}${phrasal ? ` ${lower(next)}` : ""}`,
      ...(subordinateVerb(english, i) && { subordinate: true }),
      ...(particle && !phrasal && ADVERB_PARTICLES.has(lower(next)) && { bare: true }),
    });
  });
  return out;
}

/**
 * The verb a hyphened form makes with the word before it, where WordNet has it: "jump-started" is "to
 * jump-start", not "to start"; "fine-tuned" "to fine-tune". Undefined where WordNet lacks the compound
 * ("double-checked" stays "to check") or the word before is taken.
 */
function hyphenedVerb(
  english: readonly EnglishWord[],
  i: number,
  base: string,
  taken: ReadonlySet<number>,
): string | undefined {
  const first = english[i - 1];
  if (!english[i]?.hyphened || !first || taken.has(i - 1) || !contentWord(first)) return undefined;
  const compound = `${lower(first)}-${base}`;
  return isEnglishVerb(compound) ? `to ${compound}` : undefined;
}

// Verbs that take another verb's infinitive, which says what happens: "the drug starts to work", "the
// price seems to fall", "they managed to escape".
const CATENATIVES = new Set(
  "start begin continue cease seem appear tend try attempt manage fail want need hope plan intend threaten".split(" "),
);

/**
 * Whether the verb at i only leads to the infinitive after it ("starts to work"): the meaning is that verb's,
 * which takes the gap ("Das Mittel schlägt an" / "the drug starts to work": "to work", not "to start").
 */
function catenative(english: readonly EnglishWord[], i: number, base: string): boolean {
  const to = english[i + 1];
  const verb = english[i + 2];
  if (!CATENATIVES.has(base) || lower(to) !== "to" || !verb || verb.sentence !== english[i]?.sentence) return false;
  return verbBase(verb) !== undefined;
}

// Particles that are as often a preposition: "kept on shelves", "stored in boxes".
const PREPOSITION_PARTICLES = new Set(["in", "on"]);

/**
 * Whether the "in" or "on" at i is a preposition before a noun phrase without a determiner: "kept on high-bay
 * racking" is kept somewhere, not "to keep on"; a phrasal verb's particle ends the clause or comes before an
 * -ing form or an adverb ("kept on working", "gave in quickly"). Asked after a light verb only, whose phrasal
 * verbs are other verbs; a verb's own preposition takes its object ("relying on young players": "to rely on").
 */
function prepositionOfBareNoun(english: readonly EnglishWord[], i: number): boolean {
  const after = english[i + 1];
  if (!PREPOSITION_PARTICLES.has(lower(english[i])) || after?.sentence !== english[i]?.sentence) return false;
  return contentWord(after) && isLower(after) && !/..(ing|ly)$/.test(lower(after));
}

// Words that open a subordinate clause: conjunctions and relative or interrogative pronouns.
const SUBORDINATORS = new Set(
  "until till when whenever what whatever that which who whom because if while since before after whether unless although though once where as".split(
    " ",
  ),
);
const SUBJECT_PRONOUNS = new Set("i you he she it we they".split(" "));

/**
 * Whether the verb at i opens no clause of its own but ends a subordinate one's start: a conjunction or a
 * relative pronoun, then only a subject pronoun, auxiliaries and adverbs before it ("until they are shipped",
 * "what I tell him", "the dog that barks"); not "after lunch my grandfather would sleep".
 */
export function subordinateVerb(english: readonly EnglishWord[], i: number): boolean {
  const sentence = english[i]?.sentence;
  for (let k = i - 1; k >= 0 && english[k]?.sentence === sentence; k--) {
    const text = lower(english[k]);
    if (SUBORDINATORS.has(text)) return true;
    if (!SUBJECT_PRONOUNS.has(text) && !BEFORE_VERB.has(text) && !BETWEEN.has(text)) return false;
  }
  return false;
}

function verbSlot(english: readonly EnglishWord[], i: number): boolean {
  const w = english[i];
  let k = i - 1;
  while (k >= 0 && english[k]?.sentence === w?.sentence && BETWEEN.has(lower(english[k]))) k--;
  const before = english[k];
  if (before && before.sentence === w?.sentence && BEFORE_VERB.has(lower(before))) return true;
  // A verb right after its subject noun: inflected, before a determiner, a preposition or the sentence's end.
  const next = english[i + 1];
  const after = lower(next);
  const ends =
    !next ||
    next.sentence !== w?.sentence ||
    opener(next) ||
    PARTICLES.has(after) ||
    DIRECTIONS.has(after) ||
    /..ly$/.test(after);
  // The word before is the subject's noun, not an adjective: in "its new titles at the fair", titles is no verb;
  // nor the first half of a noun WordNet has: "on the compost heap" has no verb heap.
  return (
    before !== undefined &&
    contentWord(before) &&
    !isEnglishAdjectiveOnly(lower(before)) &&
    ends &&
    !afterLightVerb(english, k) &&
    !(k === i - 1 && isEnglishNoun(`${lower(before)} ${lower(w)}`))
  );
}

// Adverbs of direction and place that follow an intransitive verb as a preposition would: "the cranes migrate
// north", "the children ran home".
const DIRECTIONS = new Set(
  "north south east west northwards southwards eastwards westwards home abroad upstairs downstairs inside outside".split(
    " ",
  ),
);

// Determiners that open a light verb's object ("does a paper round", "took her morning walk").
const DETERMINERS = new Set("a an the this that these those my your his her its our their some another".split(" "));

/**
 * Whether the word at k follows a light verb, whose object it then opens: "make regular stops", "take long
 * walks" are a noun phrase, no subject and its verb; so are "does a paper round", "take a long walk", where a
 * determiner opens the object (up to two words of it before k). Not after be: "the reason things change".
 */
function afterLightVerb(english: readonly EnglishWord[], k: number): boolean {
  const light = (w: EnglishWord | undefined) =>
    w?.sentence === english[k]?.sentence && verbBases(w?.text ?? "").some((b) => LIGHT_VERBS.has(b));
  if (light(english[k - 1])) return true;
  for (let j = k - 1; j >= k - 3 && english[j]?.sentence === english[k]?.sentence; j--) {
    if (DETERMINERS.has(lower(english[j]))) {
      const verb = english[j - 1];
      return light(verb) && !verbBases(verb?.text ?? "").includes("be");
    }
    if (!contentWord(english[j])) return false;
  }
  return false;
}
