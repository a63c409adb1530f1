"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Link } from "@/i18n/navigation";
import { getNextDue } from "../actions";
import styles from "./review.module.css";

export interface GradedCard {
  logId: string;
  cardId: string;
  correct: boolean;
  durationMs: number;
  /** The card was new when graded (it counts toward today's new cards). */
  wasNew: boolean;
}

/** The end of a session: what was done, how well, and when to come back. */
export function SessionSummary({ history }: { history: GradedCard[] }) {
  const t = useTranslations("Review.summary");
  const format = useFormatter();
  const [nextDue, setNextDue] = useState<string | null | undefined>(undefined);

  // biome-ignore lint/correctness/useExhaustiveDependencies: each graded card can change when the next one is due
  useEffect(() => {
    let live = true;
    getNextDue({})
      .then((result) => live && setNextDue(result.ok ? result.data.nextDue : null))
      .catch(() => live && setNextDue(null));
    return () => {
      live = false;
    };
  }, [history.length]);

  const cards = new Set(history.map((h) => h.cardId)).size;
  const correct = history.filter((h) => h.correct).length;
  const seconds = Math.round(history.reduce((sum, h) => sum + h.durationMs, 0) / 1000);
  const now = Date.now();
  const due = nextDue ? new Date(nextDue) : null;

  return (
    <section className={styles.summary} aria-labelledby="review-summary" data-testid="review-summary">
      <h2 id="review-summary" tabIndex={-1}>
        {t("heading")}
      </h2>
      <dl className={styles.stats}>
        <div>
          <dt>{t("reviewed")}</dt>
          <dd data-testid="summary-reviewed">{format.number(cards)}</dd>
          <dd className={styles.sub}>{t("grades", { count: history.length })}</dd>
        </div>
        <div>
          <dt>{t("accuracy")}</dt>
          <dd data-testid="summary-accuracy">
            {format.number(history.length ? correct / history.length : 0, { style: "percent" })}
          </dd>
        </div>
        <div>
          <dt>{t("nextDue")}</dt>
          <dd className="small" data-testid="summary-next-due">
            {nextDue === undefined
              ? "…"
              : !due
                ? t("noneDue")
                : due.getTime() <= now
                  ? t("dueNow")
                  : format.relativeTime(due, now)}
          </dd>
        </div>
        <div>
          <dt>{t("time")}</dt>
          <dd data-testid="summary-time">
            {t("duration", { minutes: Math.floor(seconds / 60), seconds: seconds % 60 })}
          </dd>
        </div>
      </dl>
      <p className={styles.bar}>
        <button type="button" onClick={() => window.location.reload()}>
          {t("again")}
        </button>
        <Link href="/progress" className="tap-link">
          {t("progress")}
        </Link>
      </p>
    </section>
  );
}
