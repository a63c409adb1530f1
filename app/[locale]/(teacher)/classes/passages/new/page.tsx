import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Suspense } from "react";
import { Link } from "@/i18n/navigation";
import { toLocale } from "@/i18n/routing";
import { requireTeacher } from "@/lib/server/loaders";
import { DeeplUsage } from "@/lib/teacher-passages/components/deepl-usage";
import { ImportForm } from "@/lib/teacher-passages/components/import-form";
import { listGlossaryClasses } from "@/lib/teacher-passages/data";
import { deeplConfigured } from "@/lib/translation/config";

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("TeacherImport");
  return { title: t("heading") };
}

export default async function ImportPassagePage({ params }: Params) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  const viewer = await requireTeacher("/classes/passages/new");
  const [t, classes] = await Promise.all([getTranslations("TeacherImport"), listGlossaryClasses(viewer.id)]);
  return (
    <div className="page">
      <p>
        <Link href="/classes" className="tap-link">
          {t("back")}
        </Link>
      </p>
      <h1>{t("heading")}</h1>
      <p className="lead">{t("intro")}</p>
      <Suspense fallback={null}>
        <DeeplUsage />
      </Suspense>
      <ImportForm deeplConfigured={deeplConfigured()} classes={classes} />
    </div>
  );
}
