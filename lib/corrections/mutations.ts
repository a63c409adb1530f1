import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cardEntryOf } from "@/lib/german/card-entry";
import type { CardEntry } from "@/lib/german/types";
import type { StoredToken } from "@/lib/passages/stored-token";
import { db } from "@/lib/server/db";
import { readablePassageWhere } from "@/lib/server/passage-access";
import { OWN_SCOPE, readPatch } from "./data";
import { applyPatch, type ReaderCorrection } from "./patch";
import type { ResetCorrectionInput, SaveCorrectionInput } from "./schema";

interface LocatedWord {
  passageId: string;
  surface: string;
  engine: CardEntry;
  scope: string;
}

/**
 * The word a correction is about, found in the stored passage (never taken from the client): its surface
 * form and the engine's analysis. Null when the passage is not readable by the user, the word does not
 * exist, or a passage-wide correction is asked for by anyone but the author of a shared passage.
 */
async function locateWord(
  userId: string,
  input: Pick<SaveCorrectionInput, "passageId" | "sentenceKey" | "tokenIndex" | "forPassage">,
): Promise<LocatedWord | null> {
  const [paragraph, sentence] = input.sentenceKey.split("-").map(Number) as [number, number];
  const passage = await db.passage.findFirst({
    where: { AND: [{ id: input.passageId }, readablePassageWhere(userId)] },
    select: {
      id: true,
      authorId: true,
      personal: true,
      paragraphs: {
        where: { position: paragraph },
        select: { sentences: { where: { position: sentence }, select: { tokens: true } } },
      },
    },
  });
  if (!passage) return null;
  if (input.forPassage && (passage.authorId !== userId || passage.personal)) return null;
  const tokens = passage.paragraphs[0]?.sentences[0]?.tokens;
  const token = Array.isArray(tokens) ? (tokens[input.tokenIndex] as StoredToken | undefined) : undefined;
  if (!token?.analysis || typeof token.text !== "string") return null;
  return {
    passageId: passage.id,
    surface: token.text,
    // As the reader's card has it (an idiom's verb is the idiom), so the saved word is found and kept.
    engine: cardEntryOf(token.analysis),
    scope: input.forPassage ? passage.id : OWN_SCOPE,
  };
}

const keyOf = (userId: string, word: LocatedWord) => ({
  userId_scope_surface_enginePos: { userId, scope: word.scope, surface: word.surface, enginePos: word.engine.pos },
});

/**
 * Stores a correction (replacing an earlier one for the same word) and, for the learner's own, brings
 * their saved word in line so vocabulary, review and exports show it too.
 */
export async function saveCorrection(userId: string, input: SaveCorrectionInput): Promise<ReaderCorrection | null> {
  const word = await locateWord(userId, input);
  if (!word) return null;
  const forPassage = word.scope !== OWN_SCOPE;
  const data = {
    userId,
    scope: word.scope,
    passageId: forPassage ? word.passageId : null,
    surface: word.surface,
    enginePos: word.engine.pos,
    patch: input.patch as Prisma.InputJsonValue,
  };
  const previous = await db.wordCorrection.findUnique({ where: keyOf(userId, word), select: { patch: true } });
  await db.wordCorrection.upsert({ where: keyOf(userId, word), create: data, update: { patch: data.patch } });
  if (!forPassage) {
    const before = applyPatch(word.engine, readPatch(previous?.patch) ?? {});
    const after = applyPatch(word.engine, input.patch);
    await alignSavedWord(userId, [word.engine.lemma, before.lemma], after, input.patch.gloss);
  }
  return { surface: word.surface, enginePos: word.engine.pos, patch: input.patch, by: forPassage ? "teacher" : "you" };
}

/** Removes a correction; the learner's saved word goes back to the engine's analysis. */
export async function resetCorrection(userId: string, input: ResetCorrectionInput) {
  const word = await locateWord(userId, input);
  if (!word) return null;
  const previous = await db.wordCorrection.findUnique({ where: keyOf(userId, word), select: { patch: true } });
  if (!previous) return { surface: word.surface, enginePos: word.engine.pos };
  await db.wordCorrection.delete({ where: keyOf(userId, word) });
  if (word.scope === OWN_SCOPE) {
    const patch = readPatch(previous.patch) ?? {};
    const engineGloss = word.engine.glosses.slice(0, 3).join("; ") || word.engine.lemma;
    await alignSavedWord(
      userId,
      [applyPatch(word.engine, patch).lemma],
      word.engine,
      patch.gloss === undefined ? undefined : engineGloss,
    );
  }
  return { surface: word.surface, enginePos: word.engine.pos };
}

/**
 * The learner's saved entry for this word (found under any lemma it had) takes the corrected fields.
 * The gloss is replaced only when the meaning was corrected (`gloss`): a gloss the learner typed in the
 * vocabulary list stays otherwise. A correction does not add the word to the vocabulary.
 */
async function alignSavedWord(userId: string, lemmas: string[], entry: CardEntry, gloss: string | undefined) {
  const item = await db.vocabularyItem.findFirst({
    where: { userId, lemma: { in: [...new Set(lemmas)] } },
    select: { id: true, lemma: true },
  });
  if (!item) return;
  const lemmaFree =
    item.lemma === entry.lemma || (await db.vocabularyItem.count({ where: { userId, lemma: entry.lemma } })) === 0;
  await db.vocabularyItem.update({
    where: { id: item.id },
    data: {
      ...(lemmaFree && { lemma: entry.lemma }),
      pos: entry.pos,
      gender: entry.pos === "noun" ? (entry.gender ?? null) : null,
      plural: entry.plural ?? null,
      ...(gloss !== undefined && { gloss }),
    },
  });
}
