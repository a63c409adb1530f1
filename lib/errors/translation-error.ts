import { AppError } from "./index";

/** Every code the translation layer (DeepL) can fail with; each has a message under "TeacherTranslation.errors.<code>". */
export const TRANSLATION_ERROR_CODES = [
  "not_configured",
  "auth",
  "quota",
  "rate_limited",
  "unavailable",
  "timeout",
  "bad_request",
  // DeepL does not know the glossary id (deleted, expired, another key); recovered by recreating it.
  "glossary_not_found",
] as const;

export type TranslationErrorCode = (typeof TRANSLATION_ERROR_CODES)[number];

/** The one error the translation layer throws; boundaries map `code` to a user-facing message. */
export class TranslationError extends AppError<TranslationErrorCode> {}
