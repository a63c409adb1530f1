import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

// Redirects "/" by Accept-Language (or the locale cookie) and keeps every page under /en or /de.
export default createMiddleware(routing);

export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
