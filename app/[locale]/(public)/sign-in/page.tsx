import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { toLocale } from "@/i18n/routing";
import { AuthPage, type AuthPageProps } from "@/lib/auth/components/auth-page";

export async function generateMetadata({ params }: AuthPageProps): Promise<Metadata> {
  const locale = toLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Auth.signIn" });
  return { title: t("title"), robots: { index: false } };
}

export default function SignInPage(props: AuthPageProps) {
  return <AuthPage kind="signIn" {...props} />;
}
