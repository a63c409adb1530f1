import "server-only";
import { readEnv } from "@/lib/env";
import type { DeeplConfig } from "@/lib/server/deepl";

/**
 * DeepL is called while a teacher waits for a server action: at most two attempts with short
 * timeouts (~10 s worst case), never deepl-node's default of minutes. A failure leaves the draft
 * saved and the teacher retries later.
 */
export const REQUEST_PATH_DEEPL: DeeplConfig = { maxAttempts: 2, minTimeoutMs: 4_000 };

/** Usage is only shown, so one quick attempt is enough. */
export const USAGE_DEEPL: DeeplConfig = { maxAttempts: 1, minTimeoutMs: 2_000 };

/** The target variant for machine translations; stored translations are "en". */
export const TARGET_VARIANT = "en-GB" as const;

/** Whether machine translation is offered at all; without a key teachers translate by hand. */
export function deeplConfigured(): boolean {
  return Boolean(readEnv().DEEPL_AUTH_KEY);
}
