// What the lexicon says a word form could be, as a short code the tagger uses as a feature:
// "N" noun, "V" verb form, "I" infinitive, "P" participle, "A" adjective, "D" adverb, "M" name, and the
// closed-class readings (det, pron, prep, conj, part). The tagger learns how context chooses among them.
import { functionWord } from "../closed-class";
import { gazetteerName } from "../gazetteer";
import { dictionaryName } from "../geographic-names";
import { adjectiveLemmas, adjectives, nounLemmas, verbLemmas } from "../lemmatize";
import type { Lexicon } from "../lexicon";
import { capitalise } from "../word-shape";

const CLOSED: Record<string, string> = { det: "t", pron: "r", prep: "p", conj: "c", part: "k", adv: "d", num: "u" };

export function lexicalClasses(lex: Lexicon, word: string): string {
  if (word.length > 60) return "-";
  return lex.cached("classes", word, () => {
    const lower = word.toLowerCase();
    const codes = new Set<string>();
    for (const r of functionWord(lower)) codes.add(CLOSED[r.pos] ?? "o");
    if (nounLemmas(lex, capitalise(word)).length) codes.add("N");
    const verbs = verbLemmas(lex, lower);
    if (verbs.length) codes.add("V");
    if (verbs.some((v) => v.inf === lower)) codes.add("I");
    if (verbs.some((v) => v.participle)) codes.add("P");
    if (adjectives(lex, lower).length || adjectiveLemmas(lex, lower).length) codes.add("A");
    for (const e of lex.entries(lower)) if (e.pos === "adv") codes.add("D");
    if (gazetteerName(word) || dictionaryName(lex, word)) codes.add("M");
    if (lex.isFirstName(lower)) codes.add("F");
    return codes.size ? [...codes].sort().join("") : "-";
  });
}
