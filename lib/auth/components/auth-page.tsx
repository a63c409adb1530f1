import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { toLocale } from "@/i18n/routing";
import { safeNextPath } from "@/lib/auth/next-path";
import { getViewer } from "@/lib/server/session";
import { SignInForm } from "./sign-in-form";
import { SignUpForm } from "./sign-up-form";

export interface AuthPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ next?: string | string[] }>;
}

const OTHER = {
  signIn: { path: "/sign-up", prompt: "signIn.noAccount", link: "signIn.signUpLink" },
  signUp: { path: "/sign-in", prompt: "signUp.haveAccount", link: "signUp.signInLink" },
} as const;

/** Sign-in and sign-up share one page: a signed-in visitor goes straight on to `next`. */
export async function AuthPage({ kind, params, searchParams }: AuthPageProps & { kind: "signIn" | "signUp" }) {
  const [{ locale }, { next }] = await Promise.all([params, searchParams]);
  setRequestLocale(toLocale(locale));
  const target = safeNextPath(next, locale);
  if (await getViewer()) redirect(target);
  const t = await getTranslations("Auth");
  const other = OTHER[kind];
  return (
    <div className="page auth-page">
      <h1>{t(`${kind}.title`)}</h1>
      <p>{t(`${kind}.intro`)}</p>
      <noscript>
        <p className="form-alert">{t("noScript")}</p>
      </noscript>
      {kind === "signIn" ? <SignInForm next={target} /> : <SignUpForm next={target} />}
      <p className="auth-switch">
        {t(other.prompt)}{" "}
        <Link href={{ pathname: other.path, query: next ? { next: target } : {} }}>{t(other.link)}</Link>
      </p>
    </div>
  );
}
