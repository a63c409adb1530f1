"use client";
import { useLocale, useTranslations } from "next-intl";
import type { MouseEvent } from "react";
import { Link, usePathname, useRouter } from "@/i18n/navigation";
import { type Locale, routing } from "@/i18n/routing";

/**
 * Links to the same page in each interface language. A switch keeps the query (filters, `next`) and the
 * reading place: the first linkable section (`main section[id]`, the reader's paragraphs) still in view
 * becomes the new page's #anchor, so the page opens there instead of at the top.
 */
export function LocaleSwitcher() {
  const t = useTranslations("LocaleSwitcher");
  const current = useLocale();
  const pathname = usePathname();
  const router = useRouter();

  const onSwitch = (event: MouseEvent<HTMLAnchorElement>, locale: Locale) => {
    // A new tab or window (modifier keys, middle button) gets the plain link.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const place = placeInView();
    router.push(`${pathname}${window.location.search}${place ? `#${place}` : ""}`, { locale });
  };

  return (
    <nav aria-label={t("label")} className="locale-switcher">
      {routing.locales.map((locale) => (
        <Link
          key={locale}
          href={pathname}
          locale={locale}
          hrefLang={locale}
          lang={locale}
          aria-current={locale === current ? "true" : undefined}
          onClick={locale === current ? undefined : (event) => onSwitch(event, locale)}
        >
          {t(locale)}
        </Link>
      ))}
    </nav>
  );
}

/** The id of the first section the reader has not scrolled past, or null at the top of the page. */
function placeInView(): string | null {
  if (window.scrollY < 1) return null;
  for (const section of document.querySelectorAll<HTMLElement>("main section[id]")) {
    // A section's scroll margin keeps it clear of sticky bars: what ends above that line is scrolled past.
    const line = Number.parseFloat(getComputedStyle(section).scrollMarginTop) || 0;
    if (section.getBoundingClientRect().bottom > line + 8) return section.id;
  }
  return null;
}
