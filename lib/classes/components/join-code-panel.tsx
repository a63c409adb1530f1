"use client";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import styles from "@/components/forms.module.css";
import { formatJoinCode } from "@/lib/classes/join-code";

/** The code to read out and the link to send; the full URL is known only in the browser. */
export function JoinCodePanel({ code, closed }: { code: string; closed: boolean }) {
  const t = useTranslations("TeacherClass");
  const locale = useLocale();
  const path = `/${locale}/join/${code}`;
  const [url, setUrl] = useState(path);
  const [copied, setCopied] = useState(false);
  useEffect(() => setUrl(new URL(path, window.location.origin).toString()), [path]);

  return (
    <div className={styles.stack}>
      <p>
        <span className={styles.label}>{t("joinCode")}</span>{" "}
        <span className={styles.code} data-testid="join-code" aria-hidden="true">
          {formatJoinCode(code)}
        </span>
        <span className="sr-only">{t("joinCodeSpelled", { code: [...code].join(" ") })}</span>
      </p>
      <p className={styles.link}>
        <span className={styles.label}>{t("joinLink")}</span> <a href={path}>{url}</a>{" "}
        <button
          type="button"
          className="btn-small"
          onClick={() => {
            navigator.clipboard?.writeText(url).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {t("copyLink")}
        </button>{" "}
        <span role="status" className={styles.ok}>
          {copied ? t("copied") : ""}
        </span>
      </p>
      {closed ? <p className={styles.hint}>{t("closedHint")}</p> : null}
    </div>
  );
}
