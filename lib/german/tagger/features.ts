// Features of one token for the part-of-speech tagger: the word, its ending and shape, its neighbours,
// the tags already given to the words before it, and what the lexicon says each could be.

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

const lowerAt = (input: TagInput, i: number) =>
  i < 0 ? "<s>" : i >= input.words.length ? "</s>" : (input.words[i] ?? "").toLowerCase();
const classAt = (input: TagInput, i: number) =>
  i < 0 ? "<s>" : i >= input.classes.length ? "</s>" : (input.classes[i] ?? "-");

const CLAUSE_END = /^[,.;:!?()„"“–—-]$/;

/** The last word before the next clause boundary: a verb there marks a verb-final (subordinate) clause. */
function clauseEnd(input: TagInput, i: number): number {
  let j = i + 1;
  while (j < input.words.length && !CLAUSE_END.test(input.words[j] ?? "")) j++;
  return j - 1;
}

export function features(input: TagInput, i: number, prev: string, prev2: string): string[] {
  const w = input.words[i] ?? "";
  const lower = w.toLowerCase();
  const cls = classAt(input, i);
  const initial = i === 0 || /^[.!?:„"“(–-]$/.test(input.words[i - 1] ?? "");
  const end = clauseEnd(input, i);
  const last = end > i ? classAt(input, end) : "=";
  return [
    "b",
    `w=${lower}`,
    `s1=${lower.slice(-1)}`,
    `s2=${lower.slice(-2)}`,
    `s3=${lower.slice(-3)}`,
    `s4=${lower.slice(-4)}`,
    `p2=${lower.slice(0, 2)}`,
    `sh=${shape(w)}`,
    `sh=${shape(w)}|i=${initial}`,
    `c=${cls}`,
    `c=${cls}|sh=${shape(w)}|i=${initial}`,
    `c=${cls}|t-1=${prev}`,
    `t-1=${prev}`,
    `t-2=${prev2}|t-1=${prev}`,
    `t-1=${prev}|s3=${lower.slice(-3)}`,
    `w-1=${lowerAt(input, i - 1)}`,
    `w-1=${lowerAt(input, i - 1)}|c=${cls}`,
    `w-2=${lowerAt(input, i - 2)}`,
    `w+1=${lowerAt(input, i + 1)}`,
    `w+1=${lowerAt(input, i + 1)}|c=${cls}`,
    `w+2=${lowerAt(input, i + 2)}`,
    `c+1=${classAt(input, i + 1)}`,
    `c+1=${classAt(input, i + 1)}|c=${cls}`,
    `c-1=${classAt(input, i - 1)}|c=${cls}`,
    `c+2=${classAt(input, i + 2)}`,
    `sh+1=${shape(input.words[i + 1] ?? "")}|c=${cls}`,
    // Attributive participles and adjectives (ADJ vs VERB): the tag before and the next word's shape.
    `t-1=${prev}|s2=${lower.slice(-2)}|sh+1=${shape(input.words[i + 1] ?? "")}`,
    // Predicative adjective vs adverb, article vs pronoun: the word with its neighbours.
    `w=${lower}|t-1=${prev}`,
    `w=${lower}|c+1=${classAt(input, i + 1)}`,
    `w=${lower}|sh+1=${shape(input.words[i + 1] ?? "")}`,
    // Names vs common nouns: runs of capitalised words.
    `sh-1=${shape(input.words[i - 1] ?? "")}|sh=${shape(w)}|sh+1=${shape(input.words[i + 1] ?? "")}`,
    `t-1=${prev}|sh=${shape(w)}|c=${cls}`,
    // "Während die Regierung … befreit hat, …" (conjunction) vs "Während des Krieges kam er" (preposition),
    // relative "die" vs article: what ends the clause the word opens.
    `c=${cls}|end=${last}`,
    `w=${lower}|end=${last}`,
    `w-1=${lowerAt(input, i - 1)}|c=${cls}|end=${last}`,
  ];
}
