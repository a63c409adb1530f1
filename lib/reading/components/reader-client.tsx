"use client";
import { useTranslations } from "next-intl";
import { type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import { markParagraphRead } from "@/lib/reading/actions";
import type { WordData } from "@/lib/reading/word-data";
import { saveWord, setWordStatus } from "@/lib/vocabulary/actions";
import { speakGerman } from "./speech";
import { type OpenCard, WordCard, type WordStatus } from "./word-card";

const FONT_STEPS = [0.9, 1, 1.125, 1.25, 1.5, 1.75];
const PREFS_KEY = "bruecke.reader";

interface Props {
  children: ReactNode;
  passageId: string;
  totalReadable: number;
  initialReadCount: number;
  signedIn: boolean;
  words: WordData;
  /** The learner's word statuses by lemma (saved words are highlighted everywhere). */
  initialStatuses: Record<string, WordStatus>;
}

/**
 * The reader's one client component. The article is rendered on the server; this wraps it and handles
 * every word, sentence and paragraph button by event delegation.
 */
export function ReaderClient({
  children,
  passageId,
  totalReadable,
  initialReadCount,
  signedIn,
  words,
  initialStatuses,
}: Props) {
  const t = useTranslations("Reader");
  const tCard = useTranslations("Card");
  const bodyRef = useRef<HTMLDivElement>(null);
  const shellRef = useRef<HTMLDivElement>(null);
  const openWordRef = useRef<HTMLElement | null>(null);
  const [card, setCard] = useState<OpenCard | null>(null);
  const [statuses, setStatuses] = useState(initialStatuses);
  const [busy, setBusy] = useState(false);
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

  const activeKey = useRef<string | null>(null);
  const highlight = useCallback((key: string | null) => {
    const body = bodyRef.current;
    if (!body || key === activeKey.current) return;
    activeKey.current = key;
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

  const entryOf = useCallback(
    (word: HTMLElement) => {
      const key = word.closest<HTMLElement>(".s")?.dataset.s;
      const index = key ? words.sentences[key]?.[Number(word.dataset.t)] : undefined;
      return index === undefined || index < 0 ? undefined : words.entries[index];
    },
    [words],
  );

  // Saved words carry their status as a class, so the learner sees them in every passage.
  useEffect(() => {
    for (const word of bodyRef.current?.querySelectorAll<HTMLElement>(".w") ?? []) {
      const lemma = entryOf(word)?.lemma;
      const status = lemma ? statuses[lemma] : undefined;
      if (status) word.dataset.status = status.toLowerCase();
      else delete word.dataset.status;
    }
  }, [statuses, entryOf]);

  const openCard = useCallback(
    (word: HTMLElement) => {
      const entry = entryOf(word);
      const sentence = word.closest<HTMLElement>(".s");
      if (!entry || !sentence || !shellRef.current) return;
      const key = sentence.dataset.s ?? "";
      const english = bodyRef.current?.querySelector<HTMLElement>(`.para-en .s[data-s="${CSS.escape(key)}"]`);
      const rect = word.getBoundingClientRect();
      const shell = shellRef.current.getBoundingClientRect();
      const before = document.createRange();
      before.setStart(sentence, 0);
      before.setEndBefore(word);
      openWordRef.current = word;
      setCard({
        offset: before.toString().trimStart().length,
        entry,
        surface: word.textContent ?? "",
        sentence: germanText(sentence),
        translation: english?.textContent?.trim() ?? "",
        anchor: { top: rect.top - shell.top, bottom: rect.bottom - shell.top, left: rect.left - shell.left },
      });
    },
    [entryOf],
  );

  const closeCard = useCallback(() => {
    setCard(null);
    openWordRef.current?.focus();
  }, []);

  const changeStatus = useCallback(
    async (status: WordStatus | "SAVE") => {
      if (!card) return;
      if (!signedIn) {
        setMessage(tCard("signInToSave"));
        return;
      }
      const { entry } = card;
      const input = {
        lemma: entry.lemma,
        surface: card.surface,
        pos: entry.pos,
        gender: entry.pos === "noun" ? entry.gender : undefined,
        plural: entry.plural || undefined,
        gloss: entry.glosses.slice(0, 3).join("; ") || entry.lemma,
        context: card.sentence,
        contextTranslation: card.translation || undefined,
        passageId,
      };
      setBusy(true);
      const result = await (status === "SAVE" ? saveWord(input) : setWordStatus({ ...input, status })).catch(
        () => null,
      );
      setBusy(false);
      if (result?.ok) {
        setStatuses((current) => ({ ...current, [entry.lemma]: result.data.status }));
        setMessage("");
      } else {
        setMessage(result?.error === "unauthenticated" ? tCard("signInToSave") : tCard("saveFailed"));
      }
    },
    [card, passageId, signedIn, tCard],
  );

  const onClick = useCallback(
    (event: React.MouseEvent<HTMLDivElement>) => {
      const target = event.target as HTMLElement;
      const word = target.closest<HTMLElement>(".w");
      if (word) {
        openCard(word);
        return;
      }
      const button = target.closest<HTMLButtonElement>("button");
      if (button?.dataset.goto) {
        // Key vocabulary: open the card where the word first occurs.
        const [key, token] = button.dataset.goto.split(".");
        const first = bodyRef.current?.querySelector<HTMLElement>(
          `.para-de .s[data-s="${CSS.escape(key ?? "")}"] .w[data-t="${CSS.escape(token ?? "")}"]`,
        );
        if (first) {
          first.scrollIntoView({ block: "center" });
          openCard(first);
        }
        return;
      }
      if (button?.dataset.action === "reveal") {
        const section = button.closest<HTMLElement>(".para");
        const revealed = section?.dataset.revealed !== "true";
        if (section) section.dataset.revealed = String(revealed);
        button.setAttribute("aria-expanded", String(revealed));
        button.textContent = (revealed ? button.dataset.labelOn : button.dataset.labelOff) ?? "";
      } else if (button?.dataset.action === "mark-read") {
        void toggleRead(button);
      } else if (button?.dataset.say) {
        const sentence = button.closest<HTMLElement>(".s");
        const outcome = speakGerman(sentence ? germanText(sentence) : "");
        if (outcome !== "speaking") setMessage(outcome === "no-voice" ? t("noGermanVoice") : t("noSpeech"));
      }
    },
    [t, toggleRead, openCard],
  );

  const onKeyDown = useCallback(
    (event: React.KeyboardEvent<HTMLDivElement>) => {
      const word = (event.target as HTMLElement).closest<HTMLElement>(".w");
      if (!word || !bodyRef.current) return;
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        openCard(word);
        return;
      }
      const step =
        event.key === "ArrowRight" || event.key === "ArrowDown"
          ? 1
          : event.key === "ArrowLeft" || event.key === "ArrowUp"
            ? -1
            : 0;
      if (!step && event.key !== "Home" && event.key !== "End") return;
      const words = [...bodyRef.current.querySelectorAll<HTMLElement>(".w")];
      const index = words.indexOf(word);
      const next = event.key === "Home" ? words[0] : event.key === "End" ? words.at(-1) : words[index + step];
      if (!next) return;
      event.preventDefault();
      word.tabIndex = -1;
      next.tabIndex = 0;
      next.focus();
    },
    [openCard],
  );

  const sentenceKeyOf = (target: EventTarget) => (target as HTMLElement).closest<HTMLElement>(".s")?.dataset.s ?? null;
  const percent = totalReadable ? readCount / totalReadable : 0;

  return (
    <div
      ref={shellRef}
      className="reader-shell"
      data-hide-en={hidden}
      style={{ "--reader-scale": FONT_STEPS[fontStep] } as React.CSSProperties}
    >
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
          <button
            type="button"
            aria-label={`A− ${t("smaller")}`}
            disabled={fontStep === 0}
            onClick={() => {
              setFontStep(fontStep - 1);
              savePrefs({ hidden, fontStep: fontStep - 1 });
            }}
          >
            A−
          </button>
          <button
            type="button"
            aria-label={`A+ ${t("larger")}`}
            disabled={fontStep === FONT_STEPS.length - 1}
            onClick={() => {
              setFontStep(fontStep + 1);
              savePrefs({ hidden, fontStep: fontStep + 1 });
            }}
          >
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
        onMouseMove={(e) => {
          // mousemove, not mouseover: scrolling under a still pointer must not steal the keyboard's highlight.
          const key = sentenceKeyOf(e.target);
          if (key) highlight(key);
        }}
        onMouseLeave={() => highlight(null)}
        onFocus={(e) => highlight(sentenceKeyOf(e.target))}
      >
        {children}
      </div>
      {card ? (
        <WordCard
          card={card}
          status={statuses[card.entry.lemma]}
          busy={busy}
          onClose={closeCard}
          onSave={() => void changeStatus("SAVE")}
          onStatus={(status) => void changeStatus(status)}
        />
      ) : null}
    </div>
  );
}

/** The German sentence as read: its text without the read-aloud button. */
function germanText(sentence: HTMLElement): string {
  const copy = sentence.cloneNode(true) as HTMLElement;
  for (const button of copy.querySelectorAll("button")) button.remove();
  return copy.textContent?.trim() ?? "";
}
