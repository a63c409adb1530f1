import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { toLocale } from "@/i18n/routing";
import { AuthPage, type AuthPageProps } from "@/lib/auth/components/auth-page";

export async function generateMetadata({ params }: AuthPageProps): Promise<Metadata> {
  const locale = toLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Auth.signUp" });
  return { title: t("title"), robots: { index: false } };
}

export default function SignUpPage(props: AuthPageProps) {
  return <AuthPage kind="signUp" {...props} />;
}
