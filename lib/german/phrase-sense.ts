// The sense of an ambiguous noun from the verb it goes with, through Ding's headword for the two: "Sie warf
// einen kurzen Blick auf die Uhr" is Blick "look", as Ding's "einen kurzen Blick werfen" is "to look over",
// not "view". The English of a fixed noun + verb phrase names the noun's sense in it.
import { namedChoice } from "./compound-sense";
import type { Lexicon } from "./lexicon";
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
