import { afterEach, describe, expect, it } from "vitest";
import {
  CLIENT_ADDRESS_HEADER,
  clientAddress,
  normalizeAddress,
  PEER_HEADER,
  parseTrustedProxies,
  resolveClientAddress,
  trustPeerHeader,
  withClientAddress,
} from "./client-address";

const none = parseTrustedProxies(undefined);
const proxies = parseTrustedProxies("10.0.0.0/8, 192.0.2.7 ::1");

describe("normalizeAddress", () => {
  it("spells one address one way", () => {
    expect(normalizeAddress(" 203.0.113.9 ")).toBe("203.0.113.9");
    expect(normalizeAddress("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(normalizeAddress("2001:DB8::1")).toBe("2001:db8::1");
    expect(normalizeAddress("[2001:db8::1]:443")).toBe("2001:db8::1");
    expect(normalizeAddress("203.0.113.9:8080")).toBe("203.0.113.9");
    expect(normalizeAddress("fe80::1%eth0")).toBe("fe80::1");
  });

  it("refuses what is not an address", () => {
    for (const bad of ["", "unknown", "example.org", "1.2.3", "999.1.1.1", "1.2.3.4, 5.6.7.8", "<script>"])
      expect(normalizeAddress(bad)).toBeNull();
  });
});

describe("parseTrustedProxies", () => {
  it("matches addresses and ranges, IPv4 and IPv6", () => {
    expect(proxies.has("10.1.2.3")).toBe(true);
    expect(proxies.has("::ffff:10.1.2.3")).toBe(true);
    expect(proxies.has("192.0.2.7")).toBe(true);
    expect(proxies.has("192.0.2.8")).toBe(false);
    expect(proxies.has("::1")).toBe(true);
    expect(proxies.has("11.0.0.1")).toBe(false);
    expect(proxies.has("not an address")).toBe(false);
    expect(proxies.size).toBe(3);
    expect(none.size).toBe(0);
    expect(none.has("127.0.0.1")).toBe(false);
  });

  it("stops on an entry that is neither an address nor a range", () => {
    for (const bad of ["10.0.0.0/33", "proxy.internal", "10.0.0.0/8/1", "::1/129", "10.0.0.0/x"])
      expect(() => parseTrustedProxies(bad)).toThrow(/TRUSTED_PROXIES/);
  });
});

describe("resolveClientAddress", () => {
  it("believes no forwarded header from a peer that is not a trusted proxy", () => {
    expect(resolveClientAddress("203.0.113.9", "198.51.100.1", none)).toBe("203.0.113.9");
    expect(resolveClientAddress("203.0.113.9", "198.51.100.1", proxies)).toBe("203.0.113.9");
  });

  it("takes the address a trusted proxy was called from", () => {
    expect(resolveClientAddress("10.0.0.2", "203.0.113.9", proxies)).toBe("203.0.113.9");
    // A client's own X-Forwarded-For comes first; the proxy appends the real address after it.
    expect(resolveClientAddress("10.0.0.2", "1.1.1.1, 203.0.113.9", proxies)).toBe("203.0.113.9");
    // Two trusted proxies in a row are skipped.
    expect(resolveClientAddress("10.0.0.2", "1.1.1.1, 203.0.113.9, 192.0.2.7", proxies)).toBe("203.0.113.9");
  });

  it("stops at a malformed hop rather than reading past it", () => {
    expect(resolveClientAddress("10.0.0.2", "203.0.113.9, garbage", proxies)).toBe("10.0.0.2");
    expect(resolveClientAddress("10.0.0.2", "203.0.113.9, 192.0.2.7, garbage", proxies)).toBe("10.0.0.2");
  });

  it("falls back to the proxy itself when nothing is forwarded, and to the leftmost when all are proxies", () => {
    expect(resolveClientAddress("10.0.0.2", null, proxies)).toBe("10.0.0.2");
    expect(resolveClientAddress("10.0.0.2", " , ", proxies)).toBe("10.0.0.2");
    expect(resolveClientAddress("10.0.0.2", "10.9.9.9, 192.0.2.7", proxies)).toBe("10.9.9.9");
  });

  it("knows no client without a peer", () => {
    expect(resolveClientAddress(null, "203.0.113.9", proxies)).toBeNull();
    expect(resolveClientAddress("", "203.0.113.9", proxies)).toBeNull();
  });
});

describe("clientAddress of a request", () => {
  afterEach(() => trustPeerHeader(false));

  const request = (headers: Record<string, string>) =>
    new Request("http://localhost/api/auth/sign-in/email", { method: "POST", headers, body: "{}" });

  it("ignores the peer header unless the process is served by scripts/serve.mjs", () => {
    const headers = new Headers({ [PEER_HEADER]: "203.0.113.9", "x-forwarded-for": "198.51.100.1" });
    expect(clientAddress(headers)).toBeNull();
    trustPeerHeader();
    expect(clientAddress(headers)).toBe("203.0.113.9");
  });

  it("replaces a client address header a client wrote", async () => {
    trustPeerHeader();
    const forged = request({ [PEER_HEADER]: "203.0.113.9", [CLIENT_ADDRESS_HEADER]: "198.51.100.1" });
    const seen = withClientAddress(forged);
    expect(seen.headers.get(CLIENT_ADDRESS_HEADER)).toBe("203.0.113.9");
    expect(await seen.text()).toBe("{}");
    trustPeerHeader(false);
    expect(
      withClientAddress(request({ [CLIENT_ADDRESS_HEADER]: "198.51.100.1" })).headers.has(CLIENT_ADDRESS_HEADER),
    ).toBe(false);
  });
});
