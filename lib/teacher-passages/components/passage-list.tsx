import { getFormatter, getTranslations } from "next-intl/server";
import styles from "@/components/forms.module.css";
import { Link } from "@/i18n/navigation";
import type { listTeacherPassages } from "@/lib/teacher-passages/data";

export async function PassageList({ passages }: { passages: Awaited<ReturnType<typeof listTeacherPassages>> }) {
  const [t, format] = await Promise.all([getTranslations("TeacherPassages"), getFormatter()]);
  return (
    <section className={styles.section} aria-labelledby="passages-heading">
      <h2 id="passages-heading">{t("heading")}</h2>
      <p>
        <Link href="/classes/passages/new" className="tap-link">
          {t("import")}
        </Link>
      </p>
      {passages.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className={styles.list}>
          {passages.map((p) => (
            <li key={p.id} className={styles.item}>
              <span>
                <Link href={`/classes/passages/${p.id}`} lang="de" className="tap-link">
                  {p.title}
                </Link>{" "}
                <span className={styles.badge} data-status={p.status}>
                  {t(`status.${p.status}`)}
                </span>
              </span>
              <span className={styles.hint}>
                {t("summary", {
                  words: p.wordCount,
                  assignments: p.assignmentCount,
                  date: format.dateTime(p.updatedAt, { dateStyle: "medium", timeZone: "UTC" }),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
