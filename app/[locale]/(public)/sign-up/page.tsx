import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { SignUpForm } from "@/lib/auth/components/sign-up-form";
import { safeNextPath } from "@/lib/auth/next-path";
import { getViewer } from "@/lib/server/session";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ next?: string | string[] }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Auth.signUp" });
  return { title: t("title"), robots: { index: false } };
}

export default async function SignUpPage({ params, searchParams }: Props) {
  const [{ locale }, { next }] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const target = safeNextPath(next, locale);
  if (await getViewer()) redirect(target);
  const t = await getTranslations("Auth");
  return (
    <div className="page auth-page">
      <h1>{t("signUp.title")}</h1>
      <p>{t("signUp.intro")}</p>
      <noscript>
        <p className="form-alert">{t("noScript")}</p>
      </noscript>
      <SignUpForm next={target} />
      <p className="auth-switch">
        {t("signUp.haveAccount")} <Link href={{ pathname: "/sign-in", query: next ? { next: target } : {} }}>{t("signUp.signInLink")}</Link>
      </p>
    </div>
  );
}
