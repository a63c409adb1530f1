// What went wrong with a sign-in or sign-up, from better-auth's error reply, as one of the message keys
// under "Auth.errors". A wrong password and an unknown email are one answer (no account enumeration).
export type AuthFailure =
  | "invalid_credentials"
  | "email_taken"
  | "weak_password"
  | "guessable_password"
  | "wrong_current_password"
  | "password_too_long"
  | "invalid_email"
  | "name_required"
  | "name_too_long"
  | "name_invalid"
  | "rate_limited"
  | "network"
  | "unavailable"
  | "unknown";

export interface AuthErrorReply {
  status?: number;
  code?: string;
}

export function authFailure(error: AuthErrorReply | null | undefined): AuthFailure {
  if (!error) return "unknown";
  const { status = 0, code = "" } = error;
  if (status === 429) return "rate_limited";
  if (code === "INVALID_EMAIL_OR_PASSWORD" || status === 401) return "invalid_credentials";
  if (code.startsWith("USER_ALREADY_EXISTS")) return "email_taken";
  if (code === "PASSWORD_TOO_SHORT") return "weak_password";
  if (code === "PASSWORD_TOO_WEAK") return "guessable_password";
  if (code === "INVALID_PASSWORD") return "wrong_current_password";
  if (code === "PASSWORD_TOO_LONG") return "password_too_long";
  if (code === "INVALID_EMAIL") return "invalid_email";
  if (code === "NAME_REQUIRED") return "name_required";
  if (code === "NAME_TOO_LONG") return "name_too_long";
  if (code === "NAME_INVALID") return "name_invalid";
  // better-fetch reports a failed fetch as status 0; a proxy with nothing behind it answers 502–504.
  if (status === 0) return "network";
  if (status >= 500) return "unavailable";
  return "unknown";
}

/** Seconds to wait from the X-Retry-After header better-auth sends with a 429, within sane bounds. */
export function retryAfterSeconds(header: string | null | undefined): number {
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(Math.ceil(seconds), 3600) : 60;
}
