"use client";
import { useTranslations } from "next-intl";
import { useEffect, useLayoutEffect, useRef } from "react";
import { articleFor } from "@/lib/german/articles";
import type { CardEntry } from "@/lib/german/types";

export type WordStatus = "NEW" | "LEARNING" | "KNOWN" | "IGNORED";

export interface OpenCard {
  entry: CardEntry;
  surface: string;
  sentence: string;
  /** Where the clicked word starts in `sentence` (a sentence may hold the same word twice). */
  offset: number;
  translation: string;
  /** Where the word is on screen, to place the card beside it without moving any text. */
  anchor: { top: number; bottom: number; left: number };
}

interface Props {
  card: OpenCard;
  status: WordStatus | undefined;
  busy: boolean;
  onClose(): void;
  onSave(): void;
  onStatus(status: WordStatus): void;
  /** More for the card's foot (the correction form). */
  children?: React.ReactNode;
}

/** The vocabulary card: a non-modal dialog over the text (no layout shift), focus inside, Esc closes. */
export function WordCard({ card, status, busy, onClose, onSave, onStatus, children }: Props) {
  const t = useTranslations("Card");
  const ref = useRef<HTMLDivElement>(null);
  const { entry } = card;

  // Keep the card on screen: above the word when there is no room below, never past the right edge.
  useLayoutEffect(() => {
    const el = ref.current;
    const parent = el?.offsetParent as HTMLElement | null;
    if (!el || !parent || getComputedStyle(el).position !== "absolute") return;
    const rect = el.getBoundingClientRect();
    if (rect.bottom > window.innerHeight && card.anchor.top - rect.height - 8 > -parent.getBoundingClientRect().top) {
      el.style.top = `${card.anchor.top - rect.height - 8}px`;
    }
    const maxLeft = parent.clientWidth - rect.width - 8;
    if (card.anchor.left > maxLeft) el.style.left = `${Math.max(8, maxLeft)}px`;
  }, [card]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new card (another word) takes focus again
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, [card]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === "Escape") {
      event.preventDefault();
      onClose();
    } else if (!event.ctrlKey && !event.metaKey && !event.altKey && (event.target as HTMLElement).tagName !== "INPUT") {
      const key = event.key.toLowerCase();
      if (key === "s" && !entry.name) onSave();
      else if (key === "k") onStatus("KNOWN");
      else if (key === "i") onStatus("IGNORED");
    }
  };

  const below = card.anchor.bottom + 8;
  const style = { top: below, left: Math.max(8, card.anchor.left) } as React.CSSProperties;
  const article = entry.pos === "noun" ? articleFor(entry.gender) : undefined;
  const bold = {
    before: card.sentence.slice(0, card.offset),
    word: card.sentence.slice(card.offset, card.offset + card.surface.length),
    after: card.sentence.slice(card.offset + card.surface.length),
  };

  return (
    <div
      ref={ref}
      className="word-card"
      role="dialog"
      aria-label={t("dialogLabel", { word: entry.lemma })}
      tabIndex={-1}
      style={style}
      onKeyDown={onKeyDown}
      data-testid="word-card"
    >
      <div className="word-card-head">
        <h2 lang="de">
          {article ? <span className={`article g-${entry.gender}`}>{article} </span> : null}
          {entry.lemma}
        </h2>
        <button type="button" className="close" onClick={onClose} aria-label={t("close")}>
          ×
        </button>
      </div>
      <p className="word-card-meta">
        <span>{t("pos", { pos: entry.pos })}</span>
        {entry.gender && entry.pos === "noun" ? <span> · {t("gender", { gender: entry.gender })}</span> : null}
        {entry.pos === "noun" ? (
          <span lang="de"> · {entry.plural ? t("plural", { plural: `die ${entry.plural}` }) : t("noPlural")}</span>
        ) : null}
        {card.surface !== entry.lemma ? (
          <span lang="de">
            {" "}
            · {card.surface} → {entry.lemma}
          </span>
        ) : null}
      </p>
      {entry.particle ? <p className="small">{t("separable", { particle: entry.particle })}</p> : null}
      {entry.name ? <p className="notice">{t("nameHint")}</p> : null}
      {entry.foreign ? <p className="notice">{t("foreign")}</p> : null}
      {!entry.known && !entry.name && !entry.foreign ? (
        <p className="notice" data-testid="unknown-word">
          <strong>{t("unknown")}.</strong> {t("unknownHint")}
        </p>
      ) : null}
      {entry.parts && entry.parts.length > 1 ? (
        <div className="compound">
          <h3>{t("compound")}</h3>
          <p lang="de" className="compound-split">
            {entry.parts.map((part, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same part can occur twice; the list never reorders
              <span key={`${part.text}-${i}`}>
                {i > 0 ? <span aria-hidden="true">·</span> : null}
                <span className="part">{part.text}</span>
                {part.link ? (
                  <span className="link" title={t("linking", { link: part.link })}>
                    ({part.link})
                  </span>
                ) : null}
              </span>
            ))}
          </p>
          <ul className="compound-parts">
            {entry.parts.map((part, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same part can occur twice; the list never reorders
              <li key={`${part.lemma}-${i}`}>
                <span lang="de">{part.lemma}</span> = <span lang="en">{part.gloss || "?"}</span>
                {part.link ? <span className="muted small"> + {t("linking", { link: part.link })}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {entry.glosses.length > 0 ? (
        <div>
          <h3>{t("glosses")}</h3>
          <ol className="glosses" lang="en">
            {entry.glosses.map((gloss, i) => (
              <li key={gloss}>
                {gloss}
                {i === 0 && entry.glosses.length > 1 ? (
                  <span className="muted small"> ({entry.aligned?.length ? t("inTranslation") : t("likely")})</span>
                ) : null}
                {/* The chosen meaning comes first; the other senses follow. */}
                {i > 0 && i === entry.meaningGlosses ? (
                  <span className="muted small"> ({t("otherMeanings")})</span>
                ) : null}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      <p className="small muted">{entry.band === "unknown" ? t("bandUnknown") : t("band", { band: entry.band })}</p>
      <div className="context">
        <h3>{t("context")}</h3>
        <p lang="de">
          {bold.before}
          <strong>{bold.word}</strong>
          {bold.after}
        </p>
        {card.translation ? (
          <p lang="en" className="muted">
            {card.translation}
          </p>
        ) : null}
      </div>
      <p className="small" aria-live="polite">
        {t("statusLabel", { status: status ?? "none" })}
      </p>
      <div className="word-card-actions">
        {entry.name ? null : (
          <button
            type="button"
            onClick={onSave}
            disabled={busy || (status !== undefined && status !== "IGNORED")}
            aria-keyshortcuts="s"
          >
            {status && status !== "IGNORED" ? t("saved") : t("save")}
          </button>
        )}
        <button
          type="button"
          onClick={() => onStatus("KNOWN")}
          disabled={busy}
          aria-pressed={status === "KNOWN"}
          aria-keyshortcuts="k"
        >
          {t("markKnown")}
        </button>
        <button
          type="button"
          onClick={() => onStatus("IGNORED")}
          disabled={busy}
          aria-pressed={status === "IGNORED"}
          aria-keyshortcuts="i"
        >
          {t("ignore")}
        </button>
      </div>
      {children}
      <p className="small muted">{t("shortcuts")}</p>
    </div>
  );
}
