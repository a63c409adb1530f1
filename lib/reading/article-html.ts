// The reader's article as HTML, built once per passage × locale × content version and shared by every
// learner (lib/reading/article-cache.ts). Only the read marks differ between learners, so each readable
// paragraph is built twice (unread and read) and a request joins the variants it needs: no React render
// of ~2,500 elements per request, and the markup reaches the browser once, not again as a React tree.
// Each word is a focusable element with a roving tab stop (the first word of the text is the one tab
// stop); the reader's client component handles them all by event delegation. Pure: no framework imports.
import { isReadable } from "@/lib/passages/readable";
import type { StoredToken } from "@/lib/passages/stored-token";

export interface ArticleSentence {
  text: string;
  tokens: StoredToken[];
  translation: { segments: string[] } | null;
}

export interface ArticleParagraph {
  id: string;
  position: number;
  kind: "HEADING" | "BODY" | "EMBED" | "SOURCE";
  lang: string;
  sentences: ArticleSentence[];
}

/** The reader's UI text inside the article, in the page's locale. */
export interface ArticleLabels {
  embed: string;
  readAloud: string;
  listenParagraph: string;
  untranslated: string;
  translationLabel: string;
  revealParagraph: string;
  concealParagraph: string;
  markRead: string;
  markedRead: string;
}

