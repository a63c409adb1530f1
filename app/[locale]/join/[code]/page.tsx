import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { toLocale } from "@/i18n/routing";
import { JoinForm } from "@/lib/classes/components/join-form";
import { getJoinPreview } from "@/lib/classes/data";
import { normalizeJoinCode } from "@/lib/classes/join-code";
import { requireUser } from "@/lib/server/loaders";

type Params = { params: Promise<{ locale: string; code: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("LearnerClasses");
  return { title: t("joinHeading") };
}

/** The join link: signed-out visitors go to sign-in and come back here; joining takes one confirming click. */
export default async function JoinPage({ params }: Params) {
  const { locale, code: raw } = await params;
  setRequestLocale(toLocale(locale));
  const viewer = await requireUser(`/join/${encodeURIComponent(raw)}`);
  const t = await getTranslations("LearnerClasses");
  const code = normalizeJoinCode(raw);
  const preview = code ? await getJoinPreview(viewer.id, code) : null;
  return (
    <div className="page">
      <h1>{t("joinHeading")}</h1>
      {!preview || !code ? (
        <p role="alert">{t("outcome.unknown_code")}</p>
      ) : (
        <>
          <p className="lead">{t("invite", { name: preview.name, teacher: preview.teacherName })}</p>
          {preview.state === "open" ? (
            <JoinForm code={code} />
          ) : (
            <p role="alert">{t(`outcome.${preview.state}`, { name: preview.name })}</p>
          )}
        </>
      )}
      <p>
        <Link href="/classes/joined" className="tap-link">
          {t("myClasses")}
        </Link>
      </p>
    </div>
  );
}
