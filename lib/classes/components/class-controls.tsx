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
import type { ActionResult } from "@/lib/errors";

interface ConfirmedActionProps {
  label: string;
  /** The accessible name when the visible label alone would be ambiguous in a table row. */
  ariaLabel?: string;
  /** Asked before a destructive action; none for one that is easily undone. */
  confirm?: string;
  className?: string;
  action(): Promise<ActionResult<unknown>>;
}

/** A class page button: asks first when it destroys something, runs the action, shows the page again or the error. */
function ConfirmedActionButton({ label, ariaLabel, confirm, className, action }: ConfirmedActionProps) {
  const router = useRouter();
  const { pending, error, run } = useAction();
  return (
    <span>
      <button
        type="button"
        className={className}
        disabled={pending}
        aria-label={ariaLabel}
        onClick={() => {
          if (confirm && !window.confirm(confirm)) return;
          run(action, () => router.refresh());
        }}
      >
        {label}
      </button>{" "}
      <span role="alert" className={styles.error}>
        {error}
      </span>
    </span>
  );
}

export function CloseClassButton({ classId, closed }: { classId: string; closed: boolean }) {
  const t = useTranslations("TeacherClass");
  return closed ? (
    <ConfirmedActionButton label={t("reopen")} action={() => reopenClassAction({ classId })} />
  ) : (
    <ConfirmedActionButton
      label={t("close")}
      confirm={t("closeConfirm")}
      className={styles.danger}
      action={() => closeClassAction({ classId })}
    />
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
  return removed ? (
    <ConfirmedActionButton
      label={t("readmit")}
      ariaLabel={t("readmitNamed", { name })}
      className="btn-small"
      action={() => readmitLearnerAction({ classId, userId })}
    />
  ) : (
    <ConfirmedActionButton
      label={t("remove")}
      ariaLabel={t("removeNamed", { name })}
      confirm={t("removeConfirm", { name })}
      className={`btn-small ${styles.danger}`}
      action={() => removeLearnerAction({ classId, userId })}
    />
  );
}

export function UnassignButton({ classId, passageId, title }: { classId: string; passageId: string; title: string }) {
  const t = useTranslations("TeacherClass");
  return (
    <ConfirmedActionButton
      label={t("unassign")}
      ariaLabel={t("unassignNamed", { title })}
      confirm={t("unassignConfirm", { title })}
      className="btn-small"
      action={() => unassignPassageAction({ classId, passageId })}
    />
  );
}
