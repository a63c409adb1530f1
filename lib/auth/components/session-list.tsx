"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/errors";
import { endOtherSessions, endSession } from "../actions";
import styles from "./account.module.css";

export interface SessionItem {
  id: string;
  current: boolean;
  /** "Firefox on Windows", or the translated "unknown browser". */
  device: string;
  /** When it signed in, formatted in the learner's time zone. */
  signedIn: string;
  address: string | null;
}

/** The account's sessions with a Sign out button for each other one, and one for all of them. */
export function SessionList({ sessions }: { sessions: SessionItem[] }) {
  const t = useTranslations("Account.sessions");
  const te = useTranslations("Account.errors");
  const router = useRouter();
  const list = useRef<HTMLUListElement>(null);
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState("");
  const [error, setError] = useState("");
  const others = sessions.filter((session) => !session.current);

  function run<T>(call: () => Promise<ActionResult<T>>, done: (data: T) => string) {
    if (pending) return;
    setError("");
    setStatus("");
    startTransition(async () => {
      const result = await call().catch(() => null);
      if (!result) setError(te("network"));
      else if (!result.ok) setError(te(result.error));
      else {
        setStatus(done(result.data));
        // The row with the focused button goes away: keep the keyboard in the list.
        list.current?.focus();
        router.refresh();
      }
    });
  }

  return (
    <>
      <ul ref={list} className={styles.list} tabIndex={-1} aria-label={t("title")}>
        {sessions.map((session) => (
          <li key={session.id} className={styles.item}>
            <div>
              <strong>{session.device}</strong>
              {session.current ? <span> · {t("thisDevice")}</span> : null}
              <p className="field-hint">
                {t("signedIn", { date: session.signedIn })}
                {session.address ? ` · ${t("address", { address: session.address })}` : null}
              </p>
            </div>
            {session.current ? null : (
              <button
                type="button"
                aria-label={t("endLabel", { device: session.device, date: session.signedIn })}
                aria-disabled={pending || undefined}
                onClick={() =>
                  run(
                    () => endSession({ sessionId: session.id }),
                    () => t("ended"),
                  )
                }
              >
                {t("end")}
              </button>
            )}
          </li>
        ))}
      </ul>
      {others.length > 0 ? (
        <button
          type="button"
          className={styles.endOthers}
          aria-disabled={pending || undefined}
          onClick={() =>
            run(
              () => endOtherSessions({}),
              ({ ended }) => t("endedOthers", { count: ended }),
            )
          }
        >
          {pending ? t("ending") : t("endOthers")}
        </button>
      ) : (
        <p className="field-hint">{t("onlyHere")}</p>
      )}
      <p role="status" className="field-hint">
        {status}
      </p>
      <div role="alert" className={error ? "form-alert" : undefined}>
        {error}
      </div>
    </>
  );
}
