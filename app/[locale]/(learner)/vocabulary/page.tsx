import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { toLocale } from "@/i18n/routing";
import { requireUser } from "@/lib/server/loaders";
import { AddWordForm } from "@/lib/vocabulary/components/add-word-form";
import { ExportLinks } from "@/lib/vocabulary/components/export-links";
import styles from "@/lib/vocabulary/components/vocabulary.module.css";
import { VocabularyFilters } from "@/lib/vocabulary/components/vocabulary-filters";
import { VocabularyList } from "@/lib/vocabulary/components/vocabulary-list";
import { listVocabulary, vocabularyFacets } from "@/lib/vocabulary/data";
import { vocabularyFilters } from "@/lib/vocabulary/schema";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Vocabulary" });
  return { title: t("title") };
}

export default async function VocabularyPage({ params, searchParams }: Props) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  const viewer = await requireUser("/vocabulary");
  const filters = vocabularyFilters.parse(await searchParams);
  const [t, list, facets] = await Promise.all([
    getTranslations("Vocabulary"),
    listVocabulary(viewer.id, filters),
    vocabularyFacets(viewer.id),
  ]);
  const hasWords = Object.values(facets.counts).some((count) => count > 0);
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <div className={styles.toolbar}>
        <VocabularyFilters filters={filters} counts={facets.counts} tags={facets.tags} passages={facets.passages} />
        <ExportLinks filters={filters} />
      </div>
      <AddWordForm />
      <VocabularyList
        {...list}
        filters={filters}
        hasWords={hasWords}
        passageTitles={new Map(facets.passages.map((p) => [p.id, p.title]))}
      />
    </div>
  );
}
