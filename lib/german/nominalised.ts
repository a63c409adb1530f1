// Nominalised adjectives and participles (der/die Vorsitzende, ein Vorsitzender) have the gender of the
// person meant, which only the article shows: the dictionary's one gender is a guess.
import { contentWords } from "./gloss-words";
import { adjectives, verbLemmas } from "./lemmatize";
import type { Lexicon } from "./lexicon";
import { type Draft, wordAt } from "./sentence-context";
import type { Token } from "./types";
import { capitalise } from "./word-shape";

/** Whether a noun lemma in -e is an adjective or participle used as a noun: Vorsitzende, Abgeordnete, Deutsche. */
export function isNominalisedAdjective(lex: Lexicon, lemma: string): boolean {
  if (!lemma.endsWith("e") || lemma.length < 5) return false;
  return lex.cached("nominalised", lemma, () => {
    // The last part of a compound decides: Fraktionsvorsitzende → vorsitzende.
    const lower = lemma.toLowerCase();
    for (let i = 0; i <= lower.length - 5; i++) {
      const stem = lower.slice(i, -1);
      if (stem.length < 4) break;
      if (/end$/.test(stem) && lex.isVerb(`${stem.slice(0, -1)}n`)) return true;
      // A participle's -e noun is the participle's (Illustrierte); an adjective's may be a feminine of its own.
      if (verbLemmas(lex, stem).some((h) => h.participle)) return i === 0 || i > 2;
      if (adjectives(lex, stem).length) return (i === 0 || i > 2) && !plainFeminine(lex, capitalise(lower.slice(i)));
    }
    return false;
  });
}

/**
 * A feminine noun of its own that only looks like an adjective with -e: Ding has it as feminine only, and
 * no masculine in -er of the same meaning beside it (Platte, Initiative: no "Platter" plate; but
 * Verlobte beside Verlobter, both "betrothed").
 */
function plainFeminine(lex: Lexicon, noun: string): boolean {
  const own = lex.entries(noun).filter((e) => e.pos === "noun");
  if (own.length === 0 || !own.every((e) => e.gender === "f")) return false;
  // A woman is meant: the adjective's person (die Alte, old woman).
  const glosses = own.flatMap((e) => e.senses.flatMap((x) => x.glosses));
  if (glosses.some((g) => /\b(?:woman|women|lady|girl|female|wife)\b/.test(g))) return false;
  const words = contentWords(glosses);
  return !lex
    .entries(`${noun}r`)
    .some(
      (e) =>
        e.pos === "noun" &&
        e.gender === "m" &&
        [...contentWords(e.senses.flatMap((x) => x.glosses))].some((w) => words.has(w)),
    );
}

/**
 * The plural a card shows after "die": a nominalised adjective takes the weak ending there (die
 * Vorsitzenden; only without an article is it Vorsitzende), whatever plural the dictionary lists.
 */
export function nominalisedPlural(lemma: string): string {
  return `${lemma}n`;
}

// Prepositions that take only the accusative: after them "den Verlobten" is still one man.
const ACCUSATIVE_PREPOSITIONS = new Set(["für", "durch", "gegen", "ohne", "um"]);

/**
 * Gender from the article before a nominalised adjective, when its ending makes it unambiguous. `prep` is
 * the preposition before the article, if any: after one, "der" is the feminine dative or genitive (mit der
 * Bodenplatte), and a nominalised adjective would end in -en there, so "der … -e" says nothing.
 */
function genderFromArticle(article: string, form: string, prep?: string): "m" | "f" | "n" | undefined {
  if (form.endsWith("er") && /^(?:ein|kein|mein|dein|sein|ihr|unser|euer)$/.test(article)) return "m";
  if (form.endsWith("es") && /^(?:ein|kein|mein|dein|sein|ihr|unser|euer)$/.test(article)) return "n";
  if (form.endsWith("en") && /^(?:einem|dem|diesem|jedem|keinem)$/.test(article)) return "m";
  // The accusative singular (ihren Verlobten, den Vorsitzenden): the dative plural, after a preposition
  // that may take it, leaves the gender open.
  if (
    form.endsWith("en") &&
    /^(?:den|einen|keinen|meinen|deinen|seinen|ihren|unseren|euren|diesen|jeden)$/.test(article) &&
    (prep === undefined || ACCUSATIVE_PREPOSITIONS.has(prep))
  )
    return "m";
  if (!form.endsWith("e")) return undefined;
  if (article === "der" || article === "dieser" || article === "jeder") return prep === undefined ? "m" : undefined;
  if (
    article === "die" ||
    article === "diese" ||
    article === "jede" ||
    /^(?:ein|kein|mein|dein|sein|ihr|unser)e$/.test(article)
  )
    return "f";
  if (article === "das" || article === "dieses") return "n";
  return undefined;
}

export function genderFromArticles(lex: Lexicon, tokens: readonly Token[], drafts: (Draft | null)[]): void {
  drafts.forEach((d, i) => {
    if (d?.a.pos !== "noun" || !isNominalisedAdjective(lex, d.a.lemma)) return;
    // The article may stand before an adjective: "der neue Vorsitzende".
    for (let j = i - 1; j >= Math.max(-1, i - 3); j--) {
      const prev = drafts[j];
      const t = wordAt(tokens, j);
      // "Bester Deutscher wurde …": opening the sentence with no article, the strong ending -er is the
      // masculine nominative singular.
      if (j === -1 && d.a.text.endsWith("er")) d.a.gender = "m";
      if (!prev || !t) return;
      if (prev.a.pos === "adj") continue;
      if (prev.a.pos !== "det") return;
      const before = drafts[j - 1]?.a.pos === "prep" ? wordAt(tokens, j - 1)?.text.toLowerCase() : undefined;
      const gender = genderFromArticle(t.text.toLowerCase(), d.a.text, before);
      if (gender) d.a.gender = gender;
      return;
    }
  });
}
