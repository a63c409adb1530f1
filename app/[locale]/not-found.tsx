import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("Errors");
  return (
    <div className="page">
      <h1>{t("notFoundTitle")}</h1>
      <p>{t("notFound")}</p>
      <Link href="/" className="tap-link">
        {t("backHome")}
      </Link>
    </div>
  );
}
