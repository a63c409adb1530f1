import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import styles from "@/components/forms.module.css";
import { ScrollRegion } from "@/components/scroll-region";
import { Link } from "@/i18n/navigation";
import type { ClassDashboard as Dashboard } from "@/lib/classes/data";
import { AssignForm } from "./assign-form";
import { CloseClassButton, LearnerButton, UnassignButton } from "./class-controls";
import { GlossaryForm } from "./glossary-form";
import { GlossaryState } from "./glossary-state";
import { JoinCodePanel } from "./join-code-panel";
import { StatusBadge } from "./status-badge";
import { targetLabel } from "./target-label";

export async function ClassDashboard({
  dashboard,
  passages,
}: {
  dashboard: Dashboard;
  passages: { id: string; title: string }[];
}) {
  const [t, tTarget, format, locale] = await Promise.all([
    getTranslations("TeacherClass"),
    getTranslations("AssignmentTarget"),
    getFormatter(),
    getLocale(),
  ]);
  const { timeZone } = dashboard;
  const date = (value: Date | null, withTime = false) =>
    value
      ? format.dateTime(
          value,
          withTime ? { dateStyle: "medium", timeStyle: "short", timeZone } : { dateStyle: "medium", timeZone },
        )
      : "—";
  const percent = (value: number | null) => (value === null ? "—" : format.number(value, { style: "percent" }));
  const closed = dashboard.closedAt !== null;

  return (
    <div className="page">
      <p>
        <Link href="/classes" className="tap-link">
          {t("back")}
        </Link>
      </p>
      <h1>
        {dashboard.name} {closed ? <span className={styles.badge}>{t("closed")}</span> : null}
      </h1>
      <div className={styles.row}>
        <a href={`/api/classes/${dashboard.id}/export?locale=${locale}`} download className="tap-link">
          {t("exportCsv")}
        </a>
        <CloseClassButton classId={dashboard.id} closed={closed} />
      </div>

      <section className={styles.section} aria-labelledby="join-heading">
        <h2 id="join-heading">{t("joinHeading")}</h2>
        <JoinCodePanel code={dashboard.joinCode} closed={closed} />
      </section>

      <section className={styles.section} aria-labelledby="students-heading">
        <h2 id="students-heading">{t("studentsHeading", { count: dashboard.learners.length })}</h2>
        {dashboard.learners.length === 0 ? (
          <p>{t("noStudents")}</p>
        ) : (
          <ScrollRegion labelledBy="students-heading">
            <table className={styles.table} data-testid="students">
              <thead>
                <tr>
                  <th scope="col">{t("colStudent")}</th>
                  <th scope="col" className={styles.num}>
                    {t("colParagraphs")}
                  </th>
                  <th scope="col" className={styles.num}>
                    {t("colWords")}
                  </th>
                  <th scope="col" className={styles.num}>
                    {t("colReviews")}
                  </th>
                  <th scope="col" className={styles.num}>
                    {t("colAccuracy")}
                  </th>
                  <th scope="col">{t("colLastActive")}</th>
                  <th scope="col">
                    <span className="sr-only">{t("colActions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {dashboard.learners.map((l) => (
                  <tr key={l.userId}>
                    <th scope="row">
                      {l.name}
                      <br />
                      <span className={styles.hint}>{l.email}</span>
                    </th>
                    <td className={styles.num}>
                      {t("paragraphsOf", { read: l.paragraphsRead, total: l.paragraphsTotal })}
                    </td>
                    <td className={styles.num}>{l.wordsSaved}</td>
                    <td className={styles.num}>{l.reviews}</td>
                    <td className={styles.num}>{percent(l.accuracy)}</td>
                    <td>{date(l.lastActive, true)}</td>
                    <td>
                      <LearnerButton classId={dashboard.id} userId={l.userId} name={l.name} removed={false} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
        <p className={styles.hint}>{t("statsHint")}</p>
      </section>

      <section className={styles.section} aria-labelledby="assignments-heading">
        <h2 id="assignments-heading">{t("assignmentsHeading")}</h2>
        {dashboard.assignments.length === 0 ? (
          <p>{t("noAssignments")}</p>
        ) : (
          <ScrollRegion labelledBy="assignments-heading">
            <table className={styles.table} data-testid="assignments">
              <thead>
                <tr>
                  <th scope="col">{t("colPassage")}</th>
                  <th scope="col">{t("colTarget")}</th>
                  <th scope="col">{t("colDue")}</th>
                  <th scope="col">{t("colCompletion")}</th>
                  <th scope="col">
                    <span className="sr-only">{t("colActions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {dashboard.assignments.map((a) => (
                  <tr key={a.id}>
                    <th scope="row" lang="de">
                      <Link href={`/read/${a.passageId}`} className="tap-link">
                        {a.title}
                      </Link>
                    </th>
                    <td>{targetLabel(tTarget, a)}</td>
                    <td>{date(a.dueAt)}</td>
                    <td>
                      <progress max={Math.max(1, a.learnerCount)} value={a.completed} aria-hidden="true" />{" "}
                      {t("completion", { done: a.completed, started: a.started, total: a.learnerCount })}
                    </td>
                    <td>
                      <UnassignButton classId={dashboard.id} passageId={a.passageId} title={a.title} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
        {dashboard.assignments.length > 0 && dashboard.learners.length > 0 ? (
          <details>
            <summary>{t("byStudent")}</summary>
            <ScrollRegion label={t("byStudent")}>
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th scope="col">{t("colStudent")}</th>
                    {dashboard.assignments.map((a) => (
                      <th scope="col" key={a.id} lang="de">
                        {a.title}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {dashboard.learners.map((l) => (
                    <tr key={l.userId}>
                      <th scope="row">{l.name}</th>
                      {dashboard.assignments.map((a) => {
                        const progress = l.progress[a.id]!;
                        return (
                          <td key={a.id}>
                            <StatusBadge progress={progress} />{" "}
                            <span className={styles.hint}>
                              {t("doneOf", { done: progress.done, total: progress.total })}
                              {progress.earlier > 0 ? ` · ${t("readEarlier", { count: progress.earlier })}` : null}
                            </span>
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </details>
        ) : null}
        <h3>{t("assignHeading")}</h3>
        <AssignForm classId={dashboard.id} passages={passages} />
      </section>

      <section className={styles.section} aria-labelledby="glossary-heading">
        <h2 id="glossary-heading">{t("glossaryHeading")}</h2>
        <GlossaryForm
          classId={dashboard.id}
          initialText={dashboard.glossaryText}
          state={
            <Suspense fallback={null}>
              <GlossaryState classId={dashboard.id} glossaryId={dashboard.glossaryId} />
            </Suspense>
          }
        />
      </section>

      {dashboard.removed.length > 0 ? (
        <section className={styles.section} aria-labelledby="removed-heading">
          <h2 id="removed-heading">{t("removedHeading")}</h2>
          <ul className={styles.list}>
            {dashboard.removed.map((r) => (
              <li key={r.userId} className={styles.item}>
                <span>
                  {r.name} <span className={styles.hint}>{r.email}</span>
                </span>
                <LearnerButton classId={dashboard.id} userId={r.userId} name={r.name} removed />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
