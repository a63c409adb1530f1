"use client";
import { useTranslations } from "next-intl";
import { type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import type { ReaderCorrection } from "@/lib/corrections/patch";
import type { LemmaStatuses } from "../word-status";
import { CorrectionForm } from "./correction-form";
import { takeEarlyTap } from "./early-taps";
import { germanText, nextWord, sentenceKeyOf, wordAt } from "./reader-dom";
import { ReaderToolbar } from "./reader-toolbar";
import { speakGerman } from "./speech";
import { useAlignedHighlight } from "./use-aligned-highlight";
import { useListening } from "./use-listening";
import { useReadProgress } from "./use-read-progress";
import { useReaderPrefs } from "./use-reader-prefs";
import { useSentenceHighlight } from "./use-sentence-highlight";
import { useWordCard } from "./use-word-card";
import { useWordData } from "./use-word-data";
import { WordCard, type WordStatus } from "./word-card";

interface Props {
  children: ReactNode;
  passageId: string;
  totalReadable: number;
  initialReadCount: number;
  signedIn: boolean;
  /** Where the passage's word data is (versioned: the browser may keep it). */
  wordsUrl: string;
  /** The learner's word statuses by lemma and part of speech (saved words are highlighted everywhere). */
  initialStatuses: LemmaStatuses<WordStatus>;
  /** False for a text without any translation: one column and no translation controls. */
  bilingual: boolean;
  /** Corrections of the engine's analysis that apply here (the passage teacher's, the learner's own). */
  initialCorrections: ReaderCorrection[];
  /** The viewer wrote this shared passage: their corrections may apply to every reader. */
  canCorrectForPassage: boolean;
}

/**
 * The reader's client shell. The article is rendered on the server; this wraps it and handles every word,
 * sentence and paragraph button by event delegation. State lives in the hooks beside it.
 */
export function ReaderClient({
  children,
  passageId,
  totalReadable,
  initialReadCount,
  signedIn,
  wordsUrl,
  initialStatuses,
  bilingual,
  initialCorrections,
  canCorrectForPassage,
}: Props) {
  const t = useTranslations("Reader");
  const bodyRef = useRef<HTMLDivElement>(null);
  const [message, setMessage] = useState("");
  const prefs = useReaderPrefs();
  const highlight = useSentenceHighlight(bodyRef);
  const words = useWordData(wordsUrl);
  const noSpeech = useCallback(
    (reason: "no-voice" | "unsupported") => setMessage(reason === "no-voice" ? t("noGermanVoice") : t("noSpeech")),
    [t],
  );
  const listening = useListening({ bodyRef, rate: prefs.speechRate, onUnavailable: noSpeech });
  // The paragraph the learner last clicked or moved to: where "Listen from here" starts.
  const lastParagraphRef = useRef<HTMLElement | null>(null);
  // The English words matched to the hovered word, else to the word whose card is open.
  const lightAligned = useAlignedHighlight(bodyRef, words);
  const cardWordRef = useRef<HTMLElement | null>(null);
  const { readCount, toggleRead } = useReadProgress(initialReadCount, signedIn, setMessage);
  const {
    card,
    status,
    busy,
    notice,
    openCard: openWordCard,
    closeCard: closeWordCard,
    changeStatus,
    engineEntry,
    wordAt: cardWordAt,
    correctionSaved,
    correctionReset,
  } = useWordCard({
    bodyRef,
    words,
    passageId,
    signedIn,
    initialStatuses,
    initialCorrections,
  });
  const openCard = useCallback(
    (word: HTMLElement) => {
      cardWordRef.current = word;
      lightAligned(word);
      openWordCard(word);
    },
    [lightAligned, openWordCard],
  );
  const closeCard = useCallback(
    (restoreFocus?: boolean) => {
      cardWordRef.current = null;
      lightAligned(null);
      closeWordCard(restoreFocus);
    },
    [lightAligned, closeWordCard],
  );

  // A word tapped while the page was still loading (early-taps.ts) opens its card now.
  useEffect(() => {
    const word = takeEarlyTap();
    if (word) openCard(word);
  }, [openCard]);

  const onClick = useCallback(
    (event: React.MouseEvent<HTMLDivElement>) => {
      const target = event.target as HTMLElement;
      lastParagraphRef.current = target.closest<HTMLElement>(".para") ?? lastParagraphRef.current;
      const word = target.closest<HTMLElement>(".w");
      if (word) {
        openCard(word);
        return;
      }
      const button = target.closest<HTMLButtonElement>("button");
      if (button?.dataset.goto && bodyRef.current) {
        // Key vocabulary: open the card where the word first occurs.
        const [key, token] = button.dataset.goto.split(".");
        const first = wordAt(bodyRef.current, key ?? "", token ?? "");
        if (first) {
          first.scrollIntoView({ block: "center" });
          openCard(first);
        }
      } else if (button?.dataset.action === "reveal") {
        const section = button.closest<HTMLElement>(".para");
        const revealed = section?.dataset.revealed !== "true";
        if (section) section.dataset.revealed = String(revealed);
        button.setAttribute("aria-expanded", String(revealed));
        button.textContent = (revealed ? button.dataset.labelOn : button.dataset.labelOff) ?? "";
      } else if (button?.dataset.action === "mark-read") {
        void toggleRead(button);
      } else if (button?.dataset.action === "listen") {
        const section = button.closest<HTMLElement>(".para");
        if (section) listening.playParagraph(section);
      } else if (button?.dataset.say) {
        const sentence = button.closest<HTMLElement>(".s");
        listening.stop();
        void speakGerman(sentence ? germanText(sentence) : "", prefs.speechRate).then((outcome) => {
          if (outcome !== "speaking") noSpeech(outcome);
        });
      }
    },
    [toggleRead, openCard, listening, prefs.speechRate, noSpeech],
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
      const next = nextWord(bodyRef.current, word, event.key);
      if (!next) return;
      event.preventDefault();
      word.tabIndex = -1;
      next.tabIndex = 0;
      next.focus();
    },
    [openCard],
  );

  return (
    <div
      className="reader-shell"
      data-hide-en={prefs.hidden}
      data-bilingual={bilingual}
      // Whether the cards' data has arrived: a word tapped before then opens its card when it does.
      data-words={words ? "ready" : "loading"}
      style={{ "--reader-scale": prefs.scale } as React.CSSProperties}
    >
      <ReaderToolbar
        prefs={prefs}
        readCount={readCount}
        totalReadable={totalReadable}
        bilingual={bilingual}
        listening={listening}
        onPlay={(where) => listening.playPassage(where, lastParagraphRef.current)}
      />
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
          lightAligned((e.target as HTMLElement).closest<HTMLElement>(".w") ?? cardWordRef.current);
        }}
        onMouseLeave={() => {
          highlight(null);
          lightAligned(cardWordRef.current);
        }}
        onFocus={(e) => {
          lastParagraphRef.current =
            (e.target as HTMLElement).closest<HTMLElement>(".para") ?? lastParagraphRef.current;
          highlight(sentenceKeyOf(e.target));
          const word = (e.target as HTMLElement).closest<HTMLElement>(".w");
          if (word) lightAligned(word);
        }}
      >
        {children}
      </div>
      {card ? (
        <WordCard
          card={card}
          status={status}
          busy={busy}
          notice={notice}
          onClose={closeCard}
          onSave={() => void changeStatus("SAVE")}
          onStatus={(next) => void changeStatus(next)}
        >
          {signedIn && engineEntry && cardWordAt ? (
            <CorrectionForm
              key={`${cardWordAt.sentenceKey}.${cardWordAt.tokenIndex}`}
              entry={card.entry}
              engine={engineEntry}
              wordAt={cardWordAt}
              canCorrectForPassage={canCorrectForPassage}
              onSaved={correctionSaved}
              onReset={correctionReset}
            />
          ) : null}
        </WordCard>
      ) : null}
    </div>
  );
}
