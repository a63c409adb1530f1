"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "@/i18n/navigation";
import { DAILY_GOAL, DAILY_NEW_CARDS } from "@/lib/settings/limits";
import { useHydrated } from "@/lib/use-hydrated";
import { updateReviewSettings } from "../actions";
import styles from "./review.module.css";

/** The learner's daily new-card limit and review goal. */
export function ReviewSettings({ dailyNewLimit, dailyGoal }: { dailyNewLimit: number; dailyGoal: number }) {
  const t = useTranslations("Review");
  const hydrated = useHydrated();
  const router = useRouter();
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);

  async function save(form: FormData) {
    setBusy(true);
    const result = await updateReviewSettings({
      dailyNewLimit: Number(form.get("dailyNewLimit")),
      dailyGoal: Number(form.get("dailyGoal")),
    }).catch(() => null);
    setBusy(false);
    setMessage(result?.ok ? t("settings.saved") : t(`errors.${result?.error ?? "network"}`));
    if (result?.ok) router.refresh();
  }

  return (
    <details className={styles.settingsPanel}>
      <summary>{t("settings.heading")}</summary>
      <form
        className={styles.settings}
        onSubmit={(event) => {
          event.preventDefault();
          void save(new FormData(event.currentTarget));
        }}
      >
        <label>
          {t("settings.newLimit")}
          <input
            type="number"
            name="dailyNewLimit"
            min={DAILY_NEW_CARDS.min}
            max={DAILY_NEW_CARDS.max}
            step={1}
            required
            defaultValue={dailyNewLimit}
          />
        </label>
        <label>
          {t("settings.goal")}
          <input
            type="number"
            name="dailyGoal"
            min={DAILY_GOAL.min}
            max={DAILY_GOAL.max}
            step={1}
            required
            defaultValue={dailyGoal}
          />
        </label>
        <button type="submit" disabled={busy || !hydrated}>
          {t("settings.save")}
        </button>
      </form>
      <p className="small" role="status">
        {message}
      </p>
    </details>
  );
}
