// better-auth's session cookie is "<token>.<base64 HMAC-SHA256 of the token under the auth secret>",
// percent-encoded (better-call's signCookieValue). Checked here with node:crypto, synchronously, for the
// one route that reads the session without better-auth's request pipeline (app/api/review/grade). Pure:
// the cookie header, the cookie's name and the secret come in as arguments.
import { createHmac, timingSafeEqual } from "node:crypto";

/** The raw value of cookie `name` in a Cookie header, or null. */
export function cookieValue(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/** The signed value (the session token) when its signature is right, else null. */
export function verifiedSignedValue(raw: string | null, secret: string): string | null {
  if (!raw) return null;
  let value: string;
  try {
    value = decodeURIComponent(raw);
  } catch {
    return null;
  }
  const dot = value.lastIndexOf(".");
  if (dot < 1) return null;
  const signed = value.slice(0, dot);
  const signature = value.slice(dot + 1);
  // better-call's own shape check: a SHA-256 HMAC in base64 is 44 characters with one "=".
  if (signature.length !== 44 || !signature.endsWith("=")) return null;
  const given = Buffer.from(signature, "base64");
  const expected = createHmac("sha256", secret).update(signed).digest();
  return given.length === expected.length && timingSafeEqual(given, expected) ? signed : null;
}
