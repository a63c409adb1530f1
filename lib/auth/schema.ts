// Form input for sign-in and sign-up, checked in the browser (for translated field errors) and again by
// better-auth on the server. Messages are keys under "Auth.fields".
import { z } from "zod";
import { TEXT_LIMITS } from "@/lib/limits";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/passwords/strength";
import { cleanLine } from "@/lib/text-input";

export { PASSWORD_MAX, PASSWORD_MIN };

const email = z
  .string()
  .trim()
  .min(1, "emailRequired")
  .max(TEXT_LIMITS.email, "emailInvalid")
  .pipe(z.email("emailInvalid"));

export const signInSchema = z.object({
  email,
  password: z.string().min(1, "passwordRequired").max(PASSWORD_MAX, "passwordTooLong"),
});

/** The display name: limited as sent, stored without bidi or control characters (lib/text-input). */
export const displayNameField = z
  .string()
  .max(TEXT_LIMITS.displayName, "nameTooLong")
  .transform(cleanLine)
  .pipe(z.string().min(1, "nameRequired"));

export const signUpSchema = z.object({
  name: displayNameField,
  email,
  password: z.string().min(PASSWORD_MIN, "passwordTooShort").max(PASSWORD_MAX, "passwordTooLong"),
  teachesClass: z.boolean(),
});

/** Field name → message key of its first problem. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "_");
    fields[key] ??= issue.message;
  }
  return fields;
}

/** One of the caller's own sessions, by its row id (never its token). */
export const endSessionInput = z.object({ sessionId: z.string().min(1).max(100) });

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, "currentPasswordRequired").max(PASSWORD_MAX, "passwordTooLong"),
  newPassword: z.string().min(PASSWORD_MIN, "passwordTooShort").max(PASSWORD_MAX, "passwordTooLong"),
});
