// Does an English gloss occur in a translation? "to have at one's disposal" needs "have" and "disposal";
// "to stand out" needs "stand" and earns more when "out" follows. Glosses made only of function words
// ("will", "shall") match those words themselves.
import { type EnglishWord, englishKey, englishKeys, isIrregularPast } from "./english";
import { isEnglishNoun, isEnglishWord } from "./english-synonyms";

// Placeholders and articles of dictionary glosses: never evidence.
const IGNORED = new Set(
  "to a an the sb sth sb's sth's somebody someone something one one's oneself oneself's sb.'s sth.'s etc".split(" "),
);
// A gloss's reflexive pronoun ("to spread oneself", "to overreach yourself") asks the translation for one.
const REFLEXIVE = new Set("oneself yourself myself himself herself itself ourselves yourselves themselves".split(" "));
// Words that confirm a match but cannot make one: "out" in "to stand out", "of" in "to dispose of".
const FUNCTION = new Set(
  `of in on at by for from with into onto out up down off over about after before against among between
  through under upon within without around away back together and or as be is are was were been it its
  his her their your my our this that these those not no than so all any some more most very`.split(/\s+/),
);

export interface GlossShape {
  /** Keys that must all occur for a full match. */
  core: string[];
  /** Keys that add confidence when present (prepositions and particles). */
  extra: string[];
  /** The key of a two-word gloss written as one word ("guest house" → guesthouse, "check-out" → checkout). */
  joined?: string;
  /** A verb's gloss ("to post"), not a noun's or an adjective's ("post"). */
  verb: boolean;
  /** The gloss's content words as written, lower case: a form that differs from them is inflected. */
  written: string[];
  /** Made of light words only ("to have", "to have got"): weak evidence. */
  light: boolean;
  /** The word or phrase to look synonyms up by ("appear", "come out"); none for a light or long gloss. */
  lookup?: string;
  /**
   * The lookup is the word after the copula ("to be adequate" → adequate, "to be directed at" → directed):
   * an adjective's synonyms, or a participle's verb's.
   */
  copula?: boolean;
  /** Its synonyms, set by the caller: a match of one counts, below any exact match. */
  synonyms?: SynonymShape[];
  /**
   * The key of the word that carries a longer gloss's meaning: a compound noun's last word ("animal feed":
   * feed), the noun after a light verb ("to give a general overhaul": overhaul, also as "overhauled").
   * Found alone it is a head match, below any full match and above a synonym's.
   */
  head?: string;
  /** The gloss has a reflexive pronoun ("to spread oneself"): the translation should have one too. */
  reflexive?: boolean;
  /** A noun's gloss: its words in -ing by their keys ("casting" of "casting mould"), found only in -ing. */
  ing?: ReadonlyMap<string, string>;
}

export interface SynonymShape {
  shape: GlossShape;
  /** 0 when the synonym shares the gloss word's most frequent sense, higher for rarer senses. */
  rank: number;
}

const SLASHED = /^([\p{L}'’-]+(?:\/[\p{L}'’-]+)+)([.,]?)$/u;
const MAX_VARIANTS = 12;

/**
 * The readings of a gloss that writes alternatives with a slash inside a word: "to withdraw/draw" is
 * to withdraw or to draw, "to contribute to/towards", "to be/get caught"; several slashed words multiply
 * ("to become/grow accustomed/habituated to"), up to twelve readings. Read as one gloss it asked the
 * translation for both words. Placeholders ("sb./sth.") are no alternatives.
 */
export function slashVariants(gloss: string): string[] {
  let variants = [""];
  for (const token of gloss.split(" ")) {
    const m = SLASHED.exec(token);
    const options = m?.[1] ? m[1].split("/").map((o) => o + (m[2] ?? "")) : [token];
    variants = variants.flatMap((v) => options.map((o) => (v ? `${v} ${o}` : o))).slice(0, MAX_VARIANTS);
  }
  return variants;
}

