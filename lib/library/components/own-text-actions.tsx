"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import styles from "@/components/forms.module.css";
import { useAction } from "@/components/use-action";
import { useRouter } from "@/i18n/navigation";
import { deleteOwnTextAction, renameOwnTextAction } from "@/lib/library/actions";

/** Rename and delete for one text of the learner's library. */
export function OwnTextActions({ passageId, title }: { passageId: string; title: string }) {
  const t = useTranslations("Library");
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(title);
  const { pending, error, run } = useAction();
  const inputId = `rename-${passageId}`;

  if (editing) {
    return (
      <form
        className={styles.row}
        onSubmit={(event) => {
          event.preventDefault();
          run(
            () => renameOwnTextAction({ passageId, title: value }),
            () => {
              setEditing(false);
              router.refresh();
            },
          );
        }}
      >
        <label htmlFor={inputId} className="sr-only">
          {t("newTitle")}
        </label>
        <input
          id={inputId}
          lang="de"
          required
          maxLength={200}
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
        <button type="submit" className="btn-small" disabled={pending}>
          {t("saveTitle")}
        </button>
        <button type="button" className="btn-small" onClick={() => setEditing(false)}>
          {t("cancel")}
        </button>
        <span role="alert" className={styles.error}>
          {error}
        </span>
      </form>
    );
  }
  return (
    <div className={styles.row}>
      <button
        type="button"
        className="btn-small"
        aria-label={t("renameLabel", { title })}
        onClick={() => setEditing(true)}
      >
        {t("rename")}
      </button>
      <button
        type="button"
        className={`btn-small ${styles.danger}`}
        aria-label={t("deleteLabel", { title })}
        disabled={pending}
        onClick={() => {
          if (!window.confirm(t("deleteConfirm", { title }))) return;
          run(
            () => deleteOwnTextAction({ passageId }),
            () => router.refresh(),
          );
        }}
      >
        {t("delete")}
      </button>
      <span role="alert" className={styles.error}>
        {error}
      </span>
    </div>
  );
}
