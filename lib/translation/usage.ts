import "server-only";
import { TranslationError, type TranslationErrorCode } from "@/lib/errors/translation-error";
import { getUsage } from "@/lib/server/deepl";
import { logger } from "@/lib/server/logger";
import { USAGE_DEEPL } from "./config";

export type DeeplUsage =
  | { ok: true; characterCount: number; characterLimit: number }
  | { ok: false; code: TranslationErrorCode };

/** DeepL's character count for the teacher pages; never throws (the page shows the reason instead). */
export async function readDeeplUsage(): Promise<DeeplUsage> {
  try {
    return { ok: true, ...(await getUsage(USAGE_DEEPL)) };
  } catch (error) {
    if (error instanceof TranslationError) return { ok: false, code: error.code };
    logger.error({ err: error }, "DeepL usage failed unexpectedly");
    return { ok: false, code: "unavailable" };
  }
}
