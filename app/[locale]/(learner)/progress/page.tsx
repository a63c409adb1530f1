import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { toLocale } from "@/i18n/routing";
import { ProgressOverview } from "@/lib/progress/components/progress-overview";
import { progressForUser } from "@/lib/progress/data";
import { requireUser } from "@/lib/server/loaders";

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Progress" });
  return { title: t("title") };
}

export default async function ProgressPage({ params }: Props) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  const viewer = await requireUser("/progress");
  const [t, progress] = await Promise.all([getTranslations("Progress"), progressForUser(viewer.id)]);
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <ProgressOverview progress={progress} />
    </div>
  );
}
