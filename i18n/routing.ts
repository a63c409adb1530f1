import { hasLocale } from "next-intl";
import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["en", "de"],
  defaultLocale: "en",
});

export type Locale = (typeof routing.locales)[number];

/** A route's `[locale]` segment as a Locale; the proxy only lets known locales through, so anything else is the default. */
export function toLocale(value: string): Locale {
  return hasLocale(routing.locales, value) ? value : routing.defaultLocale;
}
