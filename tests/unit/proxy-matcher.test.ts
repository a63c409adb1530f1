// Which paths the proxy (CSP nonce, malformed-request checks, HSTS) runs for: every page and route
// handler, dots in the path or not; only the build's own files, the icons in app/ and grading skip it.

import { AsyncLocalStorage } from "node:async_hooks";
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";

// Next reads proxy.ts's `config` as a literal at build time; importing proxy.ts here would load next-intl's
// middleware, so the test reads the literal the way Next does.
const literal = /matcher:\s*("(?:[^"\\]|\\.)*")/.exec(readFileSync("proxy.ts", "utf8"))?.[1];
const config = { matcher: JSON.parse(literal ?? '""') as string };

type Matcher = typeof import("next/experimental/testing/server").unstable_doesMiddlewareMatch;
let matches: (url: string) => boolean;

beforeAll(async () => {
  // Next's testing helper reaches for the AsyncLocalStorage the Next runtime puts on globalThis.
  (globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= AsyncLocalStorage;
  const { unstable_doesMiddlewareMatch }: { unstable_doesMiddlewareMatch: Matcher } = await import(
    "next/experimental/testing/server"
  );
  matches = (url) => unstable_doesMiddlewareMatch({ config, url });
});

describe("the proxy's matcher", () => {
  it.each([
    "/",
    "/en",
    "/en/join/ABC.DEF",
    "/en/read/a%00.b",
    "/de/read/abc.json",
    "/api/classes/a.b/export",
    "/api/review/grade/x",
    "/api/review/grades",
    "/favicon.icox",
  ])("runs for %s", (url) => expect(matches(url)).toBe(true));

  it.each([
    "/_next/static/chunks/app.js",
    "/_next/static/media/font.woff2",
    "/_next/image?url=x",
    "/favicon.ico",
    "/icon.svg",
    "/api/review/grade",
  ])("skips %s", (url) => expect(matches(url)).toBe(false));
});
