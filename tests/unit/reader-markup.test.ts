// A teacher's passage may contain "<script>" typed as text: the reader must show it, never run it.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { tokenize } from "@/lib/german/tokenize";
import { importText } from "@/lib/passages/import-text";
import { SentenceWords } from "@/lib/reading/components/sentence-words";

describe("markup in passages", () => {
  it("is escaped when a sentence is rendered", () => {
    const [sentence] = importText("Der Test <script>alert(1)</script> und <img src=x onerror=alert(2)> ist nur Text.")
      .paragraphs[0]!.sentences;
    const html = renderToStaticMarkup(
      createElement(SentenceWords, { text: sentence!, tokens: tokenize(sentence!), sentenceKey: "0-0" }),
    );
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain("&lt;");
    // The visible text is exactly what was typed.
    expect(
      html
        .replace(/<[^>]+>/g, "")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&#x27;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, "&"),
    ).toBe(sentence);
  });
});
