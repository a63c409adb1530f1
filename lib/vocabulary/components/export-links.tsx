import { getTranslations } from "next-intl/server";
import type { VocabularyFilters } from "../schema";
import styles from "./vocabulary.module.css";

function exportHref(format: "anki" | "csv", filters: VocabularyFilters): string {
  const query = new URLSearchParams({ format });
  for (const key of ["q", "status", "passage", "tag"] as const) {
    const value = filters[key];
    if (value) query.set(key, value);
  }
  return `/api/vocabulary/export?${query}`;
}

export async function ExportLinks({ filters }: { filters: VocabularyFilters }) {
  const t = await getTranslations("Vocabulary.export");
  return (
    <section className={styles.panel} aria-labelledby="vocab-export">
      <h2 id="vocab-export">{t("heading")}</h2>
      <p className={styles.hint}>{t("hint")}</p>
      <p className={styles.exports}>
        <a href={exportHref("anki", filters)} download>
          {t("anki")}
        </a>
        <a href={exportHref("csv", filters)} download>
          {t("csv")}
        </a>
      </p>
    </section>
  );
}
