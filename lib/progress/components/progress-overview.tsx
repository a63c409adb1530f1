import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { dayToDate } from "@/lib/time/days";
import type { progressForUser } from "../data";
import { KNOWN_STABILITY_DAYS, MATURE_INTERVAL_DAYS } from "../known";
import styles from "./progress.module.css";
import { type ChartPoint, TimeChart } from "./time-chart";

type Progress = Awaited<ReturnType<typeof progressForUser>>;

export async function ProgressOverview({ progress }: { progress: Progress }) {
  const [t, format] = await Promise.all([getTranslations("Progress"), getFormatter()]);
  // Day keys are calendar days already in the learner's zone: format them as UTC dates.
  const short = (day: string) => format.dateTime(dayToDate(day), { day: "numeric", month: "short", timeZone: "UTC" });
  const long = (day: string) =>
    format.dateTime(dayToDate(day), {
      weekday: "short",
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    });
  const percent = (value: number | null) => (value === null ? t("noData") : t("percent", { value }));
  const { streak, reviewsPerDay, knownPerDay, retention } = progress;

  const reviewPoints: ChartPoint[] = reviewsPerDay.map((d) => ({
    label: short(d.day),
    date: long(d.day),
    value: d.count,
    extra: d.correct,
  }));
  const knownPoints: ChartPoint[] = knownPerDay.map((d) => ({
    label: short(d.day),
    date: long(d.day),
    value: d.count,
  }));
  const totalInRange = reviewsPerDay.reduce((sum, d) => sum + d.count, 0);

  return (
    <>
      <h2 className="sr-only">{t("overview")}</h2>
      <dl className={styles.tiles}>
        <div className={styles.tile} data-testid="progress-streak">
          <dt>{t("streak")}</dt>
          <dd className={styles.value}>{t("streakValue", { days: streak.current })}</dd>
          <dd className={styles.hint}>{t("streakHint", { zone: progress.timeZone })}</dd>
          <dd className={styles.hint}>
            {t("longest", { days: streak.longest })}
            {!streak.activeToday && streak.current > 0 ? ` · ${t("keepGoing")}` : ""}
          </dd>
        </div>
        <div className={styles.tile} data-testid="progress-today">
          <dt>{t("today")}</dt>
          <dd className={styles.value}>
            {t("todayValue", { count: progress.todayReviews, goal: progress.dailyGoal })}
          </dd>
          <dd className={progress.goalMetToday ? styles.met : styles.hint}>
            {progress.goalMetToday ? (
              <>
                <span aria-hidden="true">✓ </span>
                {t("goalMet")}
              </>
            ) : (
              t("goalNotMet")
            )}
          </dd>
          <dd className={styles.hint}>
            {t("daysGoalMet", { days: progress.daysGoalMet, total: reviewsPerDay.length })}
          </dd>
        </div>
        <div className={styles.tile} data-testid="progress-known">
          <dt>{t("known")}</dt>
          <dd className={styles.value}>{format.number(progress.wordsKnown)}</dd>
          <dd className={styles.hint}>{t("knownHint", { days: KNOWN_STABILITY_DAYS })}</dd>
        </div>
        <div className={styles.tile} data-testid="progress-retention">
          <dt>{t("retention")}</dt>
          <dd className={styles.value}>{percent(retention.rate)}</dd>
          <dd className={styles.hint}>
            {retention.rate === null
              ? t("retentionMissing", { missing: retention.missing, days: MATURE_INTERVAL_DAYS })
              : t("retentionHint", { reviews: retention.reviews, days: MATURE_INTERVAL_DAYS })}
          </dd>
        </div>
        <div className={styles.tile}>
          <dt>{t("accuracy")}</dt>
          <dd className={styles.value}>{percent(progress.accuracy)}</dd>
          <dd className={styles.hint}>{t("accuracyHint", { total: progress.totalReviews })}</dd>
        </div>
      </dl>

      <TimeChart
        id="reviews"
        kind="bar"
        title={t("reviewsChart.title")}
        description={t("reviewsChart.label", {
          days: reviewsPerDay.length,
          total: totalInRange,
          max: Math.max(0, ...reviewsPerDay.map((d) => d.count)),
          goal: progress.dailyGoal,
        })}
        points={reviewPoints}
        goal={progress.dailyGoal}
        goalLabel={t("reviewsChart.goal", { goal: progress.dailyGoal })}
        headers={{ date: t("table.date"), value: t("table.reviews"), extra: t("table.correct") }}
        showTable={t("table.show")}
      />
      <TimeChart
        id="known"
        kind="line"
        title={t("knownChart.title")}
        description={t("knownChart.label", {
          days: knownPerDay.length,
          start: knownPerDay[0]?.count ?? 0,
          end: knownPerDay.at(-1)?.count ?? 0,
        })}
        points={knownPoints}
        headers={{ date: t("table.date"), value: t("table.known") }}
        showTable={t("table.show")}
      />

      <section className={styles.figure} aria-labelledby="passages-read">
        <h2 id="passages-read">{t("passages.heading")}</h2>
        {progress.passages.length === 0 ? (
          <p>{t("passages.empty")}</p>
        ) : (
          <div className={styles.scroll}>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">{t("passages.passage")}</th>
                  <th scope="col">{t("passages.read")}</th>
                </tr>
              </thead>
              <tbody>
                {progress.passages.map((passage) => (
                  <tr key={passage.id}>
                    <th scope="row" lang="de">
                      <Link href={`/read/${passage.id}`} className="tap-link">
                        {passage.title}
                      </Link>
                    </th>
                    <td>
                      <progress max={passage.total} value={passage.read} aria-hidden="true" />{" "}
                      <span className="small">
                        {t("passages.value", { read: passage.read, total: passage.total, percent: passage.percent })}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
