// The sense of an ambiguous noun from the verb it goes with, through Ding's headword for the two: "Sie warf
// einen kurzen Blick auf die Uhr" is Blick "look", as Ding's "einen kurzen Blick werfen" is "to look over",
// not "view". The English of a fixed noun + verb phrase names the noun's sense in it.
import { namedChoice } from "./compound-sense";
import { governs } from "./governed-preposition";
import type { Lexicon, LexSense } from "./lexicon";
import type { MeaningChoice } from "./meaning";
import { clauseBounds, type Draft, type SentenceContext, wordAt } from "./sentence-context";

// Verbs of grammar, whose phrases are the copula's or the auxiliary's ("fehl am Platz sein").
const LIGHT_VERBS = new Set(["sein", "haben", "werden"]);

/**
 * The verb's phrases that hold the noun as written, with their words before the verb: per verb, its phrases
 * by noun, built once (a verb may head hundreds of phrases, and every ambiguous noun asks).
 */
function phrasesWith(lex: Lexicon, verb: string, noun: string): readonly (readonly [string, readonly string[]])[] {
  const byNoun = lex.cached("phrasesByNoun", verb, () => {
    const out = new Map<string, [string, string[]][]>();
    for (const phrase of lex.phrasesEndingIn(verb)) {
      const words = phrase.split(" ").slice(0, -1);
      for (const w of new Set(words)) if (/^\p{Lu}/u.test(w)) out.set(w, [...(out.get(w) ?? []), [phrase, words]]);
    }
    return out;
  });
  return byNoun.get(noun) ?? [];
}

/**
 * The sense of the noun a phrase of the clause's verb names, where the phrase's other words all stand in
 * the clause as written and the noun among them: the sense of the longest gloss named, the first sense's
 * only where another gloss of it is named.
 */
export function phraseSense(
  lex: Lexicon,
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const d = drafts[i];
  const senses = d?.senses ?? [];
  if (!d || senses.length < 2) return undefined;
  const [from, to] = clauseBounds(ctx.tokens, i);
  const present = new Set<string>();
  for (let j = from; j <= to; j++) {
    const t = wordAt(ctx.tokens, j);
    if (t) present.add(t.text);
  }
  const glosses: string[] = [];
  for (let j = from; j <= to; j++) {
    const v = drafts[j];
    if (v?.a.pos !== "verb" || LIGHT_VERBS.has(v.a.lemma)) continue;
    for (const [phrase, words] of phrasesWith(lex, v.a.lemma, d.a.text)) {
      if (!words.every((w) => present.has(w))) continue;
      for (const e of lex.entries(phrase))
        for (const s of e.senses) glosses.push(...s.glosses.map((g) => g.toLowerCase()));
    }
  }
  return namedChoice(senses, glosses);
}

/** The preposition whose phrase noun j ends (articles, adjectives, numbers between), if any. */
function prepositionOf(drafts: readonly (Draft | null)[], j: number, from: number): string | undefined {
  let k = j - 1;
  while (k >= from && ["det", "adj", "num"].includes(drafts[k]?.a.pos ?? "")) k--;
  const a = k >= from ? drafts[k]?.a : undefined;
  return a?.pos === "prep" ? a.text.toLowerCase() : undefined;
}

/**
 * The sense of a verb whose Ding phrase with a noun of its clause stands there, the phrase's other words
 * too ("Sie nahm Abschied von ihren Eltern": Abschied nehmen "to say goodbye", not nehmen "to take"; "Er
 * macht große Fortschritte": Fortschritte machen "to progress"). The English of a fixed noun + verb phrase
 * is the verb's meaning in it, as the object nouns Ding gives a sense with are (objectSense). The phrase's
 * first sense whose preposition, if it needs one, the clause has (`words`), and whose reflexive use fits;
 * of several phrases the longest.
 */
export function verbPhraseSense(
  lex: Lexicon,
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
  words: readonly string[],
  reflexiveUse: boolean,
): LexSense | undefined {
  const d = drafts[i];
  if (!d || d.a.idiom || LIGHT_VERBS.has(d.a.lemma)) return undefined;
  const [from, to] = clauseBounds(ctx.tokens, i);
  const present = new Set<string>();
  const nouns: [string, string | undefined][] = [];
  for (let j = from; j <= to; j++) {
    const t = wordAt(ctx.tokens, j);
    if (!t) continue;
    present.add(t.text);
    if (drafts[j]?.a.pos === "noun") nouns.push([t.text, prepositionOf(drafts, j, from)]);
  }
  let best: { sense: LexSense; length: number } | undefined;
  for (const [noun, prep] of nouns)
    for (const [phrase, before] of phrasesWith(lex, d.a.lemma, noun)) {
      if (!before.every((w) => present.has(w)) || (best && best.length >= before.length)) continue;
      // A noun in a preposition's phrase is no phrase's object unless the phrase has that preposition: "Er
      // zieht an der Leine" is no "Leine ziehen" ("to vamoose").
      if (prep !== undefined && !before.some((w) => w.toLowerCase() === prep)) continue;
      const sense = lex
        .entries(phrase)
        .filter((e) => e.pos === "verb")
        .flatMap((e) => e.senses)
        .find((s) => (s.prep === undefined || governs(words, s.prep)) && (!s.reflexive || reflexiveUse));
      if (sense) best = { sense, length: before.length };
    }
  return best?.sense;
}
