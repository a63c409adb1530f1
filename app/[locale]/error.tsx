"use client";
import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("Errors");
  return (
    <div className="page" role="alert">
      <h1>{t("generic")}</h1>
      <button type="button" onClick={reset}>
        {t("retry")}
      </button>
    </div>
  );
}
