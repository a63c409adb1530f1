// How a noun is written for the learner: with its article ("der Hund"). One table for the card, the key
// vocabulary list, review prompts and exports.
export type Article = "der" | "die" | "das";

const ARTICLES: Readonly<Record<"m" | "f" | "n", Article>> = { m: "der", f: "die", n: "das" };

export function articleFor(gender: string | null | undefined): Article | undefined {
  return gender === "m" || gender === "f" || gender === "n" ? ARTICLES[gender] : undefined;
}

export interface GermanWord {
  lemma: string;
  pos: string;
  gender: string | null;
  plural: string | null;
}

/** A plural-only noun (die Einkünfte, die Leute): the engine gives it no gender and itself as its plural. */
function isPluralOnly(word: GermanWord): boolean {
  return word.pos === "noun" && !articleFor(word.gender) && word.plural === word.lemma;
}

/** The article a noun is learnt with; plural-only nouns take "die". */
export function nounArticle(word: GermanWord): Article | undefined {
  if (isPluralOnly(word)) return "die";
  return word.pos === "noun" ? articleFor(word.gender) : undefined;
}

/** The word as a learner should learn it: "der Weg", "die Einkünfte", "weg". */
export function germanWithArticle(word: GermanWord): string {
  const article = nounArticle(word);
  return article ? `${article} ${word.lemma}` : word.lemma;
}
