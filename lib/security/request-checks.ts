// Requests no browser sends, refused by the proxy with 400 before any route sees them. Without this they
// reached the pages and route handlers and ended as 500s: a NUL byte (PostgreSQL cannot store or compare
// it), a path that does not decode as UTF-8 (decodeURIComponent throws), or an Origin header that is not
// one origin (two Origin headers arrive joined by ", ", and the server-action origin check throws on it).
// Pure: the proxy passes in the raw path, query and header.

/** True when the raw (still percent-encoded) path or query carries a NUL byte. */
function hasNul(rawPathAndQuery: string): boolean {
  return rawPathAndQuery.includes("\u0000") || /%00/i.test(rawPathAndQuery);
}

function decodes(rawPath: string): boolean {
  try {
    decodeURIComponent(rawPath);
    return true;
  } catch {
    return false;
  }
}

/** An Origin header is "null" or exactly one serialised origin ("https://host:port"). */
export function isSingleOrigin(origin: string): boolean {
  if (origin === "null") return true;
  try {
    return new URL(origin).origin === origin;
  } catch {
    return false;
  }
}

export interface RawRequest {
  /** The path as sent, percent-encoded. */
  pathname: string;
  /** The query string as sent, with its "?" (or ""). */
  search: string;
  /** The Origin header, or null when there is none. */
  origin: string | null;
}

/** Why the request is malformed, or null when it is fine to route. */
export function malformation(request: RawRequest): "nul" | "undecodable_path" | "bad_origin" | null {
  if (hasNul(request.pathname + request.search)) return "nul";
  if (!decodes(request.pathname)) return "undecodable_path";
  if (request.origin !== null && !isSingleOrigin(request.origin)) return "bad_origin";
  return null;
}

/** HSTS for two years, subdomains included. Browsers ignore it on a response that came over plain http. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/**
 * The origin the browser addressed: the Host header (`next start` builds request.url as localhost whatever
 * the host), or X-Forwarded-Host/-Proto from the TLS proxy in front. A cross-site page sends its own Origin,
 * which never equals this.
 */
export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? url.host;
  const proto = request.headers.get("x-forwarded-proto") ?? url.protocol.replace(":", "");
  return `${proto}://${host}`;
}
