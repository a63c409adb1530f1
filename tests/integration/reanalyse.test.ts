// Stored analyses follow the engine: stale passages are analysed again from their stored sentences and
// translations, and nothing that learners or teachers made is lost.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engineVersion } from "@/lib/passages/engine-version";
import { importText } from "@/lib/passages/import-text";
import { preparePassage } from "@/lib/passages/prepare";
import { reanalysePassage, reanalyseStale, stalePassages } from "@/lib/passages/reanalyse";
import { SEED_SLUG } from "@/lib/passages/seed-article";
import { createPassage } from "@/lib/passages/store";
import type { StoredToken } from "@/lib/passages/stored-token";
import { seed } from "@/prisma/seed";
import { createTestDatabase, type TestDatabase, testDatabaseKind } from "../support/test-db";

let test: TestDatabase;

beforeAll(async () => {
  test = await createTestDatabase();
  await seed(test.db, { demoUsers: false });
  // Loading the lexicon and analysing the article take a while on a busy machine.
}, 180_000);
afterAll(async () => {
  await test?.close();
});

/** Everything learners and teachers own, as plain data, to compare before and after. */
async function userData() {
  const db = test.db;
  const [progress, items, cards, logs, translations, paragraphs, sentences] = await Promise.all([
    db.readingProgress.findMany({ orderBy: { id: "asc" } }),
    db.vocabularyItem.findMany({ orderBy: { id: "asc" } }),
    db.reviewCard.findMany({ orderBy: { id: "asc" } }),
    db.reviewLog.findMany({ orderBy: { id: "asc" } }),
    db.sentenceTranslation.findMany({ orderBy: { id: "asc" } }),
    db.paragraph.findMany({ orderBy: { id: "asc" }, select: { id: true, passageId: true, position: true } }),
    db.sentence.findMany({
      orderBy: { id: "asc" },
      select: { id: true, paragraphId: true, position: true, text: true },
    }),
  ]);
  return { progress, items, cards, logs, translations, paragraphs, sentences };
}

function tokensOf(sentence: { tokens: unknown }): StoredToken[] {
  return sentence.tokens as StoredToken[];
}

describe(`re-analysis of stored passages (${testDatabaseKind()})`, () => {
  it("records the engine version at import, so a fresh database has nothing stale", async () => {
    const seeded = await test.db.passage.findUniqueOrThrow({ where: { slug: SEED_SLUG } });
    expect(seeded.engineVersion).toBe(engineVersion());
    expect(await stalePassages(test.db)).toEqual([]);
    expect(await reanalyseStale(test.db)).toBe(0);
  });

  it("analyses a stale passage again and keeps progress, saved words, reviews and corrections", async () => {
    const db = test.db;
    const passage = await db.passage.findUniqueOrThrow({
      where: { slug: SEED_SLUG },
      include: {
        paragraphs: { orderBy: { position: "asc" }, include: { sentences: { orderBy: { position: "asc" } } } },
      },
    });
    const body = passage.paragraphs.find((p) => p.kind === "BODY")!;
    const sentence = body.sentences[0]!;
    const fresh = tokensOf(sentence);
    // What a learner and a teacher did with this passage.
    const user = await db.user.create({ data: { id: "re-user", name: "Re", email: "re@example.test" } });
    await db.readingProgress.create({ data: { userId: user.id, passageId: passage.id, paragraphId: body.id } });
    const item = await db.vocabularyItem.create({
      data: {
        userId: user.id,
        lemma: "Treffen",
        surface: "Treffen",
        pos: "noun",
        gloss: "meeting",
        status: "LEARNING",
      },
    });
    await db.reviewCard.create({ data: { userId: user.id, itemId: item.id, reps: 3, stability: 4.5 } });
    await db.sentenceTranslation.update({
      where: { sentenceId_lang: { sentenceId: sentence.id, lang: "en" } },
      data: { origin: "HUMAN_EDITED" },
    });
    // An older engine stored different tokens.
    await db.sentence.update({ where: { id: sentence.id }, data: { tokens: [{ text: "x", start: 0, type: "word" }] } });
    await db.passage.update({ where: { id: passage.id }, data: { engineVersion: "old-engine", keyVocabulary: {} } });
    const before = await userData();
    const updatedAt = (await db.passage.findUniqueOrThrow({ where: { id: passage.id } })).updatedAt;

    expect(await stalePassages(db)).toEqual([passage.id]);
    expect(await reanalyseStale(db)).toBe(1);

    const after = await db.passage.findUniqueOrThrow({
      where: { id: passage.id },
      include: { paragraphs: { include: { sentences: true } } },
    });
    expect(after.engineVersion).toBe(engineVersion());
    expect(after.updatedAt).toEqual(updatedAt);
    expect(Object.keys(after.keyVocabulary as object).length).toBeGreaterThan(0);
    const again = after.paragraphs.flatMap((p) => p.sentences).find((s) => s.id === sentence.id)!;
    expect(tokensOf(again)).toEqual(fresh);
    expect(await userData()).toEqual(before);
    // Nothing stale is left: the next start does nothing.
    expect(await reanalyseStale(db)).toBe(0);
  });

  it("chooses meanings from the stored translation, and again when a teacher corrects it", async () => {
    const db = test.db;
    const imported = importText("Die Stadt verfügt über ein dichtes Busnetz.");
    const english = [[["The city has a dense bus network."]]];
    const prepared = preparePassage(imported, english);
    const { id } = await createPassage(db, {
      title: "Busse",
      status: "DRAFT",
      ...prepared,
      paragraphs: prepared.paragraphs.map((p, pi) => ({
        ...p,
        sentences: p.sentences.map((s, si) => ({
          ...s,
          translation: { segments: english[pi]?.[si] ?? [], origin: "HUMAN" as const },
        })),
      })),
    });
    const verb = async () => {
      const s = await db.sentence.findFirstOrThrow({ where: { paragraph: { passageId: id } } });
      return tokensOf(s).find((t) => t.text === "verfügt")?.analysis;
    };
    expect((await verb())?.glosses[0]).toBe("to have");
    expect((await verb())?.aligned?.map((w) => w.text)).toEqual(["has"]);

    const sentence = await db.sentence.findFirstOrThrow({ where: { paragraph: { passageId: id } } });
    await db.sentenceTranslation.update({
      where: { sentenceId_lang: { sentenceId: sentence.id, lang: "en" } },
      data: { segments: ["The city disposes of a dense bus network."], origin: "HUMAN_EDITED" },
    });
    expect(await reanalysePassage(db, id)).toBe(true);
    expect((await verb())?.glosses[0]).toBe("to dispose of");
    expect((await verb())?.aligned?.map((w) => w.text)).toEqual(["disposes", "of"]);
  });

  it("reports a passage that is gone", async () => {
    expect(await reanalysePassage(test.db, "no-such-passage")).toBe(false);
  });
});
