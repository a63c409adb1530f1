import { NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";
import { contentSecurityPolicy, newNonce } from "./lib/security/headers";

// Redirects "/" by Accept-Language (or the locale cookie) and keeps every page under /en or /de.
const handleI18nRouting = createMiddleware(routing);

// Every page gets a fresh CSP nonce. next-intl forwards the request headers it is given, so the policy
// reaches the renderer (which nonces Next's scripts) and is sent to the browser on the response.
export default function proxy(request: NextRequest) {
  // A NUL byte never belongs in a URL, and PostgreSQL cannot store or compare it: refuse it up front.
  if ((request.nextUrl.pathname + request.nextUrl.search).includes("%00"))
    return new NextResponse(null, { status: 400 });
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  const policy = contentSecurityPolicy(newNonce(), process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = handleI18nRouting(new NextRequest(request, { headers }));
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  matcher: "/((?!_next|_vercel|.*\\..*).*)",
};
