import "server-only";
import { AppError } from "@/lib/errors";
import type { WordStatus } from "@/lib/generated/prisma/client";
import { newCardState } from "@/lib/review/scheduler";
import { db } from "@/lib/server/db";
import { readablePassageWhere } from "@/lib/server/passage-access";
import { hasMeaning, mergeMeaning } from "./meaning";
import type { AddMeaningInput, SaveWordInput, SetWordStatusInput, UpdateItemInput } from "./schema";

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

const isUniqueViolation = (error: unknown) => (error as { code?: string })?.code === "P2002";

/** Words saved from a passage must come from one the learner can read (see passage-access). */
async function assertReadablePassage(userId: string, passageId: string | undefined) {
  if (!passageId) return;
  const passage = await db.passage.findFirst({
    where: { AND: [{ id: passageId }, readablePassageWhere(userId)] },
    select: { id: true },
  });
  if (!passage) throw new AppError("not_found");
}

async function ensureCard(tx: Tx, userId: string, itemId: string, now: Date) {
  const { lastReview: _never, ...card } = newCardState(now);
  await tx.reviewCard.upsert({ where: { itemId }, create: { ...card, userId, itemId }, update: {} });
}

/** knownAt follows status: set when a word becomes KNOWN, kept while it stays KNOWN, cleared otherwise. */
function knownAtFor(
  next: WordStatus,
  previous: WordStatus | null,
  previousKnownAt: Date | null,
  now: Date,
): Date | null {
  if (next !== "KNOWN") return null;
  return previous === "KNOWN" ? previousKnownAt : now;
}

/** Runs `work`, retrying once when a concurrent request created the same (user, lemma, part of speech) first. */
async function onceMore<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return work();
  }
}

/**
 * Saves a word for review: one entry per lemma and part of speech (homographs are two), with its review card.
 * Saving a word again keeps the learner's edits and fills in only what was missing; a word marked known or
 * ignored is put back into review. The answer says whether the entry existed and whether its meaning already
 * covers the one given, so the caller can offer to add it (addMeaning).
 */
export async function saveWord(userId: string, input: SaveWordInput, now = new Date()) {
  await assertReadablePassage(userId, input.passageId);
  return onceMore(() =>
    db.$transaction(async (tx) => {
      const existing = await tx.vocabularyItem.findUnique({
        where: { userId_lemma_pos: { userId, lemma: input.lemma, pos: input.pos } },
        select: {
          id: true,
          status: true,
          gender: true,
          plural: true,
          gloss: true,
          grammar: true,
          context: true,
          contextTranslation: true,
          passageId: true,
          card: { select: { reps: true } },
        },
      });
      if (!existing) {
        const item = await tx.vocabularyItem.create({ data: { userId, ...input }, select: { id: true, status: true } });
        await ensureCard(tx, userId, item.id, now);
        return {
          id: item.id,
          lemma: input.lemma,
          pos: input.pos,
          status: item.status,
          created: true,
          gloss: input.gloss,
        };
      }
      const status: WordStatus =
        existing.status === "KNOWN" || existing.status === "IGNORED"
          ? (existing.card?.reps ?? 0) > 0
            ? "LEARNING"
            : "NEW"
          : existing.status;
      const fillContext = !existing.context;
      const gloss = existing.gloss || input.gloss;
      await tx.vocabularyItem.update({
        where: { id: existing.id },
        data: {
          status,
          knownAt: null,
          gender: existing.gender ?? input.gender ?? null,
          plural: existing.plural ?? input.plural ?? null,
          grammar: existing.grammar ?? input.grammar ?? null,
          gloss,
          ...(fillContext
            ? {
                context: input.context ?? null,
                contextTranslation: input.contextTranslation ?? null,
                passageId: input.passageId ?? existing.passageId,
              }
            : {}),
        },
      });
      await ensureCard(tx, userId, existing.id, now);
      return {
        id: existing.id,
        lemma: input.lemma,
        pos: input.pos,
        status,
        created: false,
        gloss,
        meaningIncluded: !input.gloss || hasMeaning(gloss, input.gloss),
      };
    }),
  );
}

/**
 * Sets a word's status; creates the entry (from the details given, or a bare one) when it is new. With a part
 * of speech the entry is that homograph; without one, the lemma's first entry.
 */
export async function setWordStatus(userId: string, input: SetWordStatusInput, now = new Date()) {
  const { status, lemma, ...details } = input;
  await assertReadablePassage(userId, details.passageId);
  return onceMore(() =>
    db.$transaction(async (tx) => {
      const existing = await tx.vocabularyItem.findFirst({
        where: { userId, lemma, ...(details.pos ? { pos: details.pos } : {}) },
        select: { id: true, status: true, knownAt: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      });
      const knownAt = knownAtFor(status, existing?.status ?? null, existing?.knownAt ?? null, now);
      const item = existing
        ? await tx.vocabularyItem.update({
            where: { id: existing.id },
            data: { status, knownAt },
            select: { id: true },
          })
        : await tx.vocabularyItem.create({
            data: {
              ...details,
              userId,
              lemma,
              surface: details.surface ?? lemma,
              pos: details.pos ?? "other",
              gloss: details.gloss ?? "",
              status,
              knownAt,
            },
            select: { id: true },
          });
      await ensureCard(tx, userId, item.id, now);
      return { id: item.id, lemma, status };
    }),
  );
}

/** Adds a meaning to one of the learner's entries (senses it already has are not repeated); not_found when not theirs. */
export async function addMeaning(userId: string, input: AddMeaningInput) {
  const existing = await db.vocabularyItem.findFirst({
    where: { id: input.id, userId },
    select: { gloss: true, lemma: true },
  });
  if (!existing) throw new AppError("not_found");
  const gloss = mergeMeaning(existing.gloss, input.gloss);
  // Guarded by the gloss read: an edit in between is a conflict, not lost.
  const { count } = await db.vocabularyItem.updateMany({
    where: { id: input.id, userId, gloss: existing.gloss },
    data: { gloss },
  });
  if (count === 0) throw new AppError("conflict");
  return { id: input.id, lemma: existing.lemma, gloss };
}

/** Edits one of the learner's words; not_found when the id is not theirs. */
export async function updateVocabularyItem(userId: string, input: UpdateItemInput, now = new Date()) {
  const { id, status, ...fields } = input;
  const existing = await db.vocabularyItem.findFirst({
    where: { id, userId },
    select: { status: true, knownAt: true },
  });
  if (!existing) throw new AppError("not_found");
  const statusData = status ? { status, knownAt: knownAtFor(status, existing.status, existing.knownAt, now) } : {};
  const { count } = await db.vocabularyItem.updateMany({
    where: { id, userId },
    data: { ...fields, ...(fields.note !== undefined ? { note: fields.note || null } : {}), ...statusData },
  });
  if (count === 0) throw new AppError("not_found");
  return { id, status: status ?? existing.status };
}

/** Deletes one of the learner's words with its review card and history; not_found when the id is not theirs. */
export async function deleteVocabularyItem(userId: string, id: string) {
  const { count } = await db.vocabularyItem.deleteMany({ where: { id, userId } });
  if (count === 0) throw new AppError("not_found");
  return { id };
}
