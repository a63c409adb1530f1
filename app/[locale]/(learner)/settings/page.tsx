import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { toLocale } from "@/i18n/routing";
import { PasswordForm } from "@/lib/auth/components/password-form";
import { SessionList } from "@/lib/auth/components/session-list";
import { loadSessionItems } from "@/lib/auth/loaders";
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
  const [t, ta, settings] = await Promise.all([
    getTranslations("Settings"),
    getTranslations("Account"),
    settingsForUser(viewer.id),
  ]);
  const sessions = await loadSessionItems(viewer.id, settings.timeZone);
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <SettingsForm settings={settings} timeZones={timeZoneList()} />
      <section aria-labelledby="password-title">
        <h2 id="password-title">{ta("password.title")}</h2>
        <p>{ta("password.intro")}</p>
        <PasswordForm personal={[viewer.name, viewer.email]} />
      </section>
      <section aria-labelledby="sessions-title">
        <h2 id="sessions-title">{ta("sessions.title")}</h2>
        <p>{ta("sessions.intro")}</p>
        <SessionList sessions={sessions} />
      </section>
    </div>
  );
}
