// Writes a whole passage (paragraphs, sentences, translations) in one nested create, which Prisma
// runs as one transaction: a crash mid-import leaves the passage complete or absent, never half-written.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type {
  ParagraphKind as DbParagraphKind,
  PassageStatus,
  PassageVisibility,
  TranslationOrigin,
} from "@/lib/generated/prisma/enums";
import type { ParagraphKind } from "@/lib/german/types";
import { engineVersion } from "./engine-version";
import type { StoredToken } from "./stored-token";

export interface NewSentence {
  text: string;
  tokens: StoredToken[];
  translation?: { segments: string[]; origin: TranslationOrigin };
}

export interface NewPassage {
  slug?: string;
  title: string;
  titleEn?: string;
  source?: string;
  publishedOn?: string;
  place?: string;
  status: PassageStatus;
  /** PRIVATE unless said otherwise (see lib/server/passage-access). */
  visibility?: PassageVisibility;
  /** A learner's own library text. */
  personal?: boolean;
  importedChars?: number;
  authorId?: string;
  difficulty?: string;
  keyVocabulary?: unknown;
  paragraphs: { kind: ParagraphKind; lang: string; sentences: NewSentence[] }[];
}

const KIND: Record<ParagraphKind, DbParagraphKind> = {
  heading: "HEADING",
  body: "BODY",
  embed: "EMBED",
  source: "SOURCE",
};

/** Words of a passage, the source line not counted; paragraph kinds as the importer ("source") or the schema ("SOURCE") write them. */
export function countWords(
  paragraphs: readonly { kind: string; sentences: readonly { tokens: readonly { type: string }[] }[] }[],
): number {
  return paragraphs
    .filter((p) => p.kind.toLowerCase() !== "source")
    .reduce((sum, p) => sum + p.sentences.reduce((n, s) => n + s.tokens.filter((t) => t.type === "word").length, 0), 0);
}

/** The passage row's own columns, as created at once (createPassage) or filled in at the end of a batched import. */
export function passageColumns(input: Omit<NewPassage, "paragraphs">, paragraphs: Parameters<typeof countWords>[0]) {
  return {
    slug: input.slug,
    title: input.title,
    titleEn: input.titleEn,
    source: input.source,
    publishedOn: input.publishedOn,
    place: input.place,
    status: input.status,
    visibility: input.visibility,
    personal: input.personal,
    importedChars: input.importedChars,
    authorId: input.authorId,
    difficulty: input.difficulty,
    keyVocabulary: input.keyVocabulary === undefined ? undefined : (input.keyVocabulary as object),
    engineVersion: engineVersion(),
    wordCount: countWords(paragraphs),
  };
}

export async function createPassage(db: PrismaClient, input: NewPassage) {
  return db.passage.create({
    data: {
      ...passageColumns(input, input.paragraphs),
      paragraphs: {
        create: input.paragraphs.map((paragraph, position) => ({
          position,
          kind: KIND[paragraph.kind],
          lang: paragraph.lang,
          sentences: {
            create: paragraph.sentences.map((sentence, index) => ({
              position: index,
              text: sentence.text,
              tokens: sentence.tokens as unknown as object,
              translations: sentence.translation
                ? {
                    create: {
                      lang: "en",
                      segments: sentence.translation.segments,
                      origin: sentence.translation.origin,
                    },
                  }
                : undefined,
            })),
          },
        })),
      },
    },
    select: { id: true },
  });
}
