// How a noun is written for the learner: with its article ("der Hund"). One table for the card, the key
// vocabulary list, review prompts and exports.
export type Article = "der" | "die" | "das";

const ARTICLES: Readonly<Record<"m" | "f" | "n", Article>> = { m: "der", f: "die", n: "das" };

export function articleFor(gender: string | null | undefined): Article | undefined {
  return gender === "m" || gender === "f" || gender === "n" ? ARTICLES[gender] : undefined;
}

export function withArticle(lemma: string, gender: string | null | undefined): string {
  const article = articleFor(gender);
  return article ? `${article} ${lemma}` : lemma;
}
