"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import styles from "@/components/forms.module.css";
import { useAction } from "@/components/use-action";
import { setPassageVisibilityAction } from "@/lib/teacher-passages/actions";

type Visibility = "PRIVATE" | "PUBLIC";

/** Who may read the passage: private (the default) or public; saved as soon as it is chosen. */
export function VisibilityChoice({ passageId, initial }: { passageId: string; initial: Visibility }) {
  const t = useTranslations("PassageVisibility");
  const [stored, setStored] = useState<Visibility>(initial);
  const [chosen, setChosen] = useState<Visibility>(initial);
  const [saved, setSaved] = useState(false);
  const { pending, error, run } = useAction();
  // The choice shows at once and is saved; a failed save shows the stored one again, with the error.
  const visibility = error ? stored : chosen;

  const choose = (next: Visibility) => {
    setChosen(next);
    setSaved(false);
    run(
      () => setPassageVisibilityAction({ passageId, visibility: next }),
      () => {
        setStored(next);
        setSaved(true);
      },
    );
  };

  return (
    <fieldset className={styles.section} data-testid="visibility">
      <legend>{t("legend")}</legend>
      {(["PRIVATE", "PUBLIC"] as const).map((value) => (
        <label key={value} className={styles.row}>
          <input
            type="radio"
            name="visibility"
            value={value}
            checked={visibility === value}
            disabled={pending}
            onChange={() => choose(value)}
          />{" "}
          {t(value === "PRIVATE" ? "private" : "public")}
        </label>
      ))}
      <p className={styles.hint}>{t("hint")}</p>
      <p role="status" className={error ? styles.error : styles.hint}>
        {error ?? (saved ? t("saved") : "")}
      </p>
    </fieldset>
  );
}
