"use client";
import { useTranslations } from "next-intl";
import { useEffect, useLayoutEffect, useRef } from "react";
import { Link, usePathname } from "@/i18n/navigation";
import { articleFor } from "@/lib/german/articles";
import type { CardEntry } from "@/lib/german/types";
import { CardGrammar } from "./card-grammar";
import { useCardPlacement } from "./use-card-placement";
import type { CardNotice } from "./use-word-card";

export type WordStatus = "NEW" | "LEARNING" | "KNOWN" | "IGNORED";

export interface OpenCard {
  entry: CardEntry;
  surface: string;
  sentence: string;
  /** Where the clicked word starts in `sentence` (a sentence may hold the same word twice). */
  offset: number;
  translation: string;
  /** The word in the text: the card is placed beside it (or, on a phone, keeps it in view above the sheet). */
  word: HTMLElement;
}

interface Props {
  card: OpenCard;
  status: WordStatus | undefined;
  busy: boolean;
  /** Shown beside the actions, where the learner is looking: sign in first, or the save failed. */
  notice: CardNotice;
  /** Esc, the close button, or (restoreFocus false) a click outside the card. */
  onClose(restoreFocus?: boolean): void;
  onSave(): void;
  onStatus(status: WordStatus): void;
  /** More for the card's foot (the correction form). */
  children?: React.ReactNode;
}

/**
 * The vocabulary card: a non-modal dialog over the text (no layout shift), focus inside. Esc (wherever focus
 * is) or a click outside closes it. Its head and actions stay in view; the part between them scrolls.
 */
export function WordCard({ card, status, busy, notice, onClose, onSave, onStatus, children }: Props) {
  const t = useTranslations("Card");
  const pathname = usePathname();
  const ref = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const { entry } = card;
  const canSave = !busy && !entry.name && (status === undefined || status === "IGNORED");

  useCardPlacement(ref, contentRef, card.word);

  // A new card (another word) takes focus; the same card keeps it where it is (on the button just pressed).
  useLayoutEffect(() => {
    if (card.word) ref.current?.focus({ preventScroll: true });
  }, [card.word]);

  // Esc closes the card wherever focus is; a click or tap outside it (other than on another word) too.
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      event.preventDefault();
      closeRef.current();
    };
    // The click that opened the card is older than the card; any later one counts, however soon it comes (a
    // timer to let the opening click pass first missed a click outside made right after the card showed,
    // on a busy machine).
    const openedAt = performance.now();
    const onClick = (event: MouseEvent) => {
      if (event.timeStamp <= openedAt) return;
      const target = event.target as Element | null;
      if (!target?.isConnected || ref.current?.contains(target) || target.closest(".w, [data-goto]")) return;
      const focus = document.activeElement;
      closeRef.current(!focus || focus === document.body || (ref.current?.contains(focus) ?? false));
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("click", onClick);
    };
  }, []);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || (event.target as HTMLElement).tagName === "INPUT") return;
    const key = event.key.toLowerCase();
    if (key === "s" && canSave) onSave();
    else if (key === "k" && !busy) onStatus("KNOWN");
    else if (key === "i" && !busy) onStatus("IGNORED");
  };

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
      onKeyDown={onKeyDown}
      data-testid="word-card"
    >
      <div className="word-card-head">
        <h2 lang="de">
          {article ? <span className={`article g-${entry.gender}`}>{article} </span> : null}
          {entry.reflexive ? <span className="reflexive">sich </span> : null}
          {entry.lemma}
        </h2>
        <button type="button" className="close" onClick={() => onClose()} aria-label={t("close")}>
          ×
        </button>
      </div>
      <div className="word-card-body">
        <div ref={contentRef}>
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
          <CardGrammar entry={entry} surface={card.surface} />
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
          {children}
          <p className="small muted">{t("shortcuts")}</p>
        </div>
      </div>
      <div className="word-card-foot">
        <p className="small" aria-live="polite">
          {t("statusLabel", { status: status ?? "none" })}
        </p>
        <div className="word-card-actions">
          {entry.name ? null : (
            // aria-disabled, not disabled: a pressed button keeps the focus (a disabled one would drop it).
            <button type="button" onClick={() => canSave && onSave()} aria-disabled={!canSave} aria-keyshortcuts="s">
              {status && status !== "IGNORED" ? t("saved") : t("save")}
            </button>
          )}
          <button
            type="button"
            onClick={() => !busy && onStatus("KNOWN")}
            aria-disabled={busy}
            aria-pressed={status === "KNOWN"}
            aria-keyshortcuts="k"
          >
            {t("markKnown")}
          </button>
          <button
            type="button"
            onClick={() => !busy && onStatus("IGNORED")}
            aria-disabled={busy}
            aria-pressed={status === "IGNORED"}
            aria-keyshortcuts="i"
          >
            {t("ignore")}
          </button>
        </div>
        <p className="word-card-notice" role="status" data-testid="card-notice">
          {notice === "signIn" ? (
            <>
              {t("signInToSave")} <Link href={{ pathname: "/sign-in", query: { next: pathname } }}>{t("signIn")}</Link>
            </>
          ) : notice === "failed" ? (
            t("saveFailed")
          ) : null}
        </p>
      </div>
    </div>
  );
}
