import "server-only";
import type { Locale } from "@/i18n/routing";
import { readerArticle } from "./article-cache";
import { fillArticle } from "./article-html";
import { articleLabels } from "./article-labels";

interface ReadablePassage {
  id: string;
  version: string;
  readParagraphIds: readonly string[];
}

/**
 * The article as this viewer sees it: the markup shared by every reader of this passage, version and
 * locale, with the viewer's read marks filled in. The reader page and the article route (a client-side
 * navigation) both serve it, so they cannot drift apart. The caller has checked access (getPassageForReader).
 */
export async function viewerArticle(passage: ReadablePassage, locale: Locale) {
  const { shared, article } = await readerArticle(passage.id, passage.version, locale, await articleLabels(locale));
  return { shared, bilingual: article.bilingual, html: fillArticle(article, new Set(passage.readParagraphIds)) };
}
