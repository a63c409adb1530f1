// English words of a translation, each with keys that inflected forms share: "announced", "announces"
// and "announce" → "announc"; irregular forms also get their base's ("stood" → "stand", "has" → "have").
// Porter's stemmer (npm `stemmer`, MIT) does the regular endings.
import { stemmer } from "stemmer";
import { IRREGULAR_FORMS } from "./english-irregular";

export interface EnglishWord {
  text: string;
  /** Index of the sentence (translation segment) the word is in. */
  sentence: number;
  /** Character offsets of `text` in that sentence. */
  start: number;
  end: number;
  /** englishKeys of the word: a gloss word matches it when its key is one of them. */
  keys: readonly string[];
  /** A piece after a hyphen, joined to the word before: "started" of "jump-started". */
  hyphened?: true;
}

// Irregular form → the base forms it may be of ("lay" → lie, lay).
const BASES = new Map<string, string[]>();
for (const group of IRREGULAR_FORMS.trim().split(/\s+/)) {
  const [base = "", forms = ""] = group.split(":");
  for (const form of forms.split(",")) BASES.set(form, [...(BASES.get(form) ?? []), base]);
}

// Every base the list names: "found" (of find) is also a verb of its own.
const BASES_LISTED = new Set(
  IRREGULAR_FORMS.trim()
    .split(/\s+/)
    .map((group) => group.split(":")[0] ?? ""),
);

