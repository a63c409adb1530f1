"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { Link } from "@/i18n/navigation";
import type { AppErrorCode } from "@/lib/errors";
import { reloadCard, undoGrade } from "../actions";
import { type AnswerCheck, checkAnswer } from "../answer-check";
import type { ReviewCardView } from "../data";
import { postGrade } from "../grade-client";
import { intervalParts } from "../interval";
import { buildPrompt, REVIEW_MODES, type ReviewMode } from "../prompt";
import { type ReviewDraft, readDraft, writeDraft } from "../review-draft";
import { GRADES, type GradeValue } from "../scheduler";
import styles from "./review.module.css";
import { ReviewCard } from "./review-card";
import { type GradedCard, SessionSummary } from "./session-summary";

// Cards due again within this window (learning steps) come back later in the same session.
const LEARN_AHEAD_MS = 20 * 60_000;
const dueSoon = (card: ReviewCardView) => new Date(card.due).getTime() - Date.now() <= LEARN_AHEAD_MS;
const NOT_TEXT = new Set(["radio", "checkbox", "button", "submit", "reset"]);
const isTextEntry = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target.tagName === "TEXTAREA" ||
    target.tagName === "SELECT" ||
    (target instanceof HTMLInputElement && !target.readOnly && !NOT_TEXT.has(target.type)));

interface Props {
  cards: ReviewCardView[];
  /** New cards started today before this session, and the daily limit. */
  newToday: number;
  dailyNewLimit: number;
  /** When the next card is due (cards in this session aside), and new cards held back by the daily limit. */
  nextDue: string | null;
  newWaiting: number;
}

