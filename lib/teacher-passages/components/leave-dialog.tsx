"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

interface Props {
  busy: boolean;
  onSave(): void;
  onDiscard(): void;
  onStay(): void;
}

/** "You have unsaved changes": save and leave, leave without saving, or stay. A modal <dialog>. */
export function LeaveDialog({ busy, onSave, onDiscard, onStay }: Props) {
  const t = useTranslations("TeacherEditor");
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby="leave-heading"
      data-testid="leave-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onStay();
      }}
    >
      <h2 id="leave-heading">{t("leaveHeading")}</h2>
      <p>{t("leaveText")}</p>
      <div className="word-card-actions">
        <button type="button" onClick={onSave} disabled={busy} autoFocus>
          {t("leaveSave")}
        </button>
        <button type="button" onClick={onDiscard} disabled={busy}>
          {t("leaveDiscard")}
        </button>
        <button type="button" onClick={onStay} disabled={busy}>
          {t("leaveStay")}
        </button>
      </div>
    </dialog>
  );
}
