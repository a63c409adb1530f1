import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Suspense } from "react";
import { toLocale } from "@/i18n/routing";
import { ClassList } from "@/lib/classes/components/class-list";
import { listTeacherClasses } from "@/lib/classes/data";
import { requireTeacher } from "@/lib/server/loaders";
import { DeeplUsage } from "@/lib/teacher-passages/components/deepl-usage";
import { PassageList } from "@/lib/teacher-passages/components/passage-list";
import { listTeacherPassages } from "@/lib/teacher-passages/data";

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("TeacherClasses");
  return { title: t("title") };
}

export default async function TeacherClassesPage({ params }: Params) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  const viewer = await requireTeacher("/classes");
  const [t, classes, passages] = await Promise.all([
    getTranslations("TeacherClasses"),
    listTeacherClasses(viewer.id),
    listTeacherPassages(viewer.id),
  ]);
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <ClassList classes={classes} />
      <PassageList passages={passages} />
      <Suspense fallback={null}>
        <DeeplUsage />
      </Suspense>
    </div>
  );
}
