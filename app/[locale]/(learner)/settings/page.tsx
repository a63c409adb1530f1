import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { toLocale } from "@/i18n/routing";
import { requireUser } from "@/lib/server/loaders";
import { SettingsForm } from "@/lib/settings/components/settings-form";
import { settingsForUser } from "@/lib/settings/data";
import { timeZoneList } from "@/lib/settings/time-zones";

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Settings" });
  return { title: t("title") };
}

export default async function SettingsPage({ params }: Props) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  const viewer = await requireUser("/settings");
  const [t, settings] = await Promise.all([getTranslations("Settings"), settingsForUser(viewer.id)]);
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <SettingsForm settings={settings} timeZones={timeZoneList()} />
    </div>
  );
}
