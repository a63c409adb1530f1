"use client";
import { useTranslations } from "next-intl";
import {
  type DraftParagraph,
  isTranslatable,
  mergeSentenceWithNext,
  splitParagraphBefore,
  splitSentence,
  toSegments,
  updateSentence,
} from "@/lib/teacher-passages/draft";
import ed from "./editor.module.css";
import { GrowingTextarea } from "./growing-textarea";

export interface SentenceRowProps {
  paragraphs: DraftParagraph[];
  p: number;
  s: number;
  published: boolean;
  /** The translation as stored, to tell a changed one apart. */
  storedTranslation: string | undefined;
  newKey(): string;
  edit(next: DraftParagraph[], focusId?: string): void;
  hint(text: string): void;
}

/** One German sentence with its English translation and the split/merge buttons. */
export function SentenceRow({ paragraphs, p, s, published, storedTranslation, newKey, edit, hint }: SentenceRowProps) {
  const t = useTranslations("TeacherEditor");
  const tKind = useTranslations("ParagraphKind");
  const paragraph = paragraphs[p]!;
  const sentence = paragraph.sentences[s]!;
  const label = { paragraph: p + 1, sentence: s + 1 };
  const translatable = isTranslatable(paragraph.kind);
  const missing = translatable && toSegments(sentence.translation).length === 0;
  const changed = storedTranslation !== sentence.translation;
  return (
    <div className={ed.sentence} data-testid="sentence">
      <GrowingTextarea
        id={`de-${sentence.key}`}
        lang={paragraph.lang}
        aria-label={t("germanLabel", label)}
        value={sentence.text}
        readOnly={published}
        rows={2}
        onChange={(e) => edit(updateSentence(paragraphs, p, s, { text: e.target.value }))}
      />
      {translatable ? (
        <GrowingTextarea
          id={`en-${sentence.key}`}
          lang="en"
          className={missing ? ed.untranslated : undefined}
          aria-label={t("englishLabel", label)}
          placeholder={t("englishPlaceholder")}
          value={sentence.translation}
          rows={2}
          onChange={(e) => edit(updateSentence(paragraphs, p, s, { translation: e.target.value }))}
        />
      ) : (
        <p className={ed.origin}>{t("notTranslated", { kind: tKind(paragraph.kind) })}</p>
      )}
      <div className={ed.sentenceActions}>
        {translatable ? (
          <span className={ed.origin}>
            {missing ? t("origin.none") : changed ? t("origin.changed") : t(`origin.${sentence.origin ?? "HUMAN"}`)}
          </span>
        ) : null}
        {!published ? (
          <>
            <button
              type="button"
              className="btn-small"
              aria-label={t("splitSentenceLabel", label)}
              onClick={() => {
                const box = document.getElementById(`de-${sentence.key}`) as HTMLTextAreaElement | null;
                const next = splitSentence(paragraphs, p, s, box?.selectionStart ?? 0, newKey);
                if (next === paragraphs) hint(t("splitHint"));
                else edit(next, `de-${next[p]!.sentences[s + 1]!.key}`);
              }}
            >
              {t("splitSentence")}
            </button>
            {s < paragraph.sentences.length - 1 ? (
              <button
                type="button"
                className="btn-small"
                aria-label={t("mergeSentenceLabel", label)}
                onClick={() => edit(mergeSentenceWithNext(paragraphs, p, s), `de-${sentence.key}`)}
              >
                {t("mergeSentence")}
              </button>
            ) : null}
            {s > 0 ? (
              <button
                type="button"
                className="btn-small"
                aria-label={t("newParagraphLabel", label)}
                onClick={() => edit(splitParagraphBefore(paragraphs, p, s, newKey), `de-${sentence.key}`)}
              >
                {t("newParagraph")}
              </button>
            ) : null}
          </>
        ) : null}
      </div>
    </div>
  );
}
