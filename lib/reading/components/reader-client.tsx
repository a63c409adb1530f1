"use client";
import { useTranslations } from "next-intl";
import { type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import { markParagraphRead } from "@/lib/reading/actions";
import { speakGerman } from "./speech";

const FONT_STEPS = [0.9, 1, 1.125, 1.25, 1.5, 1.75];
const PREFS_KEY = "bruecke.reader";

interface Props {
  children: ReactNode;
  totalReadable: number;
  initialReadCount: number;
  signedIn: boolean;
}

/**
 * The reader's one client component. The article is rendered on the server; this wraps it and handles
 * every word, sentence and paragraph button by event delegation.
 */
export function ReaderClient({ children, totalReadable, initialReadCount, signedIn }: Props) {
  const t = useTranslations("Reader");
  const bodyRef = useRef<HTMLDivElement>(null);
  const [hidden, setHidden] = useState(false);
  const [fontStep, setFontStep] = useState(1);
  const [readCount, setReadCount] = useState(initialReadCount);
  const [message, setMessage] = useState("");

  useEffect(() => {
    try {
      const prefs = JSON.parse(localStorage.getItem(PREFS_KEY) ?? "{}") as { hidden?: boolean; fontStep?: number };
      if (typeof prefs.hidden === "boolean") setHidden(prefs.hidden);
      if (typeof prefs.fontStep === "number" && FONT_STEPS[prefs.fontStep]) setFontStep(prefs.fontStep);
    } catch {
      // unreadable preferences: keep the defaults
    }
  }, []);

  const savePrefs = useCallback((next: { hidden: boolean; fontStep: number }) => {
    try {
      localStorage.setItem(PREFS_KEY, JSON.stringify(next));
    } catch {
      // storage disabled (private mode): preferences last for this page only
    }
  }, []);

  const highlight = useCallback((key: string | null) => {
    const body = bodyRef.current;
    if (!body) return;
    for (const el of body.querySelectorAll(".s.is-active")) el.classList.remove("is-active");
    if (key) for (const el of body.querySelectorAll(`.s[data-s="${CSS.escape(key)}"]`)) el.classList.add("is-active");
  }, []);

  const toggleRead = useCallback(
    async (button: HTMLButtonElement) => {
      const section = button.closest<HTMLElement>("[data-paragraph-id]");
      const paragraphId = section?.dataset.paragraphId;
      if (!section || !paragraphId) return;
      const read = button.getAttribute("aria-pressed") !== "true";
      const apply = (value: boolean) => {
        button.setAttribute("aria-pressed", String(value));
        button.textContent = (value ? button.dataset.labelOn : button.dataset.labelOff) ?? "";
        section.dataset.read = String(value);
      };
      if (!signedIn) {
        setMessage(t("signInToSave"));
        return;
      }
      apply(read);
      setReadCount((count) => count + (read ? 1 : -1));
      const result = await markParagraphRead({ paragraphId, read }).catch(() => null);
      if (result?.ok) {
        setReadCount(result.data.readCount);
        setMessage("");
      } else {
        apply(!read);
        setReadCount((count) => count + (read ? -1 : 1));
        setMessage(result && result.error === "unauthenticated" ? t("signInToSave") : t("saveFailed"));
      }
    },
    [signedIn, t],
  );

  const onClick = useCallback(
    (event: React.MouseEvent<HTMLDivElement>) => {
      const target = event.target as HTMLElement;
      const button = target.closest<HTMLButtonElement>("button");
      if (button?.dataset.action === "reveal") {
        const section = button.closest<HTMLElement>(".para");
        const revealed = section?.dataset.revealed !== "true";
        if (section) section.dataset.revealed = String(revealed);
        button.setAttribute("aria-expanded", String(revealed));
        button.textContent = (revealed ? button.dataset.labelOn : button.dataset.labelOff) ?? "";
      } else if (button?.dataset.action === "mark-read") {
        void toggleRead(button);
      } else if (button?.dataset.say) {
        const sentence = button.closest(".s");
        const text = (sentence?.textContent ?? "").replace(button.textContent ?? "", "").trim();
        const outcome = speakGerman(text);
        if (outcome !== "speaking") setMessage(outcome === "no-voice" ? t("noGermanVoice") : t("noSpeech"));
      }
    },
    [t, toggleRead],
  );

  const onKeyDown = useCallback((event: React.KeyboardEvent<HTMLDivElement>) => {
    const word = (event.target as HTMLElement).closest<HTMLElement>(".w");
    if (!word || !bodyRef.current) return;
    const step = event.key === "ArrowRight" || event.key === "ArrowDown" ? 1 : event.key === "ArrowLeft" || event.key === "ArrowUp" ? -1 : 0;
    if (!step && event.key !== "Home" && event.key !== "End") return;
    const words = [...bodyRef.current.querySelectorAll<HTMLElement>(".w")];
    const index = words.indexOf(word);
    const next = event.key === "Home" ? words[0] : event.key === "End" ? words.at(-1) : words[index + step];
    if (!next) return;
    event.preventDefault();
    word.tabIndex = -1;
    next.tabIndex = 0;
    next.focus();
  }, []);

  const sentenceKeyOf = (target: EventTarget) => (target as HTMLElement).closest<HTMLElement>(".s")?.dataset.s ?? null;
  const percent = totalReadable ? readCount / totalReadable : 0;

  return (
    <div className="reader-shell" data-hide-en={hidden} style={{ "--reader-scale": FONT_STEPS[fontStep] } as React.CSSProperties}>
      <div className="reader-toolbar" role="toolbar" aria-label={t("toolbar")}>
        <button
          type="button"
          aria-pressed={hidden}
          onClick={() => {
            setHidden(!hidden);
            savePrefs({ hidden: !hidden, fontStep });
          }}
        >
          {hidden ? t("showTranslations") : t("hideTranslations")}
        </button>
        <span className="font-size" role="group" aria-label={t("fontSize")}>
          <button type="button" aria-label={`A− ${t("smaller")}`} disabled={fontStep === 0} onClick={() => { setFontStep(fontStep - 1); savePrefs({ hidden, fontStep: fontStep - 1 }); }}>
            A−
          </button>
          <button type="button" aria-label={`A+ ${t("larger")}`} disabled={fontStep === FONT_STEPS.length - 1} onClick={() => { setFontStep(fontStep + 1); savePrefs({ hidden, fontStep: fontStep + 1 }); }}>
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
      <p className="reader-message" role="status" aria-live="polite">
        {message}
      </p>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: event delegation for the server-rendered words and buttons inside */}
      <div
        ref={bodyRef}
        className="reader-body"
        onClick={onClick}
        onKeyDown={onKeyDown}
        onMouseOver={(e) => {
          // Only sentences change the highlight: scrolling under a still pointer must not clear the keyboard's.
          const key = sentenceKeyOf(e.target);
          if (key) highlight(key);
        }}
        onMouseLeave={() => highlight(null)}
        onFocus={(e) => highlight(sentenceKeyOf(e.target))}
      >
        {children}
      </div>
    </div>
  );
}
