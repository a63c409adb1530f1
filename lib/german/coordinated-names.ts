// A capitalised word the dictionary lacks, coordinated with a name, is a name of the same kind: a list
// joins like with like ("bei dm und Rossmann", "Bosch, Miele und Vaillant", "der Wendelstein und der Watzmann");
// in a list of common nouns it is a common noun ("Eiben, Ilex oder Liguster").
import { splitCompound } from "./compounds";
import { nameDraft, unknownDraft } from "./draft";
import { listedNounLemmas } from "./lemmatize";
import type { Lexicon } from "./lexicon";
import { givenName } from "./names";
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

/** The members of the list token i stands in, up to two on each side (an article before a member is skipped). */
function listPartners(tokens: readonly Token[], i: number): number[] {
  const partners: number[] = [];
  let k = articleBefore(tokens, i) ?? i;
  for (let n = 0; n < 2 && JOINS.has(textAt(tokens, k - 1)); n++) {
    partners.push(k - 2);
    k = articleBefore(tokens, k - 2) ?? k - 2;
  }
  k = i;
  for (let n = 0; n < 2 && JOINS.has(textAt(tokens, k + 1)); n++) {
    k = ARTICLES.has(textAt(tokens, k + 2).toLowerCase()) ? k + 3 : k + 2;
    partners.push(k);
  }
  return partners;
}

/**
 * Reads as common nouns the names guessed for unlisted capitalised words in a list of the dictionary's nouns,
 * one before and one after them at least: "Eiben, Ilex oder Liguster", "frei von Duftstoffen, Parabenen und
 * Mineralölen". A first name stays a name ("Äpfel, Birnen und Thomas" is rare, but Thomas is no plant).
 */
export function coordinatedNouns(lex: Lexicon, tokens: readonly Token[], drafts: (Draft | null)[]): void {
  drafts.forEach((d, i) => {
    const text = textAt(tokens, i);
    if (d?.a.pos !== "name" || d.a.known || d.sureName || d.a.lemma !== text || !/^\p{Lu}\p{Ll}+$/u.test(text)) return;
    if (isSentenceInitial(tokens, i) || givenName(lex, text)) return;
    const partners = listPartners(tokens, i);
    const noun = (k: number) => drafts[k]?.a.pos === "noun" && drafts[k]?.a.known === true;
    if (partners.some((k) => k < i && noun(k)) && partners.some((k) => k > i && noun(k)) && partners.every(noun))
      drafts[i] = unknownDraft(text, text, "noun");
  });
}
