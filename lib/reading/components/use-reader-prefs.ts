"use client";
import { useCallback, useEffect, useState } from "react";
import { SPEECH_RATES } from "../listening";

export const FONT_STEPS = [0.9, 1, 1.125, 1.25, 1.5, 1.75];
const PREFS_KEY = "bruecke.reader";

interface Prefs {
  hidden: boolean;
  fontStep: number;
  /** Read-aloud speed, one of SPEECH_RATES. */
  speechRate: number;
}

/** Hidden translations, text size and read-aloud speed, kept in localStorage so they follow the learner between passages. */
export function useReaderPrefs() {
  const [prefs, setPrefs] = useState<Prefs>({ hidden: false, fontStep: 1, speechRate: 1 });

  useEffect(() => {
    try {
      const stored = JSON.parse(localStorage.getItem(PREFS_KEY) ?? "{}") as Partial<Prefs>;
      setPrefs((current) => ({
        hidden: typeof stored.hidden === "boolean" ? stored.hidden : current.hidden,
        fontStep:
          typeof stored.fontStep === "number" && FONT_STEPS[stored.fontStep] ? stored.fontStep : current.fontStep,
        speechRate: SPEECH_RATES.find((rate) => rate === stored.speechRate) ?? current.speechRate,
      }));
    } catch {
      // unreadable preferences: keep the defaults
    }
  }, []);

  const update = useCallback((change: Partial<Prefs>) => {
    setPrefs((current) => {
      const next = { ...current, ...change };
      try {
        localStorage.setItem(PREFS_KEY, JSON.stringify(next));
      } catch {
        // storage disabled (private mode): preferences last for this page only
      }
      return next;
    });
  }, []);

  return {
    ...prefs,
    scale: FONT_STEPS[prefs.fontStep] ?? 1,
    canShrink: prefs.fontStep > 0,
    canGrow: prefs.fontStep < FONT_STEPS.length - 1,
    toggleHidden: () => update({ hidden: !prefs.hidden }),
    shrink: () => update({ fontStep: Math.max(0, prefs.fontStep - 1) }),
    setSpeechRate: (speechRate: number) => update({ speechRate }),
    grow: () => update({ fontStep: Math.min(FONT_STEPS.length - 1, prefs.fontStep + 1) }),
  };
}

export type ReaderPrefs = ReturnType<typeof useReaderPrefs>;
