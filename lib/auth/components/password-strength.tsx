"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { checkPassword, MIN_SCORE, PASSWORD_MIN, personalWords } from "@/lib/passwords/strength";

type Level = "short" | "weak" | "good" | "strong";

/**
 * The server's password estimate while typing (lib/passwords/strength.ts), as one polite line under the
 * field. The dictionaries (several MB) load on the first password long enough to be judged, never with
 * the page; the server decides either way.
 */
export function PasswordStrength({ id, password, personal }: { id: string; password: string; personal: string[] }) {
  const t = useTranslations("PasswordStrength");
  const [level, setLevel] = useState<Level | null>(null);
  const personalKey = personal.join("\n");

  useEffect(() => {
    if (!password) return setLevel(null);
    if (password.length < PASSWORD_MIN) return setLevel("short");
    // Long enough now: "too short" would be wrong while the estimate (and, the first time, its
    // dictionaries) is on its way.
    setLevel((level) => (level === "short" ? null : level));
    let current = true;
    const timer = setTimeout(() => {
      checkPassword(password, personalWords(...personalKey.split("\n")))
        .then(({ score }) => {
          if (!current || score === null) return;
          setLevel(score < MIN_SCORE ? "weak" : score === MIN_SCORE ? "good" : "strong");
        })
        .catch(() => current && setLevel(null));
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [password, personalKey]);

  return (
    <p id={id} className="field-hint" aria-live="polite" data-strength={level ?? undefined}>
      {level ? t(level, { min: PASSWORD_MIN }) : null}
    </p>
  );
}