export function glossShape(gloss: string): GlossShape {
  // "Jack Ma, founder of Alibaba": a name's gloss is the name; what follows the comma describes it.
  const words = (gloss.split(",")[0] ?? "")
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}/g, " ")
    .match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu);
  const reflexive = (words ?? []).some((w) => REFLEXIVE.has(w));
  const kept = (words ?? []).filter((w) => !IGNORED.has(w.replace(/’/g, "'")) && !REFLEXIVE.has(w));
  const content = kept.filter((w) => !FUNCTION.has(w));
  const core = (content.length ? content : kept).map(englishKey);
  const extra = content.length ? kept.filter((w) => FUNCTION.has(w)).map(englishKey) : [];
  const shape: GlossShape = {
    core: [...new Set(core)],
    extra: [...new Set(extra)],
    verb: /^\s*to\s/i.test(gloss),
    written: content.length ? content : kept,
    // "got" is light as a form of get.
    light: kept.length > 0 && (content.length ? content : kept).every((w) => englishKeys(w).some((k) => LIGHT.has(k))),
  };
  if (reflexive) shape.reflexive = true;
  const ing = shape.verb ? [] : shape.written.filter((w) => w.length > 4 && w.endsWith("ing"));
  if (ing.length) shape.ing = new Map(ing.map((w) => [englishKey(w), w]));
  const head = headOf(gloss, shape, kept);
  if (head) shape.head = head;
  if (kept.length === 2) shape.joined = englishKey(kept.join(""));
  const lookup = synonymLookup(kept, content, shape.verb);
  if (lookup) shape.lookup = lookup;
  if (shape.verb && kept[0] === "be" && content.length === 1 && kept.length <= 3) {
    shape.copula = true;
    shape.lookup = content[0];
  }
  return shape;
}

/**
 * The head of a gloss (GlossShape.head): the last of two or three plain lower-case words of a noun's or an
 * adjective's gloss ("animal feed", not "thick-grown", "Jack Ma" or "position of employment"), or the last
 * content word after a light verb ("to give a general overhaul").
 */
function headOf(gloss: string, shape: GlossShape, kept: readonly string[]): string | undefined {
  const { core, extra } = shape;
  const last = core[core.length - 1];
  if (!last || core.length < 2 || LIGHT.has(last)) return undefined;
  if (shape.verb) return LIGHT.has(core[0] ?? "") ? last : undefined;
  const plain = /^[a-z ]+$/.test(gloss.trim()) && kept.length === core.length;
  return plain && extra.length === 0 && core.length <= 3 ? last : undefined;
}

/**
 * What a gloss's synonyms are looked up by: its one content word ("appear"), the whole phrase of a verb
 * with its particles ("come out"; "go down with" is not "go down"), or a verb's gloss of two content words
 * whole ("to give notice", which WordNet has as one verb with dismiss and sack). A light verb alone has too many
 * synonyms to be evidence ("to get", "to make").
 */
function synonymLookup(kept: readonly string[], content: readonly string[], verb: boolean): string | undefined {
  const [word] = content;
  // A verb's two content words are looked up whole: WordNet has the idiom, not its words ("give notice": dismiss).
  if (verb && content.length === 2 && kept.length === 2) return kept.join(" ");
  if (content.length !== 1 || !word) return undefined;
  if (kept.length === 1) return LIGHT.has(englishKey(word)) ? undefined : word;
  return kept.join(" ");
}

export interface GlossMatch {
  /** Higher is better: full matches of more words first. */
  score: number;
  /** Indices (into the English words) that the gloss matched. */
  words: number[];
  /**
   * Only the gloss's head or another part of it matched: evidence for its sense, not for its wording
   * ("overhauled" is no "to give a general overhaul", "reported" no "criminal information report"), so the
   * sense's first gloss is shown.
   */
  headOnly?: boolean;
  /**
   * A noun gloss found by its head, the word it ends in ("tour" of "guided tour"): a kind of what the English
   * says, so that gloss is shown, not the sense's first, which may be another meaning Ding lumps in with it
   * (Führung: "leadership; management; lead; guided tour").
   */
  nounHead?: boolean;
  /** A phrasal verb's gloss found without its particle ("passed" for "to pass off"). */
  lacksParticle?: boolean;
  /** A verb's gloss found in a noun ("centre" of "at the science centre" for "to centre on"). */
  inNoun?: boolean;
  /** Only a synonym of the gloss matched ("uses" for "to apply"). */
  synonym?: boolean;
}

