// Where to go after signing in: only a path on this site. Anything else (other hosts, protocol-relative
// "//evil.com", backslash tricks, "javascript:") falls back to the home page of the current locale.
import { routing } from "@/i18n/routing";

const BASE = "http://bruecke.invalid";

export function safeNextPath(raw: unknown, locale: string): string {
  const home = `/${locale}`;
  if (typeof raw !== "string" || raw.length > 2048) return home;
  // Browsers read "\" as "/" and drop tabs/newlines, so "/\evil.com" would leave the site.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we refuse
  if (!raw.startsWith("/") || raw.startsWith("//") || /[\\\u0000-\u001f\u007f]/.test(raw)) return home;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return home;
  }
  if (url.origin !== BASE) return home;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // The auth API answers with JSON, and the auth pages themselves would loop.
  if (/^\/api(\/|$)/.test(url.pathname)) return home;
  const first = url.pathname.split("/")[1] ?? "";
  const hasLocale = (routing.locales as readonly string[]).includes(first);
  const rest = hasLocale ? url.pathname.slice(first.length + 1) : url.pathname;
  if (/^\/(sign-in|sign-up)(\/|$)/.test(rest)) return home;
  return hasLocale ? path : `${home}${path === "/" ? "" : path}`;
}