/** Per paragraph its markup unread and read (the same string when a paragraph cannot be marked). */
export interface ArticleTemplate {
  paragraphs: { id: string; unread: string; read: string }[];
  /** False when no sentence has a translation (a learner's own text without DeepL): one column, no English. */
  bilingual: boolean;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text or attribute value as HTML: the article is user-supplied text, never markup. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export function buildArticle(paragraphs: ArticleParagraph[], labels: ArticleLabels): ArticleTemplate {
  const tabStop = paragraphs.findIndex((p) => p.kind === "BODY" || p.kind === "HEADING");
  const bilingual = paragraphs.some((p) => p.kind !== "EMBED" && p.sentences.some((s) => s.translation !== null));
  return {
    bilingual,
    paragraphs: paragraphs.map((paragraph, index) => {
      const build = (read: boolean) => paragraphHtml(paragraph, labels, read, index === tabStop, bilingual);
      const unread = build(false);
      return { id: paragraph.id, unread, read: isReadable(paragraph.kind) ? build(true) : unread };
    }),
  };
}

/** The article for one learner: their read paragraphs in the read variant. */
export function fillArticle(template: ArticleTemplate, read: ReadonlySet<string>): string {
  let html = "";
  for (const paragraph of template.paragraphs) html += read.has(paragraph.id) ? paragraph.read : paragraph.unread;
  return html;
}

function paragraphHtml(
  paragraph: ArticleParagraph,
  labels: ArticleLabels,
  read: boolean,
  tabStop: boolean,
  bilingual: boolean,
): string {
  const pos = paragraph.position;
  const lang = escapeHtml(paragraph.lang);
  const section = (kind: string, readable: boolean) =>
    `<section class="para para--${kind}" id="para-${pos}" data-paragraph-id="${escapeHtml(paragraph.id)}"${readable ? ` data-read="${read}"` : ""}>`;

  if (paragraph.kind === "SOURCE") {
    return `<p class="para-source" lang="${lang}">${escapeHtml(paragraph.sentences.map((s) => s.text).join(" "))}</p>`;
  }
  if (paragraph.kind === "EMBED") {
    // Already in the reader's target language: shown as is, never translated again.
    const quote = paragraph.sentences.map((s, i) => `<span>${i > 0 ? " " : ""}${escapeHtml(s.text)}</span>`).join("");
    return `${section("embed", true)}<figure class="embed" lang="${lang}"><figcaption class="muted small">${escapeHtml(labels.embed)}</figcaption><blockquote>${quote}</blockquote></figure>${actionsHtml(labels, read, false, false)}</section>`;
  }

  const german = paragraph.sentences
    .map((sentence, i) => {
      const key = `${pos}-${i}`;
      const say =
        paragraph.kind === "BODY"
          ? `<button type="button" class="say" data-say="${key}" aria-label="${escapeHtml(labels.readAloud)}" title="${escapeHtml(labels.readAloud)}">${SPEAKER_ICON}</button>`
          : "";
      return `<span class="s" data-s="${key}">${i > 0 ? " " : ""}${wordsHtml(sentence, tabStop && i === 0)}${say}</span>`;
    })
    .join("");
  if (!bilingual) {
    if (paragraph.kind === "HEADING") {
      return `${section("heading", false)}<div class="para-grid"><h2 class="para-de" lang="de">${german}</h2></div></section>`;
    }
    return `${section("body", true)}<div class="para-grid"><p class="para-de" lang="de">${german}</p></div>${actionsHtml(labels, read, false, true)}</section>`;
  }
  const english = paragraph.sentences
    .map((sentence, i) => {
      const segments = sentence.translation?.segments ?? [];
      const text = sentence.translation
        ? escapeHtml(segments.join(" "))
        : `<em class="muted">${escapeHtml(labels.untranslated)}</em>`;
      return `<span class="s" data-s="${pos}-${i}" data-segments="${segments.length}"${segmentStarts(segments)}>${i > 0 ? " " : ""}${text}</span>`;
    })
    .join("");

  if (paragraph.kind === "HEADING") {
    return `${section("heading", false)}<div class="para-grid"><h2 class="para-de" lang="de">${german}</h2><p class="para-en heading-en" lang="en">${english}</p></div></section>`;
  }
  return `${section("body", true)}<div class="para-grid"><p class="para-de" lang="de">${german}</p><p class="para-en" lang="en"><span class="sr-only">${escapeHtml(labels.translationLabel)}: </span>${english}</p></div>${actionsHtml(labels, read, true, true)}</section>`;
}

/** A German sentence with each word in its own element; text between tokens (spaces) kept as is. */
export function wordsHtml({ text, tokens }: Pick<ArticleSentence, "text" | "tokens">, tabStop = false): string {
  let html = "";
  let focusable = tabStop;
  let cursor = 0;
  tokens.forEach((token, index) => {
    if (token.start > cursor) html += escapeHtml(text.slice(cursor, token.start));
    if (token.type === "word") {
      const analysis = token.analysis;
      const gender = analysis?.pos === "noun" && analysis.gender ? ` g-${analysis.gender}` : "";
      html += `<span class="w${gender}" role="button" tabindex="${focusable ? 0 : -1}" data-t="${index}">${escapeHtml(token.text)}</span>`;
      focusable = false;
    } else {
      html += escapeHtml(token.text);
    }
    cursor = token.start + token.text.length;
  });
  if (cursor < text.length) html += escapeHtml(text.slice(cursor));
  return html;
}

function actionsHtml(labels: ArticleLabels, read: boolean, withTranslation: boolean, german: boolean): string {
  // The reader's "Listen" player reads the paragraph sentence by sentence (use-listening.ts).
  const listen = german
    ? `<button type="button" class="btn-small listen-para" data-action="listen">${SPEAKER_ICON} ${escapeHtml(labels.listenParagraph)}</button>`
    : "";
  const reveal = withTranslation
    ? `<button type="button" class="btn-link reveal" data-action="reveal" aria-expanded="false" data-label-on="${escapeHtml(labels.concealParagraph)}" data-label-off="${escapeHtml(labels.revealParagraph)}">${escapeHtml(labels.revealParagraph)}</button>`
    : "";
  return `<div class="para-actions">${listen}${reveal}<button type="button" class="btn-small mark-read" data-action="mark-read" aria-pressed="${read}" data-label-on="${escapeHtml(labels.markedRead)}" data-label-off="${escapeHtml(labels.markRead)}">${escapeHtml(read ? labels.markedRead : labels.markRead)}</button></div>`;
}

/** Drawn, not an emoji: many systems (and Debian's chromium) have no emoji font. */
const SPEAKER_ICON =
  '<svg aria-hidden="true" focusable="false" width="14" height="14" viewBox="0 0 16 16"><path d="M2 6h3l4-3v10l-4-3H2z" fill="currentColor"></path><path d="M11 5.5a3.5 3.5 0 0 1 0 5M12.5 3.5a6 6 0 0 1 0 9" stroke="currentColor" stroke-width="1.4" fill="none" stroke-linecap="round"></path></svg>';

/** Where each translation segment starts in the joined text: the reader lights aligned words by offset. */
function segmentStarts(segments: readonly string[]): string {
  if (segments.length < 2) return "";
  let at = 0;
  const starts = segments.map((segment) => {
    const start = at;
    at += segment.length + 1;
    return start;
  });
  return ` data-seg-starts="${starts.join(",")}"`;
}