// Too common to stand for a sense on their own: "be" of "to come into being" is no evidence.
const LIGHT = new Set(
  ["be", "have", "do", "get", "make", "go", "come", "take", "give", "put", "set", "one"].map(englishKey),
);

const BE = englishKey("be");

// Words of one gloss must stand near each other ("bus network", "stand … out").
const WINDOW = 4;

/**
 * The best occurrence of the gloss among the English words: every core key present within a small
 * window, or, for glosses of several content words, the most of them. Undefined when nothing matches.
 */
export function matchGloss(
  shape: GlossShape,
  english: readonly EnglishWord[],
  taken: ReadonlySet<number>,
): GlossMatch | undefined {
  if (shape.core.length === 0) return undefined;
  let best: GlossMatch | undefined;
  english.forEach((w, i) => {
    const first = shape.core[0] ?? "";
    if (taken.has(i) || !w.keys.includes(first) || longerForm(shape, w) || !ingForm(shape, first, w)) return;
    if (otherPhrasalVerb(shape, english, i)) return;
    const found = [i];
    for (const key of shape.core.slice(1)) {
      const j = nearby(english, i, key, taken);
      if (j !== undefined && ingForm(shape, key, english[j])) found.push(j);
    }
    const extras: number[] = [];
    for (const key of shape.extra) {
      const j = nearby(english, i, key, taken);
      if (j !== undefined) extras.push(j);
    }
    // The copula of a phrase ("to be on fire") is evidence only with the phrase's other words: alone it is
    // any passive's auxiliary ("The bowls are fired" is "to fire").
    const be = extras.findIndex((j) => english[j]?.keys.includes(BE));
    if (be >= 0 && shape.extra.length > extras.length) extras.splice(be, 1);
    // A reflexive gloss whose pronoun the translation has confirms it; one whose pronoun it lacks counts a
    // little against it, as a missing particle does: "the news spread" is "to spread", not "to spread oneself".
    let missing = shape.extra.length - extras.length;
    if (shape.reflexive) {
      const self = nearbyWhere(english, i, (t) => REFLEXIVE.has(t), taken);
      if (self === undefined) missing++;
      else extras.push(self);
    }
    const full = found.length === shape.core.length;
    // A full match outranks any partial one; more matched words and particles break ties, and a particle
    // the translation lacks counts a little against the gloss: "separated into bins" is "to separate",
    // not "to separate from".
    const lacksParticle = lacksPhrasalParticle(shape, english, extras);
    // Farther than the window, a particle at the clause's end may still be the verb's: "turned the group's
    // proposal down".
    const particleAfter = lacksParticle && particleLater(shape, english, i);
    const score =
      (full ? 100 : 0) +
      found.length * 10 +
      extras.length -
      0.5 * missing -
      (lacksParticle ? PHRASAL_PENALTY : 0) -
      (found.some((j) => verbFormOfNoun(shape, english[j])) || (shape.verb && nounAt(english, i))
        ? VERB_FORM_PENALTY
        : 0) -
      // Light words only ("to have got") tie-break below a gloss with content: in "has got used to", the
      // auxiliary hat must leave "got" to gewöhnen's "to get used to".
      (shape.light ? 1 : 0);
    if (!full && shape.core.length > 1 && found.length < 2) {
      if (LIGHT.has(shape.core[0] ?? "")) return;
      // One word of a longer gloss ("have" of "to have at one's disposal") is weak evidence, for the sense.
      if (!best || score * 0.5 > best.score) best = { score: score * 0.5, words: found, headOnly: true };
      return;
    }
    if (!best || score > best.score)
      best = {
        score,
        words: [...found, ...extras].sort((a, b) => a - b),
        ...(lacksParticle && !particleAfter && { lacksParticle }),
        ...(shape.verb && nounAt(english, i) && { inNoun: true }),
      };
  });
  const closed = closedCompound(shape, english, taken);
  if (closed && (!best || closed.score > best.score)) best = closed;
  if (!best || best.score < 100) {
    const synonym = synonymMatch(shape, english, taken);
    if (synonym && (!best || synonym.score > best.score)) best = synonym;
  }
  if (!best || best.score < HEAD_SCORE) {
    const head = headMatch(shape, english, taken) ?? compoundEnding(shape, english, taken);
    if (head) best = head;
  }
  // A partial match may also start at a later core word ("disposal" alone).
  if (!best && shape.core.length > 1) {
    for (const key of shape.core.slice(1)) {
      const j = LIGHT.has(key) ? -1 : english.findIndex((w, k) => !taken.has(k) && w.keys.includes(key));
      if (j >= 0) return { score: 5, words: [j], headOnly: true };
    }
  }
  return best;
}

