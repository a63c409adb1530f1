"use client";
import { useLocale, useTranslations } from "next-intl";
import { type MouseEvent, useEffect } from "react";
import { Link, usePathname, useRouter } from "@/i18n/navigation";
import { type Locale, routing } from "@/i18n/routing";

/**
 * Links to the same page in each interface language. A switch keeps the query (filters, `next`) and the
 * reading place: the first linkable section (`main section[id]`, the reader's paragraphs) still in view
 * becomes the new page's #anchor, so the page opens there instead of at the top. Where the header does not
 * stick (desktops), reaching the switch scrolls up out of the text first: the switch then uses the last place
 * the reader had scrolled to on this page (remembered while scrolling), not the top.
 */
export function LocaleSwitcher() {
  const t = useTranslations("LocaleSwitcher");
  const current = useLocale();
  const pathname = usePathname();
  const router = useRouter();

  useEffect(() => rememberPlaces(pathname), [pathname]);

  const onSwitch = (event: MouseEvent<HTMLAnchorElement>, locale: Locale) => {
    // A new tab or window (modifier keys, middle button) gets the plain link.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const place = placeInView() ?? (remembered?.path === pathname ? remembered.id : null);
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

/** The last place in the text the reader scrolled to, on the page at `path` (one per tab: module state). */
let remembered: { path: string; id: string } | null = null;
let listeners = 0;
let currentPath = "";

function onScroll() {
  const id = placeInView();
  // Scrolling back above the text (to reach the header) keeps the place.
  if (id) remembered = { path: currentPath, id };
}

/** Remembers the place while the page at `path` scrolls; returns the clean-up (both switches share one listener). */
function rememberPlaces(path: string) {
  currentPath = path;
  if (remembered?.path !== path) remembered = null;
  if (listeners++ === 0) window.addEventListener("scroll", onScroll, { passive: true });
  onScroll();
  return () => {
    if (--listeners === 0) window.removeEventListener("scroll", onScroll);
  };
}

/** The id of the first section the reader has not scrolled past, or null above the first one (or at the top). */
function placeInView(): string | null {
  if (window.scrollY < 1) return null;
  for (const section of document.querySelectorAll<HTMLElement>("main section[id]")) {
    // A section's scroll margin keeps it clear of sticky bars: what ends above that line is scrolled past.
    const line = Number.parseFloat(getComputedStyle(section).scrollMarginTop) || 0;
    const box = section.getBoundingClientRect();
    // The first section still wholly below the line: the view is above the text, not in it.
    if (box.top > line + 8 && box.top > window.innerHeight / 2) return null;
    if (box.bottom > line + 8) return section.id;
  }
  return null;
}
