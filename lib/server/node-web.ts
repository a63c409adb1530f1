// A web-standard handler (Request in, Response out) served from a plain Node HTTP server, as Next's server
// would serve it as a route handler: the x-forwarded-* defaults and the request URL Next builds, and the
// headers next.config.mjs gives the path (from the build's routes-manifest.json, so they cannot drift).
// For scripts/serve.mjs, which answers the grade route without Next's pipeline (lib/review/grade-route.ts).
import type { IncomingMessage, ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";

/** The part of a build's routes-manifest.json that holds next.config.mjs headers(). */
export interface RoutesManifest {
  headers?: { regex: string; headers: { key: string; value: string }[]; has?: unknown; missing?: unknown }[];
}

/**
 * The headers next.config.mjs gives `pathname`, in the build's order, or null when a rule has conditions
 * (has/missing), which are not evaluated here: then Next must answer.
 */
export function configHeaders(manifest: RoutesManifest, pathname: string): [string, string][] | null {
  const headers: [string, string][] = [];
  for (const rule of manifest.headers ?? []) {
    if (rule.has || rule.missing) return null;
    if (new RegExp(rule.regex).test(pathname)) for (const { key, value } of rule.headers) headers.push([key, value]);
  }
  return headers;
}

/**
 * The web Request a Next route handler gets for this Node request on a server started as
 * next({ hostname, port }): the x-forwarded-* headers Next's server fills in when absent (base-server.js),
 * and its URL (http, or https when X-Forwarded-Proto says so; the configured host, whatever the Host header).
 */
export function toWebRequest(
  request: IncomingMessage,
  body: Uint8Array<ArrayBuffer>,
  { hostname, port }: { hostname: string; port: number },
): Request {
  const given = request.headers;
  const encrypted = Boolean((request.socket as Partial<TLSSocket>).encrypted);
  given["x-forwarded-host"] ??= given.host ?? hostname;
  given["x-forwarded-port"] ??= String(port);
  given["x-forwarded-proto"] ??= encrypted ? "https" : "http";
  given["x-forwarded-for"] ??= request.socket.remoteAddress;
  const protocol = encrypted || String(given["x-forwarded-proto"]).includes("https") ? "https" : "http";
  const host = hostname.includes(":") ? `[${hostname}]` : hostname;
  const headers = new Headers();
  for (const [key, value] of Object.entries(given)) {
    if (Array.isArray(value)) for (const each of value) headers.append(key, each);
    else if (value !== undefined) headers.set(key, value);
  }
  const method = request.method ?? "GET";
  const withBody = method !== "GET" && method !== "HEAD";
  return new Request(`${protocol}://${host}:${port}${request.url ?? "/"}`, {
    method,
    headers,
    body: withBody ? body : null,
  });
}

/** A request body longer than the reader's limit: the caller answers 413 and closes the connection. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`request body over ${limit} bytes`);
    this.name = "BodyTooLargeError";
  }
}

/**
 * The whole body of a Node request, up to `limit` bytes. Past the limit it stops buffering and rejects with
 * BodyTooLargeError: the body is read before the handler checks who is asking, so without a bound anyone
 * could make the server hold a body of any size in memory.
 */
export function readBody(request: IncomingMessage, limit: number): Promise<Buffer<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers["content-length"]);
    if (declared > limit) return reject(new BodyTooLargeError(limit));
    const chunks: Buffer[] = [];
    let length = 0;
    const onData = (chunk: Buffer) => {
      length += chunk.length;
      if (length <= limit) return void chunks.push(chunk);
      request.off("data", onData);
      reject(new BodyTooLargeError(limit));
    };
    request.on("data", onData);
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

/** Writes a web Response to a Node response: the config's headers first, the handler's over them (as Next does). */
export async function sendWebResponse(
  response: ServerResponse,
  web: Response,
  configured: readonly [string, string][],
): Promise<void> {
  const body = Buffer.from(await web.arrayBuffer());
  response.statusCode = web.status;
  for (const [key, value] of configured) response.setHeader(key, value);
  for (const [key, value] of web.headers) if (key !== "set-cookie") response.setHeader(key, value);
  const cookies = web.headers.getSetCookie();
  if (cookies.length > 0) response.setHeader("set-cookie", cookies);
  response.setHeader("content-length", body.length);
  response.end(body);
}
