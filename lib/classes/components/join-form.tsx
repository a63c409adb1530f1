"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import styles from "@/components/forms.module.css";
import { useAction } from "@/components/use-action";
import { useRouter } from "@/i18n/navigation";
import { joinClassAction } from "@/lib/classes/actions";
import { useHydrated } from "@/lib/use-hydrated";

/** Joins with a typed code, or (with `code` given, on the join link's page) with one button. */
export function JoinForm({ code: fixedCode }: { code?: string }) {
  const t = useTranslations("LearnerClasses");
  const router = useRouter();
  const [code, setCode] = useState(fixedCode ?? "");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { pending, error, run } = useAction();
  // Joining runs only through the handler below: before hydration a tap would post the bare form.
  const hydrated = useHydrated();
  return (
    <form
      className={styles.row}
      onSubmit={(event) => {
        event.preventDefault();
        setMessage(null);
        run(
          () => joinClassAction({ code }),
          ({ outcome, className }) => {
            const name = className ?? "";
            if (outcome === "joined" || outcome === "member") {
              if (fixedCode) router.push("/classes/joined");
              else {
                setCode("");
                setMessage({ ok: true, text: t(`outcome.${outcome}`, { name }) });
                router.refresh();
              }
            } else setMessage({ ok: false, text: t(`outcome.${outcome}`, { name }) });
          },
        );
      }}
    >
      {fixedCode ? null : (
        <div className={styles.field}>
          <label htmlFor="join-code">{t("codeLabel")}</label>
          <input
            id="join-code"
            name="code"
            required
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={32}
            placeholder="ABCD-EFGH"
            value={code}
            disabled={!hydrated}
            onChange={(e) => setCode(e.target.value)}
          />
        </div>
      )}
      <button type="submit" className={styles.primary} disabled={pending || !hydrated}>
        {t("join")}
      </button>
      <p role="status" className={message?.ok ? styles.ok : styles.error}>
        {message?.text ?? error}
      </p>
    </form>
  );
}