const lowerCase = (word: string) =>
  word
    .toLowerCase()
    .replace(/['’]s$/, "")
    .replace(/[’']/g, "'");

/**
 * The key a word shares with its regularly inflected forms (lower case; "'s" dropped). Glosses are keyed
 * so: they are dictionary forms already, and "to lay" must stay lay, not become lie.
 */
export function englishKey(word: string): string {
  const lower = lowerCase(word);
  const singular = lower.endsWith("s") ? lower.slice(0, -1) : lower;
  if (ING_NOUNS.has(lower) || ING_NOUNS.has(singular)) return ING_NOUNS.has(lower) ? lower : singular;
  // British and American spellings meet: organise/organize, organisation/organization.
  return stemmer(lower.replace(/is(e|es|ed|ing|ation|ations)$/, "iz$1"));
}

// Nouns in -ing that are no form of a verb: the stemmer cuts them to another word ("evening" → "even",
// "morning" → "morn", "during" → "dure"), so "wenn auch" (even) would light "evening".
const ING_NOUNS = new Set([
  "evening",
  "morning",
  "ceiling",
  "during",
  "nothing",
  "something",
  "anything",
  "everything",
  "thing",
  "king",
  "darling",
  "pudding",
  "sibling",
  "duckling",
]);

/**
 * The keys of a word of running text: its own, and those of every base an irregular form may be of
 * ("took" → take; "found" → found and find; "died" → die), so that a gloss's dictionary form finds it.
 */
export function englishKeys(word: string): string[] {
  const lower = lowerCase(word);
  const bases = [
    ...irregularBases(lower),
    ...adjectivesOf(lower),
    ...comparedOf(lower),
    ...yVerbOf(lower),
    ...sPluralOf(lower),
  ];
  const keys = [englishKey(word), ...bases.map(englishKey)];
  for (const full of expanded(lower)) keys.push(...englishKeys(full));
  return [...new Set(keys)];
}

// A contraction's ending and the words it shortens: the modal ones, which a gloss may need ("would like").
// Not 're, 've, 'm: be and have only confirm a gloss's match ("to be looking forward to" is no better a
// reading of "I'm looking forward to" than "to look forward to").
const CONTRACTIONS: readonly (readonly [string, readonly string[]])[] = [
  ["'d", ["would", "had"]],
  ["'ll", ["will"]],
];
const IRREGULAR_NEGATIONS = new Map([
  ["won't", "will"],
  ["can't", "can"],
  ["shan't", "shall"],
]);

/**
 * The words a contraction stands for: "I'd like" is would like, "it'll" will, "doesn't" does not, "won't"
 * will not; a gloss's words ("would like") find them so.
 */
function expanded(lower: string): readonly string[] {
  if (lower.endsWith("n't")) return [IRREGULAR_NEGATIONS.get(lower) ?? lower.slice(0, -3), "not"];
  return CONTRACTIONS.find(([ending]) => lower.endsWith(ending) && lower.length > ending.length)?.[1] ?? [];
}

/**
 * The base forms an English verb form may be of, most likely first: irregular ("drew" → draw), then the
 * regular endings' ("expires" → expire, "postponed" → postpone, "stopped" → stop, "boiling" → boil), then
 * the form itself. Unchecked: the caller tests them against a word list.
 */
export function verbBases(word: string): string[] {
  const lower = lowerCase(word);
  const out = [...irregularBases(lower)];
  const stemOf = (stem: string) => {
    out.push(stem, `${stem}e`);
    if (/([b-df-hj-np-tv-z])\1$/.test(stem)) out.push(stem.slice(0, -1));
  };
  if (lower.endsWith("ied") || lower.endsWith("ies")) out.push(`${lower.slice(0, -3)}y`);
  if (lower.endsWith("ed")) stemOf(lower.slice(0, -2));
  else if (lower.endsWith("ing")) stemOf(lower.slice(0, -3));
  else if (lower.endsWith("es")) out.push(lower.slice(0, -2), lower.slice(0, -1));
  else if (lower.endsWith("s") && !lower.endsWith("ss")) out.push(lower.slice(0, -1));
  out.push(lower);
  return [...new Set(out.filter((b) => b.length >= 2))];
}

/**
 * Whether the word is an irregular past tense or participle and no base form itself: "stung", "kept",
 * "brought"; not "cut" or "set" (bases too), nor "found" (a verb of its own) or "lay".
 */
export function isIrregularPast(word: string): boolean {
  const lower = lowerCase(word);
  const bases = irregularBases(lower);
  return bases.length > 0 && !bases.includes(lower) && !BASES_LISTED.has(lower);
}

// Verb prefixes that keep the irregular forms of the verb they are put before: mislaid, overtook, undone.
const PREFIXES = ["mis", "over", "under", "out", "re", "un", "with", "fore", "up", "be"];

/**
 * The bases of an irregular form, also behind a prefix the list does not spell out ("mislaid" → mislay,
 * "outgrew" → outgrow, "rewound" → rewind): the prefix stays on the base.
 */
function irregularBases(lower: string): readonly string[] {
  const listed = BASES.get(lower);
  if (listed) return listed;
  for (const prefix of PREFIXES) {
    if (!lower.startsWith(prefix) || lower.length - prefix.length < 3) continue;
    const bases = BASES.get(lower.slice(prefix.length));
    if (bases) return bases.map((b) => prefix + b);
  }
  return [];
}

/**
 * The adjectives an -ly adverb may come from: a German adjective used as an adverb is glossed as the
 * adjective ("leicht gestiegen": slight, "rose slightly"). slightly → slight, easily → easy, simply →
 * simple; short words are left alone ("only", "early", "apply").
 */
function adjectivesOf(lower: string): string[] {
  if (!lower.endsWith("ly") || lower.length < 6) return [];
  const stem = lower.slice(0, -2);
  return stem.endsWith("i") ? [stem, `${stem.slice(0, -1)}y`] : [stem, `${stem}le`];
}

/**
 * The word in -y of a form in -ied or -ies: tried → try, cries → cry. The stemmer keys a short word in -y
 * as written ("try") but cuts its forms to -i ("tri"), so "She tried the dress on" missed "to try on".
 */
function yVerbOf(lower: string): string[] {
  const m = /^(\p{Ll}+)i(?:ed|es)$/u.exec(lower);
  return m ? [`${m[1]}y`] : [];
}

/**
 * The singular in -s of a plural in -ses: buses → bus, gases → gas, viruses → virus. The stemmer cuts the
 * singular's -s as a plural's ("bus" → bu) but keeps the plural's ("buses" → buse), so "The buses run" missed
 * Bus's "bus".
 */
function sPluralOf(lower: string): string[] {
  const m = /^(\p{Ll}+[aeiou]s)es$/u.exec(lower);
  return m?.[1] ? [m[1]] : [];
}

/** The adjective in -y of a comparative or superlative: easiest, easier → easy; happiest → happy. */
function comparedOf(lower: string): string[] {
  const m = /^(\p{Ll}{2,})i(?:er|est)$/u.exec(lower);
  return m ? [`${m[1]}y`] : [];
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** The words of each sentence (segment) of a translation, with offsets and keys. */
export function englishWords(sentences: readonly string[]): EnglishWord[] {
  const out: EnglishWord[] = [];
  sentences.forEach((text, sentence) => {
    for (const m of text.matchAll(WORD)) {
      const start = m.index ?? 0;
      // "bus-network" is two words for matching ("bus network"), each lit on its own.
      let offset = 0;
      for (const piece of m[0].split("-")) {
        const from = start + offset;
        const word: EnglishWord = {
          text: piece,
          sentence,
          start: from,
          end: from + piece.length,
          keys: englishKeys(piece),
        };
        out.push(offset > 0 ? { ...word, hyphened: true } : word);
        offset += piece.length + 1;
      }
    }
  });
  return takingTransport(out);
}

// "take the bus", "took a taxi", "taking the night train": take with a means of transport is travelling by
// it, so a German verb of travel glossed "to travel", "to go" or "to ride" (fahren, reisen) finds it.
const TRANSPORT = new Set(
  "bus coach tram train taxi cab ferry boat ship plane flight underground tube subway metro car bike bicycle lift"
    .split(" ")
    .map(englishKey),
);
const TAKE = englishKey("take");
const BEFORE_NOUN = new Set(["the", "a", "an", "my", "your", "his", "her", "our", "their", "its", "this", "that"]);
const TRAVEL_KEYS = ["travel", "go", "ride"].map(englishKey);

function takingTransport(words: EnglishWord[]): EnglishWord[] {
  return words.map((w, i) => {
    if (!w.keys.includes(TAKE)) return w;
    let j = i + 1;
    if (BEFORE_NOUN.has(words[j]?.text.toLowerCase() ?? "")) j++;
    // One word may stand between: "the night train", "a local bus".
    const noun = [words[j], words[j + 1]].find(
      (n) => n && n.sentence === w.sentence && n.keys.some((k) => TRANSPORT.has(k)),
    );
    return noun ? { ...w, keys: [...new Set([...w.keys, ...TRAVEL_KEYS])] } : w;
  });
}

/** English sentences of a paragraph (Intl.Segmenter, with "Mr." and initials kept inside a sentence). */
export function splitEnglishSentences(paragraph: string): string[] {
  const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
  const out: string[] = [];
  for (const { segment } of segmenter.segment(paragraph)) {
    const text = segment.trim();
    if (!text) continue;
    const prev = out[out.length - 1];
    if (prev && /(?:\b(?:Mr|Mrs|Ms|Dr|St|Prof|Jr|Sr|vs|etc|e\.g|i\.e|U\.S|U\.K)|\b\p{Lu})\.$/u.test(prev))
      out[out.length - 1] = `${prev} ${text}`;
    else out.push(text);
  }
  return out;
}
