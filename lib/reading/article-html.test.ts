import { describe, expect, it } from "vitest";
import { tokenize } from "@/lib/german/tokenize";
import { importText } from "@/lib/passages/import-text";
import {
  type ArticleLabels,
  type ArticleParagraph,
  buildArticle,
  escapeHtml,
  fillArticle,
  wordsHtml,
} from "./article-html";

const labels: ArticleLabels = {
  embed: "Embedded post",
  readAloud: "Read aloud",
  listenParagraph: "Listen to paragraph",
  untranslated: "Not translated yet",
  translationLabel: "English translation",
  revealParagraph: "Show translation",
  concealParagraph: "Hide translation",
  markRead: "Mark as read",
  markedRead: "Read",
};

const sentence = (text: string, translation: string | null = null) => ({
  text,
  tokens: tokenize(text),
  translation: translation === null ? null : { segments: [translation] },
});

const paragraphs: ArticleParagraph[] = [
  { id: "p0", position: 0, kind: "HEADING", lang: "de", sentences: [sentence("Kleine Firmen", "Small firms")] },
  {
    id: "p1",
    position: 1,
    kind: "BODY",
    lang: "de",
    sentences: [sentence("Das Haus ist alt.", "The house is old."), sentence("Es regnet.")],
  },
  { id: "p2", position: 2, kind: "EMBED", lang: "en", sentences: [sentence("Great day & more")] },
  { id: "p3", position: 3, kind: "SOURCE", lang: "de", sentences: [sentence("(Reuters/maka)")] },
];

/** The text a browser shows for some markup. */
const visible = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

describe("article markup", () => {
  it("escapes passage text: a teacher's '<script>' is shown, never run", () => {
    const [text] = importText("Der Test <script>alert(1)</script> und <img src=x onerror=alert(2)> ist nur Text.")
      .paragraphs[0]!.sentences;
    const html = wordsHtml({ text: text!, tokens: tokenize(text!) });
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain("&lt;");
    expect(visible(html)).toBe(text);
    expect(escapeHtml(`"'<>&`)).toBe("&quot;&#39;&lt;&gt;&amp;");
  });

  it("makes every word an element with its token index, and the first word of the text the one tab stop", () => {
    const html = fillArticle(buildArticle(paragraphs, labels), new Set());
    const words = [...html.matchAll(/<span class="w[^"]*" role="button" tabindex="(-?\d)" data-t="(\d+)">([^<]*)</g)];
    expect(words.map((m) => m[3])).toEqual(["Kleine", "Firmen", "Das", "Haus", "ist", "alt", "Es", "regnet"]);
    expect(words.filter((m) => m[1] === "0").map((m) => m[3])).toEqual(["Kleine"]);
    // data-t is the token's index in its sentence (punctuation and spaces count), as the word data uses it.
    expect(words.find((m) => m[3] === "alt")?.[2]).toBe(
      String(tokenize("Das Haus ist alt.").findIndex((t) => t.text === "alt")),
    );
  });

  it("keeps each kind's structure: headings, body with translation and actions, embeds, the source line", () => {
    const html = fillArticle(buildArticle(paragraphs, labels), new Set());
    expect(html).toContain('<section class="para para--heading" id="para-0" data-paragraph-id="p0">');
    expect(html).toContain('<h2 class="para-de" lang="de">');
    expect(html).toContain('<span class="s" data-s="1-0" data-segments="1">The house is old.</span>');
    expect(html).toContain('<em class="muted">Not translated yet</em>');
    // The translation is named for screen readers by text, not by an aria-label a <p> cannot carry.
    expect(html).toContain('<p class="para-en" lang="en"><span class="sr-only">English translation: </span>');
    expect(html).toContain('data-say="1-0" aria-label="Read aloud"');
    expect(html).toContain('<figure class="embed" lang="en">');
    expect(html).toContain("<blockquote><span>Great day &amp; more</span></blockquote>");
    expect(html).toContain('<p class="para-source" lang="de">(Reuters/maka)</p>');
    expect(visible(html)).toContain("Das Haus ist alt. Es regnet.");
  });

  it("gives each German body paragraph, and only those, a button that reads it aloud", () => {
    const count = (html: string) => html.match(/data-action="listen"[^>]*>.*?Listen to paragraph</g)?.length ?? 0;
    expect(count(fillArticle(buildArticle(paragraphs, labels), new Set()))).toBe(1);
    const german = paragraphs.map((p) => ({ ...p, sentences: p.sentences.map((s) => ({ ...s, translation: null })) }));
    expect(count(fillArticle(buildArticle(german, labels), new Set(["p1"])))).toBe(1);
    const tricky = { ...labels, listenParagraph: `"Hör" & <zu>` };
    expect(fillArticle(buildArticle(paragraphs, tricky), new Set())).toContain("&quot;Hör&quot; &amp; &lt;zu&gt;");
  });

  it("marks the learner's read paragraphs, and only readable ones can be", () => {
    const template = buildArticle(paragraphs, labels);
    const unread = fillArticle(template, new Set());
    const read = fillArticle(template, new Set(["p0", "p1", "p2"]));
    expect(unread.match(/aria-pressed="false"[^>]*>Mark as read</g)).toHaveLength(2);
    expect(read.match(/aria-pressed="true"[^>]*>Read</g)).toHaveLength(2);
    expect(read).toContain('data-paragraph-id="p1" data-read="true"');
    expect(read).toContain('data-paragraph-id="p2" data-read="true"');
    // A heading has no read state, whatever the set says.
    expect(read).toContain('<section class="para para--heading" id="para-0" data-paragraph-id="p0">');
    expect(template.paragraphs[0]!.read).toBe(template.paragraphs[0]!.unread);
  });

  it("leaves out the English column and its reveal button when nothing is translated, and only then", () => {
    const german = paragraphs.map((p) => ({ ...p, sentences: p.sentences.map((s) => ({ ...s, translation: null })) }));
    const template = buildArticle(german, labels);
    const html = fillArticle(template, new Set());
    expect(template.bilingual).toBe(false);
    expect(html).not.toContain("para-en");
    expect(html).not.toContain('data-action="reveal"');
    expect(html).not.toContain("Not translated yet");
    expect(html).toContain('data-action="mark-read"');
    expect(visible(html)).toContain("Das Haus ist alt. Es regnet.");
    // One translated sentence is enough for two columns: the others then say what is missing.
    expect(buildArticle(paragraphs, labels).bilingual).toBe(true);
  });
});
