import type { TranslationErrorCode } from "@/lib/errors/translation-error";

/** Every TranslationError code; each has a message under "TeacherTranslation.errors.<code>". */
export const TRANSLATION_ERROR_CODES = [
  "not_configured",
  "auth",
  "quota",
  "rate_limited",
  "unavailable",
  "timeout",
  "bad_request",
] as const satisfies readonly TranslationErrorCode[];
