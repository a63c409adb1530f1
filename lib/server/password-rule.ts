import "server-only";
import { APIError } from "better-auth/api";
import { checkPassword, personalWords } from "@/lib/passwords/strength";

/**
 * Refuses a password that is too easy to guess (400, code PASSWORD_TOO_WEAK). Length is better-auth's own
 * check (PASSWORD_TOO_SHORT / _LONG), so too short or too long passes here untouched, as does a body
 * without a password string (better-auth refuses it with its own message).
 */
export async function requireGuessResistant(password: unknown, personal: unknown[]): Promise<void> {
  if (typeof password !== "string") return;
  const words = personalWords(...personal.map((value) => (typeof value === "string" ? value : null)));
  const { problem } = await checkPassword(password, words);
  if (problem === "too_guessable")
    throw new APIError("BAD_REQUEST", { message: "This password is too easy to guess.", code: "PASSWORD_TOO_WEAK" });
}
