import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthPage, type AuthPageProps } from "@/lib/auth/components/auth-page";

export async function generateMetadata({ params }: AuthPageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Auth.signIn" });
  return { title: t("title"), robots: { index: false } };
}

export default function SignInPage(props: AuthPageProps) {
  return <AuthPage kind="signIn" {...props} />;
}
