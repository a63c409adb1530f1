import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { preload } from "react-dom";
import { toLocale } from "@/i18n/routing";
import { correctionsForReader } from "@/lib/corrections/data";
import { keyVocabularyLevel } from "@/lib/passages/key-vocabulary-level";
import { handOffArticle } from "@/lib/reading/article-handoff";
import { ArticleBody } from "@/lib/reading/components/article-body";
import { EARLY_TAP_SCRIPT } from "@/lib/reading/components/early-taps";
import { KeyVocabulary } from "@/lib/reading/components/key-vocabulary";
import { ReaderClient } from "@/lib/reading/components/reader-client";
import { loadReaderPassage } from "@/lib/reading/loaders";
import { viewerArticle } from "@/lib/reading/viewer-article";
import { nonceOf } from "@/lib/security/headers";
import { getViewerLevel } from "@/lib/server/session";
import { statusesForLemmas } from "@/lib/vocabulary/data";

interface Params {
  params: Promise<{ locale: string; passageId: string }>;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { passageId } = await params;
  const { passage } = await loadReaderPassage(passageId);
  return { title: passage?.title };
}

export default async function ReadPage({ params }: Params) {
  const { locale, passageId } = await params;
  setRequestLocale(toLocale(locale));
  const [t, tCard, { viewer, passage }, requestHeaders] = await Promise.all([
    getTranslations("Reader"),
    getTranslations("Card"),
    loadReaderPassage(passageId),
    headers(),
  ]);
  // The access check (in loadReaderPassage) comes before anything shared is looked up.
  if (!passage) notFound();

  // The learner's own level, B1 for visitors; it came with the session, so no query.
  const level = keyVocabularyLevel(await getViewerLevel());
  const { shared, bilingual, html } = await viewerArticle(passage, toLocale(locale));
  const [statuses, corrections] = await Promise.all([
    viewer ? statusesForLemmas(viewer.id, shared.lemmas) : {},
    correctionsForReader(passage, viewer?.id ?? null, shared.surfaces),
  ]);
  const wordsUrl = `/api/passages/${passage.id}/words?v=${passage.version}`;
  // Fetched while the page is parsed, not after the JavaScript has run.
  preload(wordsUrl, { as: "fetch", crossOrigin: "anonymous" });
  const read = new Set(passage.readParagraphIds);
  const readCount = shared.readableIds.filter((id) => read.has(id)).length;

  return (
    <article className="reader" aria-labelledby="passage-title">
      <header className="reader-header">
        <h1 id="passage-title" lang="de">
          {passage.title}
        </h1>
        {passage.titleEn ? (
          <p className="reader-title-en" lang="en">
            {passage.titleEn}
          </p>
        ) : null}
        <p className="muted">
          {[
            // The dateline's place ("Berlin, 12. März 2025" → Berlin, 2025-03-12), as the newspaper gave it.
            passage.place ? (
              <span key="place" lang="de">
                {passage.place}
              </span>
            ) : null,
            passage.publishedOn ? <span key="date">{t("published", { date: passage.publishedOn })}</span> : null,
            passage.source ? <span key="source">{t("source", { source: passage.source })}</span> : null,
            passage.difficulty ? <span key="level">{t("difficulty", { level: passage.difficulty })}</span> : null,
          ]
            .filter(Boolean)
            .flatMap((item, i) => (i === 0 ? [item] : [" · ", item]))}
        </p>
        <p className="sr-only">{t("keyboardHelp")}</p>
        {/* Gender is shown by colour and by line style, so it never depends on colour alone. */}
        <p className="gender-legend small">
          <span className="muted">{tCard("genderLegend")}:</span> <span className="g-m">{tCard("genderM")}</span>{" "}
          <span className="g-f">{tCard("genderF")}</span> <span className="g-n">{tCard("genderN")}</span>
        </p>
      </header>
      {/* Before the article: remembers a word tapped before the scripts have run (early-taps.ts). */}
      <script
        nonce={nonceOf(requestHeaders.get("content-security-policy") ?? "") ?? undefined}
        // biome-ignore lint/security/noDangerouslySetInnerHtml: our own constant, no user input
        dangerouslySetInnerHTML={{ __html: EARLY_TAP_SCRIPT }}
      />
      <ReaderClient
        passageId={passage.id}
        totalReadable={shared.readableIds.length}
        initialReadCount={readCount}
        signedIn={Boolean(viewer)}
        wordsUrl={wordsUrl}
        initialStatuses={statuses}
        bilingual={bilingual}
        initialCorrections={corrections}
        canCorrectForPassage={passage.ownedByViewer && !passage.personal}
      >
        <KeyVocabulary words={passage.keyVocabulary[level] ?? []} level={level} />
        {/* Built once per passage, version and locale and shared by every reader (lib/reading/article-cache.ts):
            no tree of 2,500 elements to send or hydrate, and not in the RSC payload (article-body.tsx). */}
        <ArticleBody handoff={handOffArticle(html)} url={`/api/passages/${passage.id}/article?locale=${locale}`} />
      </ReaderClient>
    </article>
  );
}
