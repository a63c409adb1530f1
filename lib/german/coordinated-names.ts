// A capitalised word the dictionary lacks, coordinated with a name, is a name of the same kind: a list
// joins like with like ("bei dm und Rossmann", "Bosch, Miele und Vaillant", "der Wendelstein und der Watzmann").
import { splitCompound } from "./compounds";
import { nameDraft } from "./draft";
import { listedNounLemmas } from "./lemmatize";
import type { Lexicon } from "./lexicon";
import { type Draft, isSentenceInitial } from "./sentence-context";
import type { Token } from "./types";

const JOINS = new Set(["und", "oder", "sowie", ","]);
const ARTICLES = new Set(["der", "die", "das", "den", "dem", "des"]);

const textAt = (tokens: readonly Token[], k: number) => tokens[k]?.text ?? "";

/** Index of the article before token k, if there is one. */
function articleBefore(tokens: readonly Token[], k: number): number | undefined {
  return ARTICLES.has(textAt(tokens, k - 1).toLowerCase()) ? k - 1 : undefined;
}

/** The name coordinated with the conjunct starting at `start` and ending at `end`, before or after it. */
function coordinatedName(
  tokens: readonly Token[],
  names: readonly boolean[],
  start: number,
  end: number,
): { join: string; article: boolean } | undefined {
  const before = textAt(tokens, start - 1);
  if (JOINS.has(before) && names[start - 2])
    return { join: before, article: articleBefore(tokens, start - 2) !== undefined };
  const after = textAt(tokens, end + 1);
  if (!JOINS.has(after)) return undefined;
  const partner = ARTICLES.has(textAt(tokens, end + 2).toLowerCase()) ? end + 3 : end + 2;
  if (names[partner]) return { join: after, article: partner === end + 3 };
  return undefined;
}

/**
 * Reads as names the unlisted capitalised words coordinated with a name. Only words the dictionary has
 * neither as a headword nor as a form of one (Umgebung, Müller stay nouns), in their base form (not a
 * compound's plural, Zulieferbetriebe). A compound of German words (Ross + Mann) is as often an unlisted
 * common noun, so it must stand like its partner, both bare or both with an article, and be joined by a
 * conjunction, not a comma ("Laut Müller, Vereinsvorsitzender seit 2010" is an apposition).
 */
export function coordinatedNames(lex: Lexicon, tokens: readonly Token[], drafts: (Draft | null)[]): void {
  const names = drafts.map((d) => d?.a.pos === "name");
  drafts.forEach((d, i) => {
    const text = textAt(tokens, i);
    if (d?.a.pos !== "noun" || d.a.lemma !== text || !/^\p{Lu}\p{Ll}{2,}$/u.test(text)) return;
    if (isSentenceInitial(tokens, i) || lex.entries(text).length > 0 || lex.entries(text.toLowerCase()).length > 0)
      return;
    if (listedNounLemmas(lex, text).length > 0) return;
    const article = articleBefore(tokens, i);
    const partner = coordinatedName(tokens, names, article ?? i, i);
    if (!partner) return;
    const compound = splitCompound(lex, text) !== undefined;
    if (compound && (partner.join === "," || partner.article !== (article !== undefined))) return;
    drafts[i] = nameDraft(text, text, undefined, false);
  });
}
