"use client";
import { useTranslations } from "next-intl";
import type { ReaderPrefs } from "./use-reader-prefs";

interface Props {
  prefs: ReaderPrefs;
  readCount: number;
  totalReadable: number;
  bilingual: boolean;
}

/** The sticky reading tools: translations on/off, text size, progress. */
export function ReaderToolbar({ prefs, readCount, totalReadable, bilingual }: Props) {
  const t = useTranslations("Reader");
  const percent = totalReadable ? readCount / totalReadable : 0;
  return (
    <div className="reader-toolbar" role="toolbar" aria-label={t("toolbar")}>
      {bilingual ? (
        <button type="button" aria-pressed={prefs.hidden} onClick={prefs.toggleHidden}>
          {prefs.hidden ? t("showTranslations") : t("hideTranslations")}
        </button>
      ) : null}
      <span className="font-size" role="group" aria-label={t("fontSize")}>
        <button type="button" aria-label={`A− ${t("smaller")}`} disabled={!prefs.canShrink} onClick={prefs.shrink}>
          A−
        </button>
        <button type="button" aria-label={`A+ ${t("larger")}`} disabled={!prefs.canGrow} onClick={prefs.grow}>
          A+
        </button>
      </span>
      <span className="reader-progress">
        <progress max={totalReadable} value={readCount} aria-label={t("progressLabel")} />
        <span className="small" data-testid="progress-text">
          {t("progress", { read: readCount, total: totalReadable, percent })}
        </span>
      </span>
    </div>
  );
}
