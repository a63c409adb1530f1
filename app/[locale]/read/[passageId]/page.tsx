import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { toLocale } from "@/i18n/routing";
import { isReadable } from "@/lib/passages/readable";
import { KeyVocabulary } from "@/lib/reading/components/key-vocabulary";
import { ParagraphView } from "@/lib/reading/components/paragraph-view";
import { ReaderClient } from "@/lib/reading/components/reader-client";
import { learnerLevel } from "@/lib/reading/data";
import { loadReaderPassage } from "@/lib/reading/loaders";
import { buildWordData, passageLemmas } from "@/lib/reading/word-data";
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
  const [t, tCard, { viewer, passage }] = await Promise.all([
    getTranslations("Reader"),
    getTranslations("Card"),
    loadReaderPassage(passageId),
  ]);
  if (!passage) notFound();

  const words = buildWordData(passage.paragraphs);
  const [statuses, level] = await Promise.all([
    viewer ? statusesForLemmas(viewer.id, passageLemmas(words)) : {},
    learnerLevel(viewer?.id ?? null),
  ]);
  const read = new Set(passage.readParagraphIds);
  const readable = passage.paragraphs.filter((p) => isReadable(p.kind));
  const readCount = readable.filter((p) => read.has(p.id)).length;

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
          {passage.publishedOn ? <span>{t("published", { date: passage.publishedOn })}</span> : null}
          {passage.publishedOn && passage.source ? " · " : null}
          {passage.source ? <span>{t("source", { source: passage.source })}</span> : null}
          {passage.difficulty ? <span> · {t("difficulty", { level: passage.difficulty })}</span> : null}
        </p>
        <p className="sr-only">{t("keyboardHelp")}</p>
        {/* Gender is shown by colour and by line style, so it never depends on colour alone. */}
        <p className="gender-legend small">
          <span className="muted">{tCard("genderLegend")}:</span> <span className="g-m">{tCard("genderM")}</span>{" "}
          <span className="g-f">{tCard("genderF")}</span> <span className="g-n">{tCard("genderN")}</span>
        </p>
      </header>
      <ReaderClient
        passageId={passage.id}
        totalReadable={readable.length}
        initialReadCount={readCount}
        signedIn={Boolean(viewer)}
        words={words}
        initialStatuses={statuses}
      >
        <KeyVocabulary words={passage.keyVocabulary[level] ?? []} level={level} />
        {passage.paragraphs.map((paragraph, index) => (
          <ParagraphView
            key={paragraph.id}
            paragraph={paragraph}
            read={read.has(paragraph.id)}
            firstWordFocusable={index === firstWordParagraph(passage.paragraphs)}
          />
        ))}
      </ReaderClient>
    </article>
  );
}

function firstWordParagraph(paragraphs: { kind: string }[]): number {
  return paragraphs.findIndex((p) => p.kind === "BODY" || p.kind === "HEADING");
}
