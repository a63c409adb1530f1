// Typed errors: one family. Every error the app throws on purpose is an AppError with a code from a
// closed union; each boundary maps codes once (server action → result, route → HTTP status, page →
// translated message). The general codes below have messages under "ActionErrors.<code>"; the
// translation and import errors (./translation-error, ./import-error) carry their own unions.
export type AppErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "invalid_input"
  | "conflict"
  | "rate_limited"
  | "unavailable"
  | "internal";

const APP_ERROR_CODES: ReadonlySet<string> = new Set<AppErrorCode>([
  "unauthenticated",
  "forbidden",
  "not_found",
  "invalid_input",
  "conflict",
  "rate_limited",
  "unavailable",
  "internal",
]);

export class AppError<Code extends string = AppErrorCode> extends Error {
  constructor(
    public readonly code: Code,
    message?: string,
    options?: { cause?: unknown },
  ) {
    super(message ?? code, options);
    this.name = new.target.name;
  }
}

/** An AppError with one of the general codes (what a server action may return as its error). */
export function isGeneralAppError(error: unknown): error is AppError<AppErrorCode> {
  return error instanceof AppError && APP_ERROR_CODES.has(error.code);
}

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: AppErrorCode; fields?: Record<string, string[]> };

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  invalid_input: 422,
  conflict: 409,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};
