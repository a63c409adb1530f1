import "server-only";
import { cookieValue, verifiedSignedValue } from "@/lib/security/signed-cookie";
import { auth } from "./auth";

/**
 * The session token of this request's signed session cookie, or null when there is none or its signature
 * is wrong. Not a session check: the caller must still look the token up (unexpired) in the database.
 * For routes that skip better-auth's request pipeline (which costs several ms of CPU per request).
 */
export async function signedSessionToken(request: Request): Promise<string | null> {
  const { authCookies, secret } = await auth.$context;
  return verifiedSignedValue(cookieValue(request.headers.get("cookie"), authCookies.sessionToken.name), secret);
}
