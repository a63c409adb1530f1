import { NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { contentSecurityPolicy, newNonce } from "./lib/security/headers";
import { routing } from "./i18n/routing";

// Redirects "/" by Accept-Language (or the locale cookie) and keeps every page under /en or /de.
const handleI18nRouting = createMiddleware(routing);

// Every page gets a fresh CSP nonce. next-intl forwards the request headers it is given, so the policy
// reaches the renderer (which nonces Next's scripts) and is sent to the browser on the response.
export default function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy(newNonce(), process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = handleI18nRouting(new NextRequest(request, { headers }));
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
