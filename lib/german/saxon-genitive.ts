// German puts a genitive before its noun without an article only for a name: "Mahlers fünfte Sinfonie",
// "Bachs Kantaten", "Goethes Faust". A common noun there needs its article ("des Baches Ufer"), so a word
// read as a noun's genitive in -s that stands so is a name, though the dictionary also has it as a noun
// (der Mahler, one who grinds; der Bach, a brook).
import { functionWord } from "./closed-class";
import { nameDraft } from "./draft";
import { nounLemmas } from "./lemmatize";
import type { Lexicon } from "./lexicon";
import type { Draft } from "./sentence-context";
import type { Token } from "./types";

/**
 * Words after which the genitive is a common noun's: an article, a determiner, an adjective or a number has
 * begun its phrase already, and after a noun it is that noun's genitive ("Anfang Januars", "Ende Mais").
 */
const OPENS_PHRASE = new Set(["det", "adj", "num", "pron", "noun"]);

function adjacentWord(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i - 1];
  const b = tokens[i];
  return a?.type === "word" && b?.type === "word" && a.start + a.text.length + 1 === b.start;
}

/**
 * "Das Orchester spielt Mahlers fünfte Sinfonie": a capitalised noun whose form is its lemma plus -s, and no
 * plural, with no article, determiner, adjective or noun before it, right before a noun (an adjective or a number
 * may come between, no article), is a name in the genitive: a name of its lemma (Mahlers → Mahler). A word
 * German has in small letters is an adverb or a conjunction first ("Sonntags Ruhetag", "Falls Fragen
 * bestehen").
 */
export function saxonGenitives(lex: Lexicon, tokens: readonly Token[], drafts: (Draft | null)[]): void {
  const pos = (k: number) => (tokens[k]?.type === "word" ? drafts[k]?.a.pos : undefined);
  drafts.forEach((d, i) => {
    const text = tokens[i]?.text ?? "";
    if (d?.a.pos !== "noun" || !/^\p{Lu}\p{Ll}{2,}s$/u.test(text) || /(?:ss|us)$/u.test(text)) return;
    const lemma = text.slice(0, -1);
    if (d.a.lemma !== lemma) return;
    const lower = text.toLowerCase();
    if (lex.has(lower) || functionWord(lower).length > 0) return;
    const entries = nounLemmas(lex, text);
    if (entries.some((e) => e.lemma === text || e.plurals.includes(text))) return;
    const before = pos(i - 1);
    if (before && OPENS_PHRASE.has(before)) return;
    let next = i + 1;
    if (!adjacentWord(tokens, next)) return;
    if (pos(next) === "adj" || pos(next) === "num") next++;
    if (pos(next) !== "noun" || !adjacentWord(tokens, next)) return;
    drafts[i] = nameDraft(text, lemma, undefined, false);
  });
}
