"use client";
import { useTranslations } from "next-intl";
import styles from "@/components/forms.module.css";
import { useAction } from "@/components/use-action";
import { useRouter } from "@/i18n/navigation";
import {
  closeClassAction,
  readmitLearnerAction,
  removeLearnerAction,
  reopenClassAction,
  unassignPassageAction,
} from "@/lib/classes/actions";

export function CloseClassButton({ classId, closed }: { classId: string; closed: boolean }) {
  const t = useTranslations("TeacherClass");
  const router = useRouter();
  const { pending, error, run } = useAction();
  return (
    <span>
      <button
        type="button"
        className={closed ? undefined : styles.danger}
        disabled={pending}
        onClick={() => {
          if (!closed && !window.confirm(t("closeConfirm"))) return;
          run(
            () => (closed ? reopenClassAction : closeClassAction)({ classId }),
            () => router.refresh(),
          );
        }}
      >
        {closed ? t("reopen") : t("close")}
      </button>{" "}
      <span role="alert" className={styles.error}>
        {error}
      </span>
    </span>
  );
}

export function LearnerButton({
  classId,
  userId,
  name,
  removed,
}: {
  classId: string;
  userId: string;
  name: string;
  removed: boolean;
}) {
  const t = useTranslations("TeacherClass");
  const router = useRouter();
  const { pending, error, run } = useAction();
  return (
    <span>
      <button
        type="button"
        className={`btn-small ${removed ? "" : styles.danger}`}
        disabled={pending}
        aria-label={removed ? t("readmitNamed", { name }) : t("removeNamed", { name })}
        onClick={() => {
          if (!removed && !window.confirm(t("removeConfirm", { name }))) return;
          run(
            () => (removed ? readmitLearnerAction : removeLearnerAction)({ classId, userId }),
            () => router.refresh(),
          );
        }}
      >
        {removed ? t("readmit") : t("remove")}
      </button>
      <span role="alert" className={styles.error}>
        {error}
      </span>
    </span>
  );
}

export function UnassignButton({ classId, passageId, title }: { classId: string; passageId: string; title: string }) {
  const t = useTranslations("TeacherClass");
  const router = useRouter();
  const { pending, error, run } = useAction();
  return (
    <span>
      <button
        type="button"
        className="btn-small"
        disabled={pending}
        aria-label={t("unassignNamed", { title })}
        onClick={() => {
          if (!window.confirm(t("unassignConfirm", { title }))) return;
          run(
            () => unassignPassageAction({ classId, passageId }),
            () => router.refresh(),
          );
        }}
      >
        {t("unassign")}
      </button>
      <span role="alert" className={styles.error}>
        {error}
      </span>
    </span>
  );
}
