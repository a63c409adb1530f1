"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { takeArticle } from "../article-handoff";

interface Props {
  /** Where this request's page left the article's HTML (lib/reading/article-handoff.ts). */
  handoff: string;
  /** The article's HTML for this viewer, for a client-side navigation (no server HTML in the DOM). */
  url: string;
}

/** Fired on the article's element when its HTML arrived after the first render (the reader re-marks words). */
export const ARTICLE_LOADED = "bruecke:article-loaded";

/**
 * The article: built once per passage, version and locale on the server (lib/reading/article-cache.ts) and
 * kept out of React's tree and of the RSC payload. On the server it renders the HTML the page handed off;
 * in the browser it hydrates with none, and React in production leaves the server's inner HTML alone (it
 * compares `__html` strings and never sets an unchanged one). Arriving by a client-side navigation, where
 * no server HTML exists, it fetches it.
 */
export function ArticleBody({ handoff, url }: Props) {
  const t = useTranslations("Reader");
  const [html, setHtml] = useState(() => takeArticle(handoff) ?? "");
  const [failed, setFailed] = useState(false);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!ref.current || ref.current.childElementCount > 0) return;
    let current = true;
    fetch(url, { credentials: "same-origin" })
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
      .then((text) => current && setHtml(text))
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, [url]);

  useEffect(() => {
    if (!html) return;
    ref.current?.dispatchEvent(new Event(ARTICLE_LOADED, { bubbles: true }));
    // A navigation to a place in the text (#para-…, how a language switch keeps the reader's place) was
    // scrolled before the text was here: go there now, as a full load would have.
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (id) document.getElementById(id)?.scrollIntoView({ block: "start" });
  }, [html]);

  if (failed) {
    // Rare (a navigation while offline): a full load renders the article on the server.
    return (
      <p className="reader-text" role="alert">
        {t("articleFailed")}{" "}
        <a href={typeof window === "undefined" ? "" : window.location.href}>{t("articleReload")}</a>
      </p>
    );
  }
  return (
    // biome-ignore lint/security/noDangerouslySetInnerHtml: our own markup; every piece of passage text in it is escaped by lib/reading/article-html.ts (tested)
    <div ref={ref} className="reader-text" dangerouslySetInnerHTML={{ __html: html }} suppressHydrationWarning />
  );
}
