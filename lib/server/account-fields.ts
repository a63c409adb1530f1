import "server-only";
import { APIError } from "better-auth/api";
import { TEXT_LIMITS } from "@/lib/limits";
import { cleanLine, hasControlCharacters } from "@/lib/text-input";

// better-auth stores what sign-up and update-user send; these checks run in its database hooks, so no
// endpoint writes a user row around them. The browser form checks the same limits first: these answers
// (400 with a code lib/auth/errors.ts translates) reach only a hand-made request. The rules are the
// sign-up form's (displayNameField in lib/auth/schema.ts): the length as sent, then cleaned, not empty.

export type NameProblem = "NAME_TOO_LONG" | "NAME_REQUIRED" | "NAME_INVALID";

/** The display name as stored (limited, without bidi and control characters), or what is wrong with it. */
export function displayName(raw: unknown): { name: string } | { problem: NameProblem } {
  // A NUL byte or an escape is no typing slip in a name: refuse it rather than guess.
  if (typeof raw !== "string" || hasControlCharacters(raw)) return { problem: "NAME_INVALID" };
  if (raw.length > TEXT_LIMITS.displayName) return { problem: "NAME_TOO_LONG" };
  const name = cleanLine(raw);
  return name === "" ? { problem: "NAME_REQUIRED" } : { name };
}

function refuse(code: string, message: string): never {
  throw new APIError("BAD_REQUEST", { code, message });
}

/** The name to store, or better-auth's 400. */
export function checkedDisplayName(raw: unknown): string {
  const checked = displayName(raw);
  if ("problem" in checked) refuse(checked.problem, `The name is not valid (${checked.problem}).`);
  return checked.name;
}

/** better-auth checks the email's form, not its length. */
export function checkEmailLength(email: unknown): void {
  if (typeof email === "string" && email.length > TEXT_LIMITS.email) refuse("INVALID_EMAIL", "Invalid email");
}

/** better-auth stores any string as the user's picture URL; Brücke shows none, so only its size matters. */
export function checkImageLength(image: unknown): void {
  if (typeof image === "string" && image.length > TEXT_LIMITS.imageUrl) refuse("INVALID_IMAGE", "Image URL too long");
}