// Particles that make a phrasal verb of another meaning ("to act up" is not "to act"); a preposition ("to dock
// at") only takes an object.
const PHRASAL_PARTICLES = new Set(["out", "up", "off", "down", "away", "back", "over"].map(englishKey));
// A phrasal verb's gloss found without its particle: below a synonym's full match of another gloss (at most 55),
// which says what the bare verb means ("The children acted badly": aufführen "to behave", not "to act up").
const PHRASAL_PENALTY = 60;

function lacksPhrasalParticle(shape: GlossShape, english: readonly EnglishWord[], extras: readonly number[]): boolean {
  return (
    shape.verb &&
    shape.extra.some((key) => PHRASAL_PARTICLES.has(key) && !extras.some((j) => english[j]?.keys.includes(key)))
  );
}

/** Whether the gloss's phrasal particle stands anywhere after word `at` in its sentence. */
function particleLater(shape: GlossShape, english: readonly EnglishWord[], at: number): boolean {
  const particles = shape.extra.filter((key) => PHRASAL_PARTICLES.has(key));
  for (let j = at + 1; j < english.length && english[j]?.sentence === english[at]?.sentence; j++)
    if (english[j]?.keys.some((k) => particles.includes(k))) return true;
  return false;
}

// Particles that make a light verb another verb: "gets in" (arrives), "takes off", "gives up", "makes out".
const LIGHT_PARTICLES = new Set([...PHRASAL_PARTICLES, ...["in", "on"].map(englishKey)]);

/**
 * A light verb's gloss ("to get to", "to have") is no reading of the light verb with a particle the gloss
 * lacks: "The train gets in at eight" is ankommen "to arrive", not "to get to"; "gets up" is no "to get".
 */
function otherPhrasalVerb(shape: GlossShape, english: readonly EnglishWord[], at: number): boolean {
  const next = english[at + 1];
  if (!shape.verb || !shape.light || !next || next.sentence !== english[at]?.sentence) return false;
  return next.keys.some((k) => LIGHT_PARTICLES.has(k) && !shape.extra.includes(k) && !shape.core.includes(k));
}

// A head match: below every full match, above a synonym's (at most 55) and a partial one.
const HEAD_SCORE = 60;

/** The gloss's head alone ("feed" for "animal feed"); a noun's not in a verb's -ed form. */
function headMatch(
  shape: GlossShape,
  english: readonly EnglishWord[],
  taken: ReadonlySet<number>,
): GlossMatch | undefined {
  const { head } = shape;
  if (!head) return undefined;
  const at = english.findIndex(
    (w, i) => !taken.has(i) && w.keys.includes(head) && (shape.verb || !verbFormOfNoun(shape, w)),
  );
  return at >= 0
    ? { score: HEAD_SCORE, words: [at], headOnly: true, ...(!shape.verb && { nounHead: true }) }
    : undefined;
}

// A synonym's full match counts half: below every exact full match, above a partial one.
const SYNONYM_WEIGHT = 0.5;

function synonymMatch(
  shape: GlossShape,
  english: readonly EnglishWord[],
  taken: ReadonlySet<number>,
): GlossMatch | undefined {
  let best: GlossMatch | undefined;
  for (const { shape: synonym, rank } of shape.synonyms ?? []) {
    // A light verb alone ("make" of "to hit") is no evidence; with its particle ("come out") it is.
    if (synonym.extra.length === 0 && synonym.core.every((k) => LIGHT.has(k))) continue;
    const m = matchGloss(synonym, english, taken);
    // A phrasal synonym counts only with its particle: "moved" is not "move on".
    if (m && m.words.length < synonym.core.length + synonym.extra.length) continue;
    // A synonym through a rarer sense of the gloss word counts a little less.
    const score = m && m.score * SYNONYM_WEIGHT - rank;
    if (m && score !== undefined && m.score >= 100 && (!best || score > best.score))
      best = { score, words: m.words, synonym: true };
  }
  return best;
}

