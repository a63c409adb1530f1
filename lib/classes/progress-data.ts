import "server-only";
import { readableParagraphs } from "@/lib/passages/readable";
import { db } from "@/lib/server/db";
import { keyLemmasFor } from "./key-vocabulary";
import type { LearnerFacts } from "./progress";

export interface LearnerKey {
  id: string;
  level: string | null;
}

export interface PassageKey {
  id: string;
  /** The stored key vocabulary (per level). */
  keyVocabulary: unknown;
  /** When it was assigned: reading before then is counted apart. */
  since: Date;
}

export const factsKey = (userId: string, passageId: string) => `${userId}\u0000${passageId}`;

/**
 * What each learner did with each passage: paragraphs read, words saved from it, and reviews.
 * Callers decide whose facts they may see; this only counts.
 */
export async function loadLearnerFacts(
  learners: LearnerKey[],
  passages: PassageKey[],
): Promise<Map<string, LearnerFacts>> {
  const facts = new Map<string, LearnerFacts>();
  if (learners.length === 0 || passages.length === 0) return facts;
  const userIds = learners.map((l) => l.id);
  const passageIds = passages.map((p) => p.id);
  const lemmas = [...new Set(passages.flatMap((p) => learners.flatMap((l) => keyLemmasFor(p.keyVocabulary, l.level))))];
  const [reads, saved, reviewedLemmas] = await Promise.all([
    db.readingProgress.findMany({
      where: { userId: { in: userIds }, passageId: { in: passageIds }, paragraph: readableParagraphs },
      select: { userId: true, passageId: true, readAt: true },
    }),
    db.vocabularyItem.findMany({
      where: { userId: { in: userIds }, passageId: { in: passageIds } },
      select: { userId: true, passageId: true, card: { select: { _count: { select: { logs: true } } } } },
    }),
    lemmas.length === 0
      ? Promise.resolve([])
      : db.vocabularyItem.findMany({
          where: { userId: { in: userIds }, lemma: { in: lemmas }, card: { is: { logs: { some: {} } } } },
          select: { userId: true, lemma: true },
        }),
  ]);
  const entry = (userId: string, passageId: string) => {
    const key = factsKey(userId, passageId);
    let value = facts.get(key);
    if (!value) {
      value = {
        paragraphsRead: 0,
        paragraphsReadEarlier: 0,
        wordsSaved: 0,
        savedWordsReviewed: 0,
        reviewedLemmas: new Set<string>(),
      };
      facts.set(key, value);
    }
    return value;
  };
  const since = new Map(passages.map((p) => [p.id, p.since.getTime()]));
  for (const row of reads) {
    const value = entry(row.userId, row.passageId);
    if (row.readAt.getTime() >= (since.get(row.passageId) ?? 0)) value.paragraphsRead += 1;
    else value.paragraphsReadEarlier += 1;
  }
  for (const item of saved) {
    if (!item.passageId) continue;
    const value = entry(item.userId, item.passageId);
    value.wordsSaved += 1;
    if ((item.card?._count.logs ?? 0) > 0) value.savedWordsReviewed += 1;
  }
  const reviewedBy = new Map<string, Set<string>>();
  for (const row of reviewedLemmas) {
    const set = reviewedBy.get(row.userId) ?? new Set<string>();
    set.add(row.lemma);
    reviewedBy.set(row.userId, set);
  }
  for (const learner of learners) {
    const reviewed = reviewedBy.get(learner.id);
    if (!reviewed) continue;
    for (const passage of passages) entry(learner.id, passage.id).reviewedLemmas = reviewed;
  }
  return facts;
}

export const NO_FACTS: LearnerFacts = {
  paragraphsRead: 0,
  paragraphsReadEarlier: 0,
  wordsSaved: 0,
  savedWordsReviewed: 0,
  reviewedLemmas: new Set(),
};
