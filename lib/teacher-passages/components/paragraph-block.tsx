"use client";
import { useTranslations } from "next-intl";
import { type Kind, mergeParagraphWithNext, PARAGRAPH_KINDS, setKind } from "@/lib/teacher-passages/draft";
import ed from "./editor.module.css";
import { SentenceRow, type SentenceRowProps } from "./sentence-row";

type Props = Omit<SentenceRowProps, "s" | "storedTranslation"> & { stored: Map<string, string> };

/** One paragraph of the draft: its kind, "merge with next", and its sentences. */
export function ParagraphBlock({ stored, ...row }: Props) {
  const t = useTranslations("TeacherEditor");
  const tKind = useTranslations("ParagraphKind");
  const { paragraphs, p, published, edit } = row;
  const paragraph = paragraphs[p]!;
  return (
    <fieldset className={ed.paragraph} data-testid="paragraph">
      <legend>{t("paragraph", { number: p + 1 })}</legend>
      <div className={ed.paragraphHead}>
        <label>
          {t("kind")}{" "}
          <select
            value={paragraph.kind}
            disabled={published}
            onChange={(e) => edit(setKind(paragraphs, p, e.target.value as Kind))}
          >
            {PARAGRAPH_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {tKind(kind)}
              </option>
            ))}
          </select>
        </label>
        {!published && p < paragraphs.length - 1 ? (
          <button
            type="button"
            className="btn-small"
            onClick={() => edit(mergeParagraphWithNext(paragraphs, p), `de-${paragraph.sentences.at(-1)?.key}`)}
          >
            {t("mergeParagraph")}
          </button>
        ) : null}
      </div>
      {paragraph.sentences.map((sentence, s) => (
        <SentenceRow key={sentence.key} {...row} s={s} storedTranslation={stored.get(sentence.key)} />
      ))}
    </fieldset>
  );
}
