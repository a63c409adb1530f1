"use client";
import { useTranslations } from "next-intl";
import { type ReactNode, useState } from "react";
import styles from "@/components/forms.module.css";
import { useAction } from "@/components/use-action";
import { useRouter } from "@/i18n/navigation";
import { saveGlossaryAction } from "@/lib/classes/actions";
import { useHydrated } from "@/lib/use-hydrated";

export function GlossaryForm({
  classId,
  initialText,
  state,
}: {
  classId: string;
  initialText: string;
  /** Where the saved glossary stands at DeepL (a server component). */
  state: ReactNode;
}) {
  const t = useTranslations("TeacherClass");
  const hydrated = useHydrated();
  const tError = useTranslations("TeacherTranslation.errors");
  const router = useRouter();
  const [text, setText] = useState(initialText);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { pending, error, run } = useAction();
  return (
    <form
      className={styles.stack}
      onSubmit={(event) => {
        event.preventDefault();
        setMessage(null);
        run(
          () => saveGlossaryAction({ classId, text }),
          (result) => {
            if (!result.ok) {
              setMessage({
                ok: false,
                text: result.invalidLines
                  ? t("glossaryInvalid", { lines: result.invalidLines.join(", ") })
                  : t("glossaryTooMany", { max: result.tooMany ?? 0 }),
              });
              return;
            }
            setMessage(
              result.syncError
                ? { ok: false, text: t("glossarySavedNotSynced", { reason: tError(result.syncError) }) }
                : { ok: true, text: t("glossarySaved", { count: result.entries }) },
            );
            router.refresh();
          },
        );
      }}
    >
      <label htmlFor="glossary" className={styles.label}>
        {t("glossaryLabel")}
      </label>
      <p id="glossary-hint" className={styles.hint}>
        {t("glossaryHint")}
      </p>
      <textarea
        id="glossary"
        className={styles.textarea}
        aria-describedby="glossary-hint"
        value={text}
        disabled={!hydrated}
        onChange={(e) => setText(e.target.value)}
        placeholder="Baumilliardär = property tycoon"
        lang="de"
        spellCheck={false}
      />
      <div className={styles.row}>
        <button type="submit" disabled={pending || !hydrated}>
          {t("glossarySave")}
        </button>
        {initialText ? state : null}
      </div>
      <p role="status" className={message?.ok ? styles.ok : styles.error}>
        {message?.text ?? error}
      </p>
    </form>
  );
}
