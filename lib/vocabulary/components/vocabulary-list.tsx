import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { VocabularyItemView } from "../data";
import type { VocabularyFilters } from "../schema";
import styles from "./vocabulary.module.css";
import { VocabularyRow } from "./vocabulary-row";

interface Props {
  items: VocabularyItemView[];
  total: number;
  page: number;
  pageCount: number;
  filters: VocabularyFilters;
  passageTitles: Map<string, string>;
  hasWords: boolean;
}

export async function VocabularyList({ items, total, page, pageCount, filters, passageTitles, hasWords }: Props) {
  const t = await getTranslations("Vocabulary");
  const query = (to: number) => {
    const { page: _page, ...rest } = filters;
    return Object.fromEntries(Object.entries({ ...rest, page: to > 1 ? String(to) : undefined }).filter(([, v]) => v));
  };
  return (
    <section aria-labelledby="vocab-list-heading">
      <h2 id="vocab-list-heading" tabIndex={-1}>
        {t("listHeading")} <span className="muted small">({t("results", { count: total })})</span>
      </h2>
      {items.length === 0 ? (
        <p>{hasWords ? t("noMatch") : t("empty")}</p>
      ) : (
        <ul className={styles.list}>
          {items.map((item) => (
            <VocabularyRow
              key={item.id}
              item={item}
              passageTitle={item.passageId ? passageTitles.get(item.passageId) : undefined}
            />
          ))}
        </ul>
      )}
      {pageCount > 1 ? (
        <nav aria-label={t("pagination")} className={styles.pager}>
          {page > 1 ? (
            <Link href={{ pathname: "/vocabulary", query: query(page - 1) }} className="tap-link">
              {t("previous")}
            </Link>
          ) : null}
          <span>{t("page", { page, count: pageCount })}</span>
          {page < pageCount ? (
            <Link href={{ pathname: "/vocabulary", query: query(page + 1) }} className="tap-link">
              {t("next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
