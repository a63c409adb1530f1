import { getTranslations } from "next-intl/server";
import styles from "@/components/forms.module.css";
import type { AssignmentProgress } from "@/lib/classes/progress";

export async function StatusBadge({ progress }: { progress: AssignmentProgress }) {
  const t = await getTranslations("AssignmentStatus");
  return (
    <span className={styles.badge} data-status={progress.status} data-overdue={progress.overdue}>
      {t(progress.status)}
      {progress.overdue ? ` · ${t("overdue")}` : null}
    </span>
  );
}
