import { NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";
import { buildStyleSources } from "./lib/security/build-styles";
import { contentSecurityPolicy, newNonce } from "./lib/security/headers";
import { malformation, STRICT_TRANSPORT_SECURITY } from "./lib/security/request-checks";

// Redirects "/" by Accept-Language (or the locale cookie) and keeps every page under /en or /de.
const handleI18nRouting = createMiddleware(routing);

// Every page gets a fresh CSP nonce. next-intl forwards the request headers it is given, so the policy
// reaches the renderer (which nonces Next's scripts) and is sent to the browser on the response.
export default async function proxy(request: NextRequest) {
  const { pathname, search, protocol } = request.nextUrl;
  if (malformation({ pathname, search, origin: request.headers.get("origin") }))
    return new NextResponse(null, { status: 400 });
  // `next start` takes the protocol from X-Forwarded-Proto (its own, or the TLS proxy's in front). A
  // browser ignores HSTS that arrives over plain http, so a forged header cannot pin anyone to https.
  const https = protocol === "https:";
  if (pathname.startsWith("/api/")) {
    const response = NextResponse.next();
    if (https) response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
    return response;
  }
  const policy = contentSecurityPolicy(newNonce(), process.env.NODE_ENV === "development", await buildStyleSources());
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = handleI18nRouting(new NextRequest(request, { headers }));
  response.headers.set("content-security-policy", policy);
  if (https) response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  // Everything but the build's own files and the icons in app/: a page path may contain a dot
  // (/en/join/ABC.DEF), and it needs its CSP like any other. Grading (app/api/review/grade) skips it too:
  // it runs for every grade, and the route does the checks itself (same origin, HSTS; its path is fixed).
  matcher: "/((?!_next/static/|_next/image|_vercel/|favicon\\.ico$|icon\\.svg$|api/review/grade$).*)",
};
