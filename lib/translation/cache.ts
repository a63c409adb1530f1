import "server-only";
import { db } from "@/lib/server/db";
import type { TranslationCache } from "@/lib/server/deepl";

/** The DeepL translation cache on TranslationCacheEntry: a sentence is paid for once, across passages and teachers. */
export const prismaTranslationCache: TranslationCache = {
  async get(keys) {
    if (keys.length === 0) return new Map();
    const rows = await db.translationCacheEntry.findMany({
      where: { key: { in: keys } },
      select: { key: true, text: true },
    });
    return new Map(rows.map((row) => [row.key, row.text]));
  },
  async set(entries) {
    if (entries.length === 0) return;
    // Two teachers translating the same sentence at once both write it: the first one wins.
    await db.translationCacheEntry.createMany({
      data: entries.map(([key, text]) => ({ key, text })),
      skipDuplicates: true,
    });
  },
};
