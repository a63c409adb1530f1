"use client";
import { useTranslations } from "next-intl";
import { SPEECH_RATES } from "../listening";
import type { Listening } from "./use-listening";
import type { ReaderPrefs } from "./use-reader-prefs";

interface Props {
  listening: Listening;
  prefs: ReaderPrefs;
  /** Plays the passage from the top or from the paragraph the learner is at. */
  onPlay: (where: "top" | "here") => void;
}

/** The toolbar's read-aloud controls: where to start, pause or resume, stop, speed, and what it is doing. */
export function ListenPlayer({ listening, prefs, onPlay }: Props) {
  const t = useTranslations("Reader");
  const { status, index, sentences, ended } = listening.state;
  // aria-disabled, not disabled: a button that the reader is focused on must keep focus when reading stops
  // under it (the end of the text, or Stop itself); clicks on it then do nothing (the player ignores them).
  const idle = status === "idle";
  const live =
    status === "playing"
      ? t("listenPlaying")
      : status === "paused"
        ? t("listenPaused")
        : ended === "done"
          ? t("listenDone")
          : ended === "stopped"
            ? t("listenStopped")
            : "";
  return (
    <fieldset id="listen-player" className="listen-player">
      <legend className="sr-only">{t("listenPlayer")}</legend>
      <button type="button" onClick={() => onPlay("top")}>
        {t("listenFromTop")}
      </button>
      <button type="button" onClick={() => onPlay("here")}>
        {t("listenFromHere")}
      </button>
      <button type="button" aria-disabled={idle} onClick={status === "paused" ? listening.resume : listening.pause}>
        {status === "paused" ? t("listenResume") : t("listenPause")}
      </button>
      <button type="button" aria-disabled={idle} onClick={listening.stop}>
        {t("stopReading")}
      </button>
      <label className="listen-speed">
        {t("listenSpeed")}{" "}
        <select value={prefs.speechRate} onChange={(e) => prefs.setSpeechRate(Number(e.target.value))}>
          {SPEECH_RATES.map((rate) => (
            <option key={rate} value={rate}>
              {t("listenRate", { rate })}
            </option>
          ))}
        </select>
      </label>
      <span className="listen-status small">
        <span role="status" aria-live="polite" data-testid="listen-status">
          {live}
        </span>
        {idle ? null : (
          <span className="muted" data-testid="listen-position">
            {" "}
            {t("listenPosition", { n: index + 1, total: sentences.length })}
          </span>
        )}
      </span>
    </fieldset>
  );
}
