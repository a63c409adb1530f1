// How a saved word is written for the learner: nouns with their article ("der Hund").
import type { Gender } from "./schema";

const ARTICLES: Record<Gender, "der" | "die" | "das"> = { m: "der", f: "die", n: "das" };

export function articleFor(gender: string | null | undefined): "der" | "die" | "das" | undefined {
  return gender === "m" || gender === "f" || gender === "n" ? ARTICLES[gender] : undefined;
}

export function withArticle(lemma: string, gender: string | null | undefined): string {
  const article = articleFor(gender);
  return article ? `${article} ${lemma}` : lemma;
}