export function ReviewSession({ cards, newToday, dailyNewLimit, nextDue, newWaiting }: Props) {
  const t = useTranslations("Review");
  const format = useFormatter();
  const [queue, setQueue] = useState(cards);
  const [mode, setMode] = useState<ReviewMode>("recognition");
  // Which card (and mode) was revealed or checked: state bound to its card, so the next card is never
  // rendered with the last one's answer showing (a frame later an effect would hide it: the learner saw
  // the answer flash, and a Space pressed in between was read against the old card).
  const [revealedKey, setRevealedKey] = useState("");
  const [answer, setAnswer] = useState("");
  const [checked, setChecked] = useState<{ key: string; check: AnswerCheck } | null>(null);
  const [history, setHistory] = useState<GradedCard[]>([]);
  const [finished, setFinished] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState("");
  const shownAt = useRef(Date.now());
  const inputRef = useRef<HTMLInputElement>(null);
  const revealRef = useRef<HTMLButtonElement>(null);
  const gradeRefs = useRef<(HTMLButtonElement | null)[]>([]);

  const current = finished ? undefined : queue[0];
  const prompt = current ? buildPrompt(current.item, mode) : null;
  // The header counts follow the session: graded cards leave the queue, relearning cards come back into it.
  const dueLeft = queue.filter((card) => card.state !== 0).length;
  const newLeft = queue.length - dueLeft;
  const startedToday = newToday + history.filter((h) => h.wasNew).length;
  const cardId = current ? `${current.cardId}:${current.version}` : "";
  const cardKey = cardId ? `${cardId}:${mode}` : "";
  const revealed = cardKey !== "" && revealedKey === cardKey;
  const check = cardKey !== "" && checked?.key === cardKey ? checked.check : null;
  const answered = prompt?.mode === "recognition" ? revealed : check !== null;
  const suggested: GradeValue = check?.suggestedGrade ?? 3;
  // What this tab typed for the first card before the page was loaded again (a language switch): read once.
  const draftRef = useRef<ReviewDraft | null | undefined>(undefined);

  // A new card (or mode): clear the answer, start the clock, put focus where the learner acts first.
  useEffect(() => {
    if (!cardKey) return;
    if (draftRef.current === undefined) {
      const draft = readDraft();
      draftRef.current = draft?.card === cardId ? draft : null;
    }
    const draft = draftRef.current;
    if (draft && draft.mode !== mode) {
      setMode(draft.mode); // back here with the draft's mode, and its answer
      return;
    }
    draftRef.current = null;
    setRevealedKey("");
    setAnswer(draft?.answer ?? "");
    setChecked(null);
    shownAt.current = Date.now();
    requestAnimationFrame(() => (inputRef.current ?? revealRef.current)?.focus());
  }, [cardKey, cardId, mode]);

  useEffect(() => {
    if (cardId) writeDraft({ mode, card: cardId, answer });
  }, [mode, cardId, answer]);

  useEffect(() => {
    if (answered) requestAnimationFrame(() => gradeRefs.current[suggested - 1]?.focus());
  }, [answered, suggested]);

  const formatInterval = (ms: number) => {
    const { value, unit } = intervalParts(ms);
    return format.number(value, { style: "unit", unit, unitDisplay: "long" });
  };

  const errorText = useCallback((code: AppErrorCode | "network") => t(`errors.${code}`), [t]);

  const reveal = useCallback(() => {
    if (!current || !prompt) return;
    if (prompt.mode === "recognition") setRevealedKey(cardKey);
    else setChecked({ key: cardKey, check: checkAnswer(answer, prompt.target) });
  }, [answer, cardKey, current, prompt]);

  const reload = useCallback(async (cardId: string) => {
    const result = await reloadCard({ cardId }).catch(() => null);
    const fresh = result?.ok ? result.data.card : null;
    setQueue((q) => {
      const rest = q.filter((card) => card.cardId !== cardId);
      return fresh && dueSoon(fresh) ? [fresh, ...rest] : rest;
    });
  }, []);

  const grade = useCallback(
    async (value: GradeValue) => {
      if (!current || !prompt || !answered || busy) return;
      setBusy(true);
      const durationMs = Date.now() - shownAt.current;
      const result = await postGrade({
        cardId: current.cardId,
        version: current.version,
        grade: value,
        mode,
        ...(prompt.mode === "recognition" ? {} : { answer }),
        durationMs,
      }).catch(() => null);
      setBusy(false);
      if (!result?.ok) {
        const code = result?.error ?? "network";
        setMessage(errorText(code));
        if (code === "conflict" || code === "not_found") await reload(current.cardId);
        return;
      }
      const { logId, correct, card } = result.data;
      setMessage("");
      setHistory((h) => [...h, { logId, cardId: current.cardId, correct, durationMs, wasNew: current.state === 0 }]);
      setQueue((q) => [...q.slice(1), ...(dueSoon(card) ? [card] : [])]);
    },
    [answer, answered, busy, current, errorText, mode, prompt, reload],
  );

  const undo = useCallback(async () => {
    const last = history.at(-1);
    if (!last || busy) return;
    setBusy(true);
    const result = await undoGrade({ logId: last.logId }).catch(() => null);
    setBusy(false);
    if (!result?.ok) {
      setMessage(errorText(result?.error ?? "network"));
      return;
    }
    setHistory((h) => h.slice(0, -1));
    setQueue((q) => [result.data.card, ...q.filter((card) => card.cardId !== last.cardId)]);
    setFinished(false);
    setMessage(t("undone"));
  }, [busy, errorText, history, t]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target)) return;
      if (event.key === " " && !answered && prompt?.mode === "recognition") {
        event.preventDefault();
        reveal();
      } else if (answered && /^[1-4]$/.test(event.key)) {
        event.preventDefault();
        void grade(Number(event.key) as GradeValue);
      } else if (event.key === "u" || event.key === "U") {
        event.preventDefault();
        void undo();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [answered, grade, prompt?.mode, reveal, undo]);

  const done = finished || queue.length === 0;
  return (
    <div className={styles.session}>
      <p className="muted" data-testid="review-queue">
        {t("queue", { due: dueLeft, fresh: newLeft })} · {t("newToday", { count: startedToday, limit: dailyNewLimit })}
      </p>
      <p className={styles.message} role="status" aria-live="polite">
        {message}
      </p>
      {done ? (
        history.length ? (
          <SessionSummary history={history} />
        ) : (
          <NothingToReview nextDue={nextDue} newWaiting={newWaiting} />
        )
      ) : (
        <>
          <fieldset className={styles.modes}>
            <legend>{t("modes.legend")}</legend>
            {REVIEW_MODES.map((value) => (
              <label key={value}>
                <input
                  type="radio"
                  name="review-mode"
                  value={value}
                  checked={mode === value}
                  onChange={() => setMode(value)}
                />
                {t(`modes.${value}`)}
              </label>
            ))}
          </fieldset>
          <div className={styles.bar}>
            <span className="muted">{t("left", { count: queue.length })}</span>
            <span className="muted small">{t("keys")}</span>
          </div>
          {current && prompt ? (
            <ReviewCard
              card={current}
              prompt={prompt}
              revealed={revealed}
              check={check}
              answer={answer}
              inputRef={inputRef}
              onAnswer={setAnswer}
              onSubmit={reveal}
            />
          ) : null}
          {answered ? (
            <fieldset className={styles.grades}>
              <legend>{t("grades.legend")}</legend>
              {GRADES.map((value) => (
                <button
                  key={value}
                  ref={(el) => {
                    gradeRefs.current[value - 1] = el;
                  }}
                  type="button"
                  className={value === suggested ? styles.suggested : undefined}
                  disabled={busy}
                  aria-keyshortcuts={String(value)}
                  onClick={() => void grade(value)}
                >
                  {t(`grades.${value}`)}
                  <span className={styles.interval} data-testid={`interval-${value}`}>
                    {t("grades.interval", { interval: formatInterval(current?.intervals[value - 1] ?? 0) })}
                  </span>
                  <small>
                    {t("grades.key", { key: value })}
                    {value === suggested && prompt?.mode !== "recognition" ? ` · ${t("grades.suggested")}` : ""}
                  </small>
                </button>
              ))}
            </fieldset>
          ) : prompt?.mode === "recognition" ? (
            <button ref={revealRef} type="button" aria-keyshortcuts="Space" onClick={reveal}>
              {t("reveal")}
            </button>
          ) : null}
        </>
      )}
      <div className={styles.bar}>
        <button type="button" onClick={() => void undo()} disabled={!history.length || busy} aria-keyshortcuts="U">
          {t("undo")}
        </button>
        {!done ? (
          <button type="button" onClick={() => setFinished(true)} disabled={!history.length}>
            {t("finish")}
          </button>
        ) : null}
      </div>
    </div>
  );
}

/** The empty queue: when to come back, and what to do meanwhile. */
function NothingToReview({ nextDue, newWaiting }: { nextDue: string | null; newWaiting: number }) {
  const t = useTranslations("Review.nothing");
  const format = useFormatter();
  const due = nextDue ? new Date(nextDue) : null;
  return (
    <section className={styles.summary} data-testid="review-empty" aria-labelledby="review-empty-heading">
      <h2 id="review-empty-heading">{t("heading")}</h2>
      <p>
        {due
          ? t("nextDue", {
              when: format.relativeTime(due, Date.now()),
              date: format.dateTime(due, { dateStyle: "medium", timeStyle: "short" }),
            })
          : t("noneScheduled")}
      </p>
      <ul>
        <li>
          <Link href="/" className="tap-link">
            {t("read")}
          </Link>
        </li>
        {newWaiting > 0 ? (
          <li>
            <Link href="/vocabulary?status=NEW">{t("newWords", { count: newWaiting })}</Link>
            <span className="muted"> · {t("raiseLimit")}</span>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
