import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Viewer } from "@/lib/server/session";
import { signOut } from "../actions";

/** The header's account corner: who is signed in and a sign-out button, or the ways in. */
export async function AccountNav({ viewer }: { viewer: Viewer | null }) {
  const [t, locale] = await Promise.all([getTranslations("Nav"), getLocale()]);
  if (!viewer) {
    return (
      <div className="account-nav">
        <Link href="/sign-in">{t("signIn")}</Link>
        <Link href="/sign-up" className="button-link">
          {t("signUp")}
        </Link>
      </div>
    );
  }
  return (
    <div className="account-nav">
      <span className="account-name" data-testid="account-name">
        <span className="sr-only">{t("signedInAs")} </span>
        {viewer.name}
      </span>
      <Link href="/settings">{t("settings")}</Link>
      <form action={signOut}>
        <input type="hidden" name="locale" value={locale} />
        <button type="submit">{t("signOut")}</button>
      </form>
    </div>
  );
}
