import { getFormatter, getTranslations } from "next-intl/server";
import styles from "@/components/forms.module.css";
import { readDeeplUsage } from "@/lib/translation/usage";

/** DeepL's character count; rendered inside <Suspense> so a slow DeepL never holds up the page. */
export async function DeeplUsage() {
  const [t, tErrors, format] = await Promise.all([
    getTranslations("TeacherTranslation"),
    getTranslations("TeacherTranslation.errors"),
    getFormatter(),
  ]);
  const usage = await readDeeplUsage();
  if (!usage.ok) {
    return (
      <p className={styles.hint} data-testid="deepl-usage">
        {usage.code === "not_configured" ? t("notConfigured") : t("usageUnavailable", { reason: tErrors(usage.code) })}
      </p>
    );
  }
  const share = usage.characterLimit > 0 ? usage.characterCount / usage.characterLimit : 0;
  return (
    <p data-testid="deepl-usage">
      <progress max={Math.max(1, usage.characterLimit)} value={usage.characterCount} aria-hidden="true" />{" "}
      {t("usage", {
        used: format.number(usage.characterCount),
        limit: format.number(usage.characterLimit),
        percent: format.number(share, { style: "percent", maximumFractionDigits: 1 }),
      })}
    </p>
  );
}
