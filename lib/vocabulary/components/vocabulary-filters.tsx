import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { type VocabularyFilters as Filters, WORD_STATUSES, type WordStatusValue } from "../schema";
import styles from "./vocabulary.module.css";

interface Props {
  filters: Filters;
  counts: Partial<Record<WordStatusValue, number>>;
  tags: string[];
  passages: { id: string; title: string }[];
}

/** A plain GET form: filtering works without JavaScript and the URL can be bookmarked. */
export async function VocabularyFilters({ filters, counts, tags, passages }: Props) {
  const t = await getTranslations("Vocabulary");
  return (
    <form method="get" role="search" aria-label={t("filters.label")} className={`${styles.panel} ${styles.filters}`}>
      <div className={styles.field}>
        <label htmlFor="vocab-q">{t("filters.search")}</label>
        <input
          id="vocab-q"
          type="search"
          name="q"
          defaultValue={filters.q ?? ""}
          aria-describedby="vocab-q-hint"
          maxLength={100}
        />
        <p id="vocab-q-hint" className={styles.hint}>
          {t("filters.searchHint")}
        </p>
      </div>
      <div className={styles.field}>
        <label htmlFor="vocab-status">{t("filters.status")}</label>
        <select id="vocab-status" name="status" defaultValue={filters.status ?? ""}>
          <option value="">{t("filters.all")}</option>
          {WORD_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t("filters.option", { label: t(`status.${status}`), count: counts[status] ?? 0 })}
            </option>
          ))}
        </select>
      </div>
      {passages.length ? (
        <div className={styles.field}>
          <label htmlFor="vocab-passage">{t("filters.passage")}</label>
          <select id="vocab-passage" name="passage" defaultValue={filters.passage ?? ""}>
            <option value="">{t("filters.all")}</option>
            {passages.map((passage) => (
              <option key={passage.id} value={passage.id} lang="de">
                {passage.title}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {tags.length ? (
        <div className={styles.field}>
          <label htmlFor="vocab-tag">{t("filters.tag")}</label>
          <select id="vocab-tag" name="tag" defaultValue={filters.tag ?? ""}>
            <option value="">{t("filters.all")}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className={styles.actions}>
        <button type="submit">{t("filters.apply")}</button>
        <Link href="/vocabulary" className="tap-link">
          {t("filters.clear")}
        </Link>
      </div>
    </form>
  );
}
