"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import styles from "@/components/forms.module.css";

type Progress = { stage: "analysing" | "saving"; percent: number } | { stage: "unknown" };

/** How often a running import's page asks how far it is. */
const POLL_MS = 700;

/**
 * "Analysing… 40%" / "Saving… 70%" while the import with `importKey` runs (`active`), polled from
 * GET /api/imports/<key>. Before the server has started it, and between polls, the last answer stays.
 */
export function ImportProgress({ importKey, active }: { importKey: string; active: boolean }) {
  const t = useTranslations("TeacherImport");
  const [progress, setProgress] = useState<Progress>({ stage: "unknown" });
  useEffect(() => {
    if (!active) {
      setProgress({ stage: "unknown" });
      return;
    }
    let stopped = false;
    const poll = async () => {
      try {
        const response = await fetch(`/api/imports/${encodeURIComponent(importKey)}`, { cache: "no-store" });
        const next = response.ok ? ((await response.json()) as Progress) : null;
        if (!stopped && next && next.stage !== "unknown") setProgress(next);
      } catch {
        // offline for a moment: the import's own request reports failures
      }
    };
    const timer = setInterval(poll, POLL_MS);
    void poll();
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [active, importKey]);
  if (!active) return null;
  return (
    <p role="status" className={styles.hint}>
      {progress.stage === "unknown" ? (
        t("progress.starting")
      ) : (
        <>
          {t(`progress.${progress.stage}`, { percent: progress.percent })}{" "}
          <progress max={100} value={progress.percent} aria-hidden="true" />
        </>
      )}
    </p>
  );
}
