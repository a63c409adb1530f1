import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { ArticleLabels } from "./article-html";

/** The reader's UI text inside the article, in `locale`: the page and the article route build the same. */
export async function articleLabels(locale: Locale): Promise<ArticleLabels> {
  const t = await getTranslations({ locale, namespace: "Reader" });
  return {
    embed: t("embed"),
    readAloud: t("readAloud"),
    listenParagraph: t("listenParagraph"),
    untranslated: t("untranslated"),
    translationLabel: t("translationLabel"),
    revealParagraph: t("revealParagraph"),
    concealParagraph: t("concealParagraph"),
    markRead: t("markRead"),
    markedRead: t("markedRead"),
  };
}