// A noun's or adjective's gloss found only in an -ed form is a verb's word: "posted" is aufgeben's
// "to post", not Post's "post"; a verb's gloss found in a noun likewise (nounAt). Still a match, but
// below any full match of another gloss.
const VERB_FORM_PENALTY = 50;

function verbFormOfNoun(shape: GlossShape, w: EnglishWord | undefined): boolean {
  if (shape.verb || !w) return false;
  const lower = w.text.toLowerCase();
  return lower.endsWith("ed") && !shape.written.includes(lower);
}

/**
 * A noun's one-word gloss in the plural or in -ing is a meaning of its own ("lights" of an aircraft,
 * "lighting", "means"), which the bare word does not say, though the keys are one: "have you got a light?"
 * is neither "lights" nor "lighting" for Feuer.
 */
function longerForm(shape: GlossShape, w: EnglishWord): boolean {
  const [written] = shape.written;
  if (shape.verb || shape.written.length !== 1 || !written) return false;
  const text = w.text.toLowerCase();
  if (/[^su]s$/.test(written)) return text === written.slice(0, -1);
  return written.endsWith("ing") && !text.startsWith(written);
}

/**
 * A noun's gloss word in -ing is found only in -ing: "casting mould" is no "was cast in a clay mould", where
 * "cast" is the verb gießen's and the mould alone Form's. A one-word gloss is longerForm's.
 */
function ingForm(shape: GlossShape, key: string, w: EnglishWord | undefined): boolean {
  const written = shape.ing?.get(key);
  return written === undefined || w?.text.toLowerCase().startsWith(written) === true;
}

const DETERMINERS = new Set("a an the my your his her its our their".split(" "));

/**
 * A verb's gloss found in a noun: the word after an article or a possessive, or after "a" and one more
 * word ("run by a new head" is not "to head"). Two words after "the" may be a verb ("the police stopped").
 */
function nounAt(english: readonly EnglishWord[], at: number): boolean {
  const w = english[at];
  if (w && pastNoNoun(w.text)) return false;
  // No noun takes an object pronoun right after it: "in the evening keeps me awake" is a verb.
  const next = english[at + 1];
  if (next?.sentence === w?.sentence && OBJECT_PRONOUNS.has(next?.text.toLowerCase() ?? "")) return false;
  const before = (d: number) => {
    const b = english[at - d];
    return b && b.sentence === w?.sentence ? b.text.toLowerCase() : undefined;
  };
  const one = before(1);
  const two = before(2);
  const three = before(3);
  // After a preposition and a determiner, a noun phrase runs on: "at the science centre".
  const phrase = two !== undefined && DETERMINERS.has(two) && three !== undefined && PREPOSITIONS.has(three);
  return (one !== undefined && DETERMINERS.has(one)) || two === "a" || two === "an" || phrase;
}

/**
 * A past form (-ed or irregular) WordNet has no noun of is a verb or a participle wherever it stands: "A
 * wasp stung me", "An old man walked past" ("a" and one more word is no noun phrase there). "Bit" (a noun
 * too) stays one.
 */
function pastNoNoun(text: string): boolean {
  const lower = text.toLowerCase();
  return (/^[a-z]{3,}ed$/.test(lower) || isIrregularPast(lower)) && !isEnglishNoun(lower);
}

const OBJECT_PRONOUNS = new Set(["me", "him", "us", "them"]);

const PREPOSITIONS = new Set(
  "at in on of for with from by into onto about after before against among between through under upon within without around over".split(
    " ",
  ),
);

/**
 * A compound written as one word on one side and as two on the other: the gloss "guest house" in
 * "guesthouse", the gloss "checkout" in "check-out". Counts as a full match of the gloss's words.
 */
