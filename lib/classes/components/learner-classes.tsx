import { getFormatter, getTranslations } from "next-intl/server";
import styles from "@/components/forms.module.css";
import { Link } from "@/i18n/navigation";
import type { LearnerClass } from "@/lib/classes/data";
import { StatusBadge } from "./status-badge";
import { targetLabel } from "./target-label";

export async function LearnerClasses({ classes }: { classes: LearnerClass[] }) {
  const [t, tTarget, format] = await Promise.all([
    getTranslations("LearnerClasses"),
    getTranslations("AssignmentTarget"),
    getFormatter(),
  ]);
  if (classes.length === 0) return <p>{t("none")}</p>;
  return (
    <div className={styles.stack}>
      {classes.map((c) => (
        <section key={c.id} className={styles.section} aria-labelledby={`class-${c.id}`}>
          <h2 id={`class-${c.id}`}>
            {c.name} {c.closed ? <span className={styles.badge}>{t("closed")}</span> : null}
          </h2>
          <p className={styles.hint}>{t("teacher", { name: c.teacherName })}</p>
          {c.assignments.length === 0 ? (
            <p>{t("noAssignments")}</p>
          ) : (
            <ul className={styles.list}>
              {c.assignments.map((a) => (
                <li key={a.id} className={styles.item} data-testid="assignment">
                  <span>
                    <Link href={`/read/${a.passageId}`} lang="de" className="tap-link">
                      {a.title}
                    </Link>
                    <br />
                    <span className={styles.hint}>
                      {targetLabel(tTarget, a)}
                      {" · "}
                      {a.dueAt
                        ? t("due", { date: format.dateTime(a.dueAt, { dateStyle: "medium", timeZone: c.timeZone }) })
                        : t("noDue")}
                    </span>
                  </span>
                  <span>
                    <StatusBadge progress={a.progress} />{" "}
                    <span className={styles.hint}>
                      {t("doneOf", { done: a.progress.done, total: a.progress.total })}
                    </span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
