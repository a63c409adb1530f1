import { unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { AccountNav } from "@/lib/auth/components/account-nav";
import { logger } from "@/lib/server/logger";
import { getViewer } from "@/lib/server/session";
import { TimeZoneDetector } from "@/lib/settings/components/time-zone-detector";
import { LocaleSwitcher } from "./locale-switcher";
import { SiteMenu } from "./site-menu";

export async function SiteHeader() {
  const [t, viewer] = await Promise.all([
    getTranslations("Nav"),
    // Pages report a database failure themselves; the header then shows the signed-out links.
    getViewer().catch((error: unknown) => {
      unstable_rethrow(error); // Next's own signals (dynamic rendering, redirects) must pass through
      logger.error({ err: error, event: "header_session_failed" }, "header: could not read the session");
      return null;
    }),
  ]);
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        Brücke
      </Link>
      {/* On a phone everything but the brand folds into a menu; wider screens show it in one row. */}
      <SiteMenu label={t("menu")}>
        <nav aria-label={t("primary")} className="site-nav">
          <Link href="/">{t("home")}</Link>
          {viewer ? (
            <>
              <Link href="/library">{t("library")}</Link>
              <Link href="/vocabulary">{t("vocabulary")}</Link>
              <Link href="/review">{t("review")}</Link>
              <Link href="/progress">{t("progress")}</Link>
              <Link href="/classes/joined">{t("myClasses")}</Link>
              {viewer.role === "TEACHER" ? <Link href="/classes">{t("classes")}</Link> : null}
            </>
          ) : null}
        </nav>
        <AccountNav viewer={viewer} />
        <LocaleSwitcher />
      </SiteMenu>
      {viewer ? <TimeZoneDetector userId={viewer.id} /> : null}
    </header>
  );
}
