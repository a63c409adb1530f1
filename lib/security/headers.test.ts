import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, nonceOf, styleHashSource } from "./headers";

describe("content security policy", () => {
  it("allows scripts only with the request's nonce, and no framing", () => {
    const policy = contentSecurityPolicy("abc123");
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(nonceOf(policy)).toBe("abc123");
  });

  it("adds eval in development only", () => {
    expect(contentSecurityPolicy("n", true)).toContain("'unsafe-eval'");
  });

  it("makes a new 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });

  it("allows the build's stylesheets by hash beside the nonce, and no inline style otherwise", async () => {
    const css = ":root{--bg:#fbfaf7}.reader{max-width:42rem}";
    const source = await styleHashSource(css);
    expect(source).toBe(`'sha256-${createHash("sha256").update(css).digest("base64")}'`);
    expect(await styleHashSource(`${css} `)).not.toBe(source);
    const policy = contentSecurityPolicy("n1", false, [source]);
    expect(policy).toContain(`style-src 'self' 'nonce-n1' ${source};`);
    expect(policy).not.toMatch(/style-src [^;]*unsafe-inline/);
    expect(contentSecurityPolicy("n1")).toContain("style-src 'self' 'nonce-n1';");
  });
});
