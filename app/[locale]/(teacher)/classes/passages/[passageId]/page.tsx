import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Suspense } from "react";
import { Link } from "@/i18n/navigation";
import { toLocale } from "@/i18n/routing";
import { TRANSLATION_ERROR_CODES } from "@/lib/errors/translation-error";
import { DeeplUsage } from "@/lib/teacher-passages/components/deepl-usage";
import { DraftEditor } from "@/lib/teacher-passages/components/draft-editor";
import { VisibilityChoice } from "@/lib/teacher-passages/components/visibility-choice";
import { loadPassageForEditor } from "@/lib/teacher-passages/loaders";
import { deeplConfigured } from "@/lib/translation/config";

type Params = {
  params: Promise<{ locale: string; passageId: string }>;
  searchParams: Promise<{ translationError?: string }>;
};

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { passageId } = await params;
  return { title: (await loadPassageForEditor(passageId))?.title };
}

export default async function EditPassagePage({ params, searchParams }: Params) {
  const { locale, passageId } = await params;
  setRequestLocale(toLocale(locale));
  const [t, passage, { translationError }] = await Promise.all([
    getTranslations("TeacherEditor"),
    loadPassageForEditor(passageId),
    searchParams,
  ]);
  if (!passage) notFound();
  const { classes, visibility, ...rest } = passage;
  const error = TRANSLATION_ERROR_CODES.find((code) => code === translationError);
  return (
    <div className="page">
      <p>
        <Link href="/classes" className="tap-link">
          {t("back")}
        </Link>
      </p>
      <h1>
        {passage.status === "PUBLISHED" ? t("headingPublished") : t("headingDraft")}:{" "}
        <span lang="de">{passage.title}</span>
      </h1>
      <VisibilityChoice passageId={passage.id} initial={visibility} />
      <Suspense fallback={null}>
        <DeeplUsage />
      </Suspense>
      <DraftEditor
        passage={rest}
        classes={classes}
        deeplConfigured={deeplConfigured()}
        initialTranslationError={error}
      />
    </div>
  );
}
