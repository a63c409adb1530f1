import { COMPLETE_PASSAGE } from "@/lib/server/passage-access";
import "server-only";
import { TranslationError, type TranslationErrorCode } from "@/lib/errors/translation-error";
import { reanalysePassage } from "@/lib/passages/reanalyse";
import { db } from "@/lib/server/db";
import { type DeeplConfig, translateWithCache } from "@/lib/server/deepl";
import { logger } from "@/lib/server/logger";
import { prismaTranslationCache } from "@/lib/translation/cache";
import { REQUEST_PATH_DEEPL, TARGET_VARIANT } from "@/lib/translation/config";
import { withClassGlossary } from "@/lib/translation/glossary-sync";
import type { Formality } from "./schema";

export interface TranslateOptions {
  classId?: string | null;
  formality?: Formality;
}

export interface TranslateOutcome {
  translated: number;
  /** Sentences still without a translation (to be retried or typed by hand). */
  remaining: number;
  error?: TranslationErrorCode;
}

/** Paragraphs translated at once; each is one request with its own context. */
const CONCURRENCY = 4;

/**
 * Machine-translates every untranslated heading and body sentence of a teacher's passage, one
 * request per paragraph with the paragraph as context, so output i always belongs to sentence i.
 * What arrives is stored at once (origin MACHINE); a DeepL failure stops the run and is returned,
 * never thrown: the draft and every sentence stay as they are. Null when the passage is not the teacher's.
 */
export async function translatePassage(
  teacherId: string,
  passageId: string,
  options: TranslateOptions = {},
  config: DeeplConfig = REQUEST_PATH_DEEPL,
): Promise<TranslateOutcome | null> {
  const passage = await db.passage.findFirst({
    where: { id: passageId, authorId: teacherId, ...COMPLETE_PASSAGE },
    select: {
      id: true,
      paragraphs: {
        where: { kind: { in: ["BODY", "HEADING"] } },
        orderBy: { position: "asc" },
        select: {
          sentences: {
            orderBy: { position: "asc" },
            select: { id: true, text: true, translations: { where: { lang: "en" }, select: { id: true } } },
          },
        },
      },
    },
  });
  if (!passage) return null;
  const work = passage.paragraphs
    .map((p) => ({
      context: p.sentences.map((s) => s.text).join(" "),
      pending: p.sentences.filter((s) => s.translations.length === 0),
    }))
    .filter((p) => p.pending.length > 0);
  const total = work.reduce((n, p) => n + p.pending.length, 0);
  if (total === 0) return { translated: 0, remaining: 0 };

  let translated = 0;
  let failure: TranslationErrorCode | undefined;
  try {
    const withGlossary = await withClassGlossary(teacherId, options.classId, config);
    const queue = [...work];
    const worker = async () => {
      for (let item = queue.shift(); item && !failure; item = queue.shift()) {
        try {
          // Read the result first: `translated += await …` would add to a stale value across workers.
          const count = await withGlossary((glossaryId) =>
            translateParagraph(item, { glossaryId, formality: options.formality }, config),
          );
          translated += count;
        } catch (error) {
          failure ??= codeOf(error);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, worker));
  } catch (error) {
    failure = codeOf(error);
  }
  if (translated > 0) {
    // DeepL's wording chooses each word's meaning and what the reader lights.
    await reanalysePassage(db, passage.id);
    // A new version tells an open editor to load the translations.
    await db.passage.update({ where: { id: passage.id }, data: { updatedAt: new Date() } });
  }
  return { translated, remaining: total - translated, ...(failure && { error: failure }) };
}

async function translateParagraph(
  item: { context: string; pending: { id: string; text: string }[] },
  options: { glossaryId?: string; formality?: Formality },
  config: DeeplConfig,
): Promise<number> {
  const output = await translateWithCache(
    prismaTranslationCache,
    {
      sentences: item.pending.map((s) => s.text),
      context: item.context,
      formality: options.formality,
      glossaryId: options.glossaryId,
      sourceLang: "de",
      targetLang: TARGET_VARIANT,
    },
    config,
  );
  const rows = item.pending.flatMap((s, i) =>
    output[i]?.trim()
      ? [{ sentenceId: s.id, lang: "en", segments: [output[i]!.trim()], origin: "MACHINE" as const }]
      : [],
  );
  // A translation typed meanwhile wins: (sentenceId, lang) is unique and existing rows are skipped.
  const { count } = await db.sentenceTranslation.createMany({ data: rows, skipDuplicates: true });
  return count;
}

function codeOf(error: unknown): TranslationErrorCode {
  if (error instanceof TranslationError) return error.code;
  logger.error({ err: error }, "translation failed unexpectedly");
  return "unavailable";
}
