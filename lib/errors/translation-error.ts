export type TranslationErrorCode =
  | "not_configured"
  | "auth"
  | "quota"
  | "rate_limited"
  | "unavailable"
  | "timeout"
  | "bad_request";

/** The one error the translation layer throws; boundaries map `code` to a user-facing message. */
export class TranslationError extends Error {
  override readonly name = "TranslationError";
  readonly code: TranslationErrorCode;

  constructor(code: TranslationErrorCode, message: string = code, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
