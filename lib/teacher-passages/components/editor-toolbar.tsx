"use client";
import { useTranslations } from "next-intl";
import styles from "@/components/forms.module.css";
import { Link } from "@/i18n/navigation";
import { useHydrated } from "@/lib/use-hydrated";
import ed from "./editor.module.css";

interface Props {
  passageId: string;
  published: boolean;
  dirty: boolean;
  untranslated: number;
  pending: boolean;
  onPublish(): void;
  onDelete(): void;
}

/** Save (the form's submit), publish or open the reader, what is unsaved, delete. */
export function EditorToolbar({ passageId, published, dirty, untranslated, pending, onPublish, onDelete }: Props) {
  const t = useTranslations("TeacherEditor");
  const hydrated = useHydrated();
  return (
    <div className={ed.toolbar} role="toolbar" aria-label={t("toolbar")}>
      <button type="submit" className={styles.primary} disabled={pending || !hydrated}>
        {published ? t("saveTranslations") : t("save")}
      </button>
      {!published ? (
        <button type="button" onClick={onPublish} disabled={pending}>
          {t("publish")}
        </button>
      ) : (
        <Link href={`/read/${passageId}`} className="tap-link">
          {t("openReader")}
        </Link>
      )}
      <span className={styles.hint} role="status" data-testid="editor-status">
        {dirty ? t("unsaved") : t("allSaved")} · {t("untranslated", { count: untranslated })}
      </span>
      {!published ? (
        <button type="button" className={`btn-small ${styles.danger}`} onClick={onDelete} disabled={pending}>
          {t("delete")}
        </button>
      ) : null}
    </div>
  );
}
