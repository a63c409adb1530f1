"use client";
import { useTranslations } from "next-intl";
import { useCallback, useRef, useState } from "react";
import { type AuthErrorReply, authFailure, retryAfterSeconds } from "../errors";

type Outcome = { error: AuthErrorReply | null };

/**
 * Runs one auth request at a time and turns its failure into a translated message: better-auth's error
 * codes, 429 with the wait from X-Retry-After, and a request that never reached the server.
 */
export function useAuthSubmit() {
  const t = useTranslations("Auth.errors");
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState("");
  const busy = useRef(false);

  const run = useCallback(
    async (
      request: (onError: (ctx: { response: Response }) => void) => Promise<Outcome>,
      { navigates = true }: { navigates?: boolean } = {},
    ): Promise<boolean> => {
      if (busy.current) return false;
      busy.current = true;
      setPending(true);
      setMessage("");
      let retryAfter: string | null = null;
      let succeeded = false;
      try {
        const { error } = await request((ctx) => {
          retryAfter = ctx.response.headers.get("X-Retry-After");
        });
        // On success a sign-in navigates away: stay busy until the next page replaces this one.
        succeeded = !error && navigates;
        if (!error) return true;
        const failure = authFailure(error);
        setMessage(
          failure === "rate_limited" ? t("rate_limited", { seconds: retryAfterSeconds(retryAfter) }) : t(failure),
        );
        return false;
      } catch {
        // fetch itself failed: offline, DNS, connection refused.
        setMessage(t("network"));
        return false;
      } finally {
        if (!succeeded) {
          busy.current = false;
          setPending(false);
        }
      }
    },
    [t],
  );

  return { pending, message, run };
}
