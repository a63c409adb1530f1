// "The client address of this request", in one place, for better-auth's per-address rate limits and the
// sign-in throttle. X-Forwarded-For is whatever the sender wrote, so it only counts when the sender is one
// of our own proxies (TRUSTED_PROXIES). Who the sender is only the socket knows: `next start` keeps that
// to itself (and passes on a client's X-Forwarded-For unchecked), so the app is served by scripts/serve.mjs,
// which writes the socket's address into PEER_HEADER, replacing any value a client sent.
import { BlockList, isIP } from "node:net";

/** Set by scripts/serve.mjs from the socket, never from the client. */
export const PEER_HEADER = "x-bruecke-peer";
/** Set by withClientAddress for better-auth (advanced.ipAddress.ipAddressHeaders). */
export const CLIENT_ADDRESS_HEADER = "x-bruecke-client-address";
// scripts/serve.mjs marks the process; under plain `next start` or `next dev` PEER_HEADER could come
// from a client, so it is ignored there.
const SERVED_MARK = Symbol.for("bruecke.serve.peer-header");

/** Marks this process as one whose PEER_HEADER comes from the socket (scripts/serve.mjs; tests). */
export function trustPeerHeader(trusted = true): void {
  (globalThis as Record<symbol, unknown>)[SERVED_MARK] = trusted;
}

function peerHeaderTrusted(): boolean {
  return (globalThis as Record<symbol, unknown>)[SERVED_MARK] === true;
}

/** An address as one spelling: no brackets, zone or port, "::ffff:1.2.3.4" as "1.2.3.4", IPv6 lower case. */
export function normalizeAddress(raw: string): string | null {
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1] ?? "";
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  value = value.replace(/%.*$/, "").toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/.exec(value);
  if (mapped) value = mapped[1] ?? "";
  return isIP(value) === 0 ? null : value;
}

export interface TrustedProxies {
  has(address: string): boolean;
  readonly size: number;
}

/**
 * TRUSTED_PROXIES: addresses or CIDR ranges of the reverse proxies in front of the app, separated by commas
 * or spaces ("127.0.0.1, 10.0.0.0/8, ::1"). Throws on an entry that is neither, so a typo stops the start
 * instead of silently trusting nothing (or everything).
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new BlockList();
  const entries = (value ?? "").split(/[\s,]+/).filter(Boolean);
  for (const entry of entries) {
    const [base = "", prefix, extra] = entry.split("/");
    const address = normalizeAddress(base);
    const family = address ? (isIP(address) === 4 ? "ipv4" : "ipv6") : null;
    const bits = prefix === undefined ? null : /^\d{1,3}$/.test(prefix) ? Number(prefix) : Number.NaN;
    if (
      !address ||
      !family ||
      extra !== undefined ||
      Number.isNaN(bits) ||
      (bits ?? 0) > (family === "ipv4" ? 32 : 128)
    )
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    if (bits === null) list.addAddress(address, family);
    else list.addSubnet(address, bits, family);
  }
  return {
    size: entries.length,
    has: (address) => {
      const normalized = normalizeAddress(address);
      if (!normalized) return false;
      return list.check(normalized, isIP(normalized) === 4 ? "ipv4" : "ipv6");
    },
  };
}

/**
 * The client: the peer itself, unless the peer is a trusted proxy; then X-Forwarded-For is read from the
 * right (each proxy appends the address it was called from), skipping trusted proxies, and the first
 * address that is not one is the client. A malformed entry ends the walk at the last trusted hop, so a
 * client cannot write its way past the proxy. With every hop trusted, the leftmost one is the client.
 */
export function resolveClientAddress(
  peer: string | null,
  forwardedFor: string | null,
  trusted: TrustedProxies,
): string | null {
  const peerAddress = peer === null ? null : normalizeAddress(peer);
  if (peerAddress === null || !trusted.has(peerAddress)) return peerAddress;
  let client = peerAddress;
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i] ?? "");
    if (hop === null) return client;
    client = hop;
    if (!trusted.has(hop)) return hop;
  }
  return client;
}

let configured: TrustedProxies | undefined;
/** TRUSTED_PROXIES of this process, parsed once (a malformed one throws). */
export function trustedProxies(): TrustedProxies {
  configured ??= parseTrustedProxies(process.env.TRUSTED_PROXIES);
  return configured;
}

/** The client address of a request with these headers, or null when it cannot be known (not served by scripts/serve.mjs). */
export function clientAddress(headers: Headers): string | null {
  if (!peerHeaderTrusted()) return null;
  return resolveClientAddress(headers.get(PEER_HEADER), headers.get("x-forwarded-for"), trustedProxies());
}

/**
 * The request as better-auth should see it: CLIENT_ADDRESS_HEADER holds the client address (or is absent
 * when unknown: better-auth then counts such requests in one shared bucket), whatever the client sent in it.
 */
export function withClientAddress(request: Request): Request {
  const headers = new Headers(request.headers);
  const address = clientAddress(headers);
  if (address) headers.set(CLIENT_ADDRESS_HEADER, address);
  else headers.delete(CLIENT_ADDRESS_HEADER);
  return new Request(request, { headers });
}
