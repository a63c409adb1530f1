// Features of one token for the part-of-speech tagger: the word, its ending and shape, its neighbours,
// the tags already given to the words before it, and what the lexicon says each could be.
//
// A feature is a template (the names of its parts) filled with this token's values, written
// "w=haus|t-1=DET". The values that do not depend on the tags already given are worked out once per
// sentence (`prepare`), so each string a lookup hashes is made once and reused by every feature that
// names it; the decoder numbers them and looks a feature up by its parts' numbers (feature-index.ts)
// instead of building each key.

export interface TagInput {
  /** Surface forms of the sentence's tokens (punctuation included). */
  words: readonly string[];
  /** lexicalClasses() of each token. */
  classes: readonly string[];
}

function shape(w: string): string {
  if (/^\d+([.,:]\d+)*\.?$/.test(w)) return "num";
  if (/^\p{P}+$/u.test(w)) return "punct";
  if (/\d/.test(w)) return "alnum";
  if (/^\p{Lu}+$/u.test(w) && w.length > 1) return "caps";
  if (/^\p{Lu}/u.test(w)) return w.includes("-") ? "Cap-" : "Cap";
  return w.includes("-") ? "low-" : "low";
}

const CLAUSE_END = /^[,.;:!?()„"“–—-]$/;
const OPENS_SENTENCE = /^[.!?:„"“(–-]$/;
/** Room before and after the sentence in the padded arrays: features look two tokens either way. */
export const PAD = 2;

/** A sentence's tag-independent values, each array padded by PAD at both ends (index i + PAD is token i). */
export interface PreparedSentence {
  readonly lower: readonly string[];
  readonly cls: readonly string[];
  /** Shapes of the neighbours past either end are the shape of "" ("low"), as they always were. */
  readonly shape: readonly string[];
  readonly initial: readonly string[];
  /** Lexical class of the last word of the clause the token opens, or "=" when it is that word. */
  readonly end: readonly string[];
  readonly s1: readonly string[];
  readonly s2: readonly string[];
  readonly s3: readonly string[];
  readonly s4: readonly string[];
  readonly p2: readonly string[];
}

export function prepare(input: TagInput): PreparedSentence {
  const { words, classes } = input;
  const n = words.length;
  const size = n + 2 * PAD;
  const column = (before: string, after: string) => {
    const values = new Array<string>(size);
    for (let k = 0; k < PAD; k++) {
      values[k] = before;
      values[size - 1 - k] = after;
    }
    return values;
  };
  const classAt = (i: number) => (i >= classes.length ? "</s>" : (classes[i] ?? "-"));
  const p = {
    lower: column("<s>", "</s>"),
    cls: column("<s>", "</s>"),
    // Neighbours past either end have the shape of "" ("low").
    shape: column("low", "low"),
    initial: column("", ""),
    end: column("", ""),
    s1: column("", ""),
    s2: column("", ""),
    s3: column("", ""),
    s4: column("", ""),
    p2: column("", ""),
  };
  // The last word before the next clause boundary: a verb there marks a verb-final (subordinate) clause.
  let boundary = n;
  for (let i = n - 1; i >= 0; i--) {
    const end = boundary - 1;
    p.end[i + PAD] = end > i ? classAt(end) : "=";
    if (CLAUSE_END.test(words[i] ?? "")) boundary = i;
  }
  for (let i = 0; i < n; i++) {
    const word = words[i] ?? "";
    const lower = word.toLowerCase();
    const k = i + PAD;
    p.lower[k] = lower;
    p.cls[k] = classAt(i);
    p.shape[k] = shape(word);
    p.initial[k] = String(i === 0 || OPENS_SENTENCE.test(words[i - 1] ?? ""));
    p.s1[k] = lower.slice(-1);
    p.s2[k] = lower.slice(-2);
    p.s3[k] = lower.slice(-3);
    p.s4[k] = lower.slice(-4);
    p.p2[k] = lower.slice(0, 2);
  }
  return p;
}

/** A column of the prepared sentence: each part of a feature reads one, at an offset from the token. */
export type Column = keyof PreparedSentence;

/** Where a part's value comes from: a column at an offset from the token, or a tag already given. */
export type PartSource = { column: Column; offset: number } | { tag: 1 | 2 };

/** Each part a template can name, and where its value comes from. */
export const PART_SOURCES: Readonly<Record<string, PartSource>> = {
  w: { column: "lower", offset: 0 },
  "w-1": { column: "lower", offset: -1 },
  "w-2": { column: "lower", offset: -2 },
  "w+1": { column: "lower", offset: 1 },
  "w+2": { column: "lower", offset: 2 },
  c: { column: "cls", offset: 0 },
  "c-1": { column: "cls", offset: -1 },
  "c+1": { column: "cls", offset: 1 },
  "c+2": { column: "cls", offset: 2 },
  sh: { column: "shape", offset: 0 },
  "sh-1": { column: "shape", offset: -1 },
  "sh+1": { column: "shape", offset: 1 },
  i: { column: "initial", offset: 0 },
  end: { column: "end", offset: 0 },
  s1: { column: "s1", offset: 0 },
  s2: { column: "s2", offset: 0 },
  s3: { column: "s3", offset: 0 },
  s4: { column: "s4", offset: 0 },
  p2: { column: "p2", offset: 0 },
  "t-1": { tag: 1 },
  "t-2": { tag: 2 },
};

/** The value a part has for token i (prev and prev2: the tags given to the two tokens before it). */
export function partValue(source: PartSource, p: PreparedSentence, i: number, prev: string, prev2: string): string {
  if ("tag" in source) return source.tag === 1 ? prev : prev2;
  return p[source.column][i + source.offset + PAD] as string;
}

/**
 * The feature templates, in the order the trained weights were learned with. The first, with no parts,
 * is the bias ("b").
 */
export const TEMPLATES: readonly (readonly string[])[] = [
  [],
  ["w"],
  ["s1"],
  ["s2"],
  ["s3"],
  ["s4"],
  ["p2"],
  ["sh"],
  ["sh", "i"],
  ["c"],
  ["c", "sh", "i"],
  ["c", "t-1"],
  ["t-1"],
  ["t-2", "t-1"],
  ["t-1", "s3"],
  ["w-1"],
  ["w-1", "c"],
  ["w-2"],
  ["w+1"],
  ["w+1", "c"],
  ["w+2"],
  ["c+1"],
  ["c+1", "c"],
  ["c-1", "c"],
  ["c+2"],
  ["sh+1", "c"],
  // Attributive participles and adjectives (ADJ vs VERB): the tag before and the next word's shape.
  ["t-1", "s2", "sh+1"],
  // Predicative adjective vs adverb, article vs pronoun: the word with its neighbours.
  ["w", "t-1"],
  ["w", "c+1"],
  ["w", "sh+1"],
  // Names vs common nouns: runs of capitalised words.
  ["sh-1", "sh", "sh+1"],
  ["t-1", "sh", "c"],
  // "Während die Regierung … befreit hat, …" (conjunction) vs "Während des Krieges kam er" (preposition),
  // relative "die" vs article: what ends the clause the word opens.
  ["c", "end"],
  ["w", "end"],
  ["w-1", "c", "end"],
];

/** The name of the bias feature, the template with no parts. */
export const BIAS = "b";

/** The features of token i as strings, the form the weights are stored and trained under. */
export function featuresOf(p: PreparedSentence, i: number, prev: string, prev2: string): string[] {
  return TEMPLATES.map((names) =>
    names.length === 0
      ? BIAS
      : names.map((name) => `${name}=${partValue(PART_SOURCES[name] as PartSource, p, i, prev, prev2)}`).join("|"),
  );
}

export function features(input: TagInput, i: number, prev: string, prev2: string): string[] {
  return featuresOf(prepare(input), i, prev, prev2);
}
