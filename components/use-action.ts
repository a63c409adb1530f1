"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/errors";

/** Runs a server action in a transition and turns a failed result into a translated message. */
export function useAction() {
  const t = useTranslations("TeacherErrors");
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function run<T>(call: () => Promise<ActionResult<T>>, onSuccess: (data: T) => void) {
    setError(null);
    startTransition(async () => {
      const result = await call().catch(() => null);
      if (!result) setError(t("network"));
      else if (!result.ok) setError(t(result.error));
      else onSuccess(result.data);
    });
  }

  return { pending, error, setError, run };
}
