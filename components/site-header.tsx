import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { LocaleSwitcher } from "./locale-switcher";

export async function SiteHeader() {
  const t = await getTranslations("Nav");
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        Brücke
      </Link>
      <nav aria-label={t("primary")} className="site-nav">
        <Link href="/">{t("home")}</Link>
      </nav>
      <LocaleSwitcher />
    </header>
  );
}
