import { describe, expect, it } from "vitest";
import { cookieValue, verifiedSignedValue } from "./signed-cookie";

const SECRET = "test-secret-0123456789abcdef0123456789";

/** What better-call's signCookieValue writes (WebCrypto HMAC-SHA256, base64, percent-encoded). */
async function signCookieValue(value: string, secret: string) {
  const encode = (text: string) => new TextEncoder().encode(text);
  const key = await crypto.subtle.importKey("raw", encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const signature = new Uint8Array(await crypto.subtle.sign("HMAC", key, encode(value)));
  return encodeURIComponent(`${value}.${btoa(String.fromCharCode(...signature))}`);
}

describe("signed session cookie", () => {
  it("accepts what better-call signs and returns the token", async () => {
    const signed = await signCookieValue("tok3nAbc", SECRET);
    expect(verifiedSignedValue(signed, SECRET)).toBe("tok3nAbc");
    const header = `other=1; better-auth.session_token=${signed}; x=y`;
    expect(verifiedSignedValue(cookieValue(header, "better-auth.session_token"), SECRET)).toBe("tok3nAbc");
  });

  it("refuses another secret, a changed token, a changed or missing signature", async () => {
    const signed = decodeURIComponent(await signCookieValue("tok3nAbc", SECRET));
    const [token, signature] = [signed.slice(0, signed.lastIndexOf(".")), signed.slice(signed.lastIndexOf(".") + 1)];
    expect(verifiedSignedValue(signed, `${SECRET}x`)).toBeNull();
    expect(verifiedSignedValue(`${token}x.${signature}`, SECRET)).toBeNull();
    expect(
      verifiedSignedValue(`${token}.${signature.replace(/^./, (c) => (c === "A" ? "B" : "A"))}`, SECRET),
    ).toBeNull();
    expect(verifiedSignedValue(token, SECRET)).toBeNull();
    expect(verifiedSignedValue(`${token}.`, SECRET)).toBeNull();
    expect(verifiedSignedValue("%E0%A4%A", SECRET)).toBeNull();
    expect(verifiedSignedValue(null, SECRET)).toBeNull();
  });

  it("finds a cookie by its exact name only", () => {
    expect(cookieValue("a=1; __Secure-a=2", "a")).toBe("1");
    expect(cookieValue("__Secure-a=2", "a")).toBeNull();
    expect(cookieValue("", "a")).toBeNull();
    expect(cookieValue(null, "a")).toBeNull();
  });
});
