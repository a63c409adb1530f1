"use client";
import { useTranslations } from "next-intl";
import { ListenPlayer } from "./listen-player";
import type { Listening } from "./use-listening";
import type { ReaderPrefs } from "./use-reader-prefs";

interface Props {
  prefs: ReaderPrefs;
  readCount: number;
  totalReadable: number;
  bilingual: boolean;
  listening: Listening;
  onPlay: (where: "top" | "here") => void;
}

/** The sticky reading tools: translations on/off, text size, the read-aloud player, progress. */
export function ReaderToolbar({ prefs, readCount, totalReadable, bilingual, listening, onPlay }: Props) {
  const t = useTranslations("Reader");
  // Whole numbers as plain arguments: an ICU `number` argument makes the browser build its first
  // Intl.NumberFormat while hydrating, ~40 ms of ICU data loading on a phone, a long task on its own
  // (Lighthouse, 4x slowdown). Paragraph counts stay far below 1,000 (lib/limits.ts), so no digit grouping
  // is lost; the percent sign's spacing is in each language's message.
  const percent = totalReadable ? Math.round((100 * readCount) / totalReadable) : 0;
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
      <button
        type="button"
        className="listen-toggle"
        aria-expanded={listening.open}
        aria-controls={listening.open ? "listen-player" : undefined}
        onClick={listening.toggleOpen}
      >
        {t("listen")}
      </button>
      <span className="reader-progress">
        <progress max={totalReadable} value={readCount} aria-label={t("progressLabel")} />
        <span className="small" data-testid="progress-text">
          {t("progress", { read: readCount, total: totalReadable, percent })}
        </span>
      </span>
      {listening.open ? <ListenPlayer listening={listening} prefs={prefs} onPlay={onPlay} /> : null}
    </div>
  );
}
