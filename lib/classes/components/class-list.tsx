import { getTranslations } from "next-intl/server";
import styles from "@/components/forms.module.css";
import { Link } from "@/i18n/navigation";
import type { listTeacherClasses } from "@/lib/classes/data";
import { formatJoinCode } from "@/lib/classes/join-code";
import { CreateClassForm } from "./create-class-form";

export async function ClassList({ classes }: { classes: Awaited<ReturnType<typeof listTeacherClasses>> }) {
  const t = await getTranslations("TeacherClasses");
  return (
    <section className={styles.section} aria-labelledby="classes-heading">
      <h2 id="classes-heading">{t("classesHeading")}</h2>
      {classes.length === 0 ? (
        <p>{t("noClasses")}</p>
      ) : (
        <ul className={styles.list}>
          {classes.map((c) => (
            <li key={c.id} className={styles.item}>
              <span>
                <Link href={`/classes/${c.id}`} className="tap-link">
                  {c.name}
                </Link>{" "}
                {c.closedAt ? <span className={styles.badge}>{t("closed")}</span> : null}
              </span>
              <span className={styles.hint}>
                {t("classSummary", {
                  learners: c.learnerCount,
                  assignments: c.assignmentCount,
                  code: formatJoinCode(c.joinCode),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3>{t("newClass")}</h3>
      <CreateClassForm />
    </section>
  );
}
