// A passage's translation given as plain text (paragraphs separated by blank lines), matched to the
// imported German: paragraph by paragraph, then sentence by sentence (lib/align/sentences).
import type { ParagraphKind } from "@/lib/german/types";
import { splitEnglishSentences } from "./english";
import { alignSentences } from "./sentences";
import type { PassageTranslations } from "./translation-chooser";

export interface AlignedTranslation {
  /** Per German paragraph: its English sentences (empty for embeds and the source line). */
  english: string[][];
  /** Per German paragraph, per German sentence: indices into that paragraph's English sentences. */
  sentences: number[][][];
  /** What the engine's meaning chooser needs: per German sentence, its English sentences. */
  translations: PassageTranslations;
}

/** The German side, as the importer gives it. */
export interface GermanParagraphs {
  paragraphs: readonly { kind: ParagraphKind; lang: string; sentences: readonly string[] }[];
}

export class TranslationShapeError extends Error {}

export function englishParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, " ").trim())
    .filter((p) => p !== "");
}

/**
 * Pairs English paragraphs with the German ones: one per paragraph, or one per paragraph but the source
 * credit (which needs no translation). Throws TranslationShapeError when the counts fit neither.
 */
export function alignTranslation(passage: GermanParagraphs, englishText: string): AlignedTranslation {
  const paragraphs = englishParagraphs(englishText);
  const all = passage.paragraphs.length;
  const withoutSource = passage.paragraphs.filter((p) => p.kind !== "source").length;
  if (paragraphs.length !== all && paragraphs.length !== withoutSource)
    throw new TranslationShapeError(
      `the translation has ${paragraphs.length} paragraphs, the text ${withoutSource} (plus ${all - withoutSource} source line)`,
    );
  const skipSource = paragraphs.length !== all;
  let next = 0;
  const english: string[][] = [];
  const sentences: number[][][] = [];
  const translations: (string[] | undefined)[][] = [];
  for (const p of passage.paragraphs) {
    if (skipSource && p.kind === "source") {
      english.push([]);
      sentences.push(p.sentences.map(() => []));
      translations.push([]);
      continue;
    }
    const text = paragraphs[next++] ?? "";
    // Embeds are English already and the source line is a credit: nothing to align.
    const own = p.kind === "embed" || p.kind === "source" || p.lang !== "de" ? [] : splitEnglishSentences(text);
    const map = own.length ? alignSentences(p.sentences, own) : p.sentences.map(() => []);
    english.push(own);
    sentences.push(map);
    translations.push(map.map((ids) => (ids.length ? ids.map((i) => own[i] ?? "") : undefined)));
  }
  return { english, sentences, translations };
}
