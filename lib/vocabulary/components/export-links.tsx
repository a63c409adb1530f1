import { getLocale, getTranslations } from "next-intl/server";
import type { VocabularyFilters } from "../schema";
import styles from "./vocabulary.module.css";

const FILTER_KEYS = ["q", "status", "passage", "tag"] as const;

/** A plain GET form: the browser downloads the file, no JavaScript needed; the list's filters ride along. */
export async function ExportLinks({ filters }: { filters: VocabularyFilters }) {
  const [t, locale] = await Promise.all([getTranslations("Vocabulary.export"), getLocale()]);
  return (
    <section className={styles.panel} aria-labelledby="vocab-export">
      <h2 id="vocab-export">{t("heading")}</h2>
      <p className={styles.hint}>{t("hint")}</p>
      <form method="get" action="/api/vocabulary/export" className={styles.exports}>
        {FILTER_KEYS.map((key) => {
          const value = filters[key];
          return value ? <input key={key} type="hidden" name={key} value={value} /> : null;
        })}
        <input type="hidden" name="locale" value={locale} />
        <label className={styles.check}>
          <input type="checkbox" name="all" value="1" />
          {t("includeAll")}
        </label>
        <button type="submit" name="format" value="apkg" aria-describedby="vocab-apkg-hint">
          {t("apkg")}
        </button>
        <p id="vocab-apkg-hint" className={styles.hint}>
          {t("apkgHint")}
        </p>
        <button type="submit" name="format" value="anki">
          {t("anki")}
        </button>
        <button type="submit" name="format" value="csv">
          {t("csv")}
        </button>
      </form>
    </section>
  );
}
