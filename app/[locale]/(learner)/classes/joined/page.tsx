import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { toLocale } from "@/i18n/routing";
import { JoinForm } from "@/lib/classes/components/join-form";
import { LearnerClasses } from "@/lib/classes/components/learner-classes";
import { listLearnerClasses } from "@/lib/classes/data";
import { requireUser } from "@/lib/server/loaders";

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("LearnerClasses");
  return { title: t("title") };
}

export default async function MyClassesPage({ params }: Params) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  const viewer = await requireUser("/classes/joined");
  const [t, classes] = await Promise.all([getTranslations("LearnerClasses"), listLearnerClasses(viewer.id)]);
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <LearnerClasses classes={classes} />
      <h2>{t("joinHeading")}</h2>
      <JoinForm />
    </div>
  );
}
