import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { SignInForm } from "@/lib/auth/components/sign-in-form";
import { safeNextPath } from "@/lib/auth/next-path";
import { getViewer } from "@/lib/server/session";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ next?: string | string[] }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Auth.signIn" });
  return { title: t("title"), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const [{ locale }, { next }] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const target = safeNextPath(next, locale);
  if (await getViewer()) redirect(target);
  const t = await getTranslations("Auth");
  return (
    <div className="page auth-page">
      <h1>{t("signIn.title")}</h1>
      <p>{t("signIn.intro")}</p>
      <noscript>
        <p className="form-alert">{t("noScript")}</p>
      </noscript>
      <SignInForm next={target} />
      <p className="auth-switch">
        {t("signIn.noAccount")} <Link href={{ pathname: "/sign-up", query: next ? { next: target } : {} }}>{t("signIn.signUpLink")}</Link>
      </p>
    </div>
  );
}