function closedCompound(
  shape: GlossShape,
  english: readonly EnglishWord[],
  taken: ReadonlySet<number>,
): GlossMatch | undefined {
  const score = 100 + 10 * shape.core.length;
  const { joined } = shape;
  if (joined) {
    const at = english.findIndex((w, i) => !taken.has(i) && w.keys.includes(joined));
    if (at >= 0) return { score, words: [at] };
  }
  const [key] = shape.core;
  if (shape.core.length !== 1 || !key) return undefined;
  for (let i = 0; i + 1 < english.length; i++) {
    const a = english[i];
    const b = english[i + 1];
    if (!a || !b || taken.has(i) || taken.has(i + 1) || a.sentence !== b.sentence) continue;
    // Short words or a leading function word make no compound: "a cross" is not "across", "in to" not
    // "into", "for ever" not "forever"; a particle may end one ("check out", "take off").
    if (a.text.length < 3 || b.text.length < 3 || FUNCTION.has(a.text.toLowerCase())) continue;
    if (englishKey(a.text + b.text) === key) return { score, words: [i, i + 1] };
  }
  return undefined;
}

/**
 * A noun's or adjective's one-word gloss as the last part of an English compound written as one word, whose
 * head it is ("tight" in watertight, "coat" in raincoats, "cut" in haircut): a head match. The part before it
 * must be an English word (not "com" of compass) other than a particle ("under" of understand). The compound
 * ends in the gloss as written, inflected at most: "cutting" shares its key with "cut" but is no part of haircut.
 */
function compoundEnding(
  shape: GlossShape,
  english: readonly EnglishWord[],
  taken: ReadonlySet<number>,
): GlossMatch | undefined {
  const [key] = shape.core;
  const written = shape.written[0] ?? "";
  if (shape.verb || shape.core.length !== 1 || !key || written.length < MIN_HEAD || LIGHT.has(key)) return undefined;
  const at = headsOf(english)
    .get(key)
    ?.find((i) => !taken.has(i) && english[i]?.text.toLowerCase().includes(written, 3));
  return at === undefined ? undefined : { score: HEAD_SCORE, words: [at] };
}

// Per translation: compound head key → the indices of the words it heads.
const headIndexes = new WeakMap<readonly EnglishWord[], Map<string, number[]>>();

function headsOf(english: readonly EnglishWord[]): Map<string, number[]> {
  let out = headIndexes.get(english);
  if (!out) {
    out = new Map();
    for (const [i, w] of english.entries())
      for (const key of compoundHeads(w.text.toLowerCase())) out.set(key, [...(out.get(key) ?? []), i]);
    headIndexes.set(english, out);
  }
  return out;
}

const heads = new Map<string, readonly string[]>();
const HEADS_LIMIT = 20_000;
// A head has three letters at least ("cut" of haircut, "man" of postman).
const MIN_HEAD = 3;
// English suffixes that are also words make no head: "message" is no mess + age, "important" no import + ant.
const SUFFIX_WORDS = new Set(["age", "ant", "ate", "ion", "ism", "ess"]);

/** The keys of the heads a one-word English compound may have: watertight → tight, haircut → cut. */
function compoundHeads(lower: string): readonly string[] {
  let out = heads.get(lower);
  if (out) return out;
  const found: string[] = [];
  for (let k = 3; k <= lower.length - MIN_HEAD; k++) {
    const before = lower.slice(0, k);
    const head = lower.slice(k);
    if (SUFFIX_WORDS.has(head) || FUNCTION.has(before) || !isEnglishWord(before)) continue;
    found.push(...englishKeys(head));
  }
  out = found;
  if (heads.size >= HEADS_LIMIT) heads.clear();
  heads.set(lower, out);
  return out;
}

function nearby(
  english: readonly EnglishWord[],
  at: number,
  key: string,
  taken: ReadonlySet<number>,
): number | undefined {
  const origin = english[at];
  for (let d = 1; d <= WINDOW; d++) {
    for (const j of [at + d, at - d]) {
      const w = english[j];
      if (w && !taken.has(j) && w.keys.includes(key) && w.sentence === origin?.sentence) return j;
    }
  }
  return undefined;
}

/** The nearest word within the window whose lower-case text passes the test. */
function nearbyWhere(
  english: readonly EnglishWord[],
  at: number,
  test: (text: string) => boolean,
  taken: ReadonlySet<number>,
): number | undefined {
  const origin = english[at];
  for (let d = 1; d <= WINDOW; d++) {
    for (const j of [at + d, at - d]) {
      const w = english[j];
      if (w && !taken.has(j) && w.sentence === origin?.sentence && test(w.text.toLowerCase())) return j;
    }
  }
  return undefined;
}
