import type { StoredToken } from "@/lib/passages/stored-token";

/**
 * Renders a German sentence with each word as its own focusable element, on the server.
 * Text between tokens (spaces) is kept as is; the reader's one client component handles every word
 * by event delegation, so thousands of words cost no React components on the client.
 */
export function SentenceWords({
  text,
  tokens,
  sentenceKey,
  focusFirst = false,
}: {
  text: string;
  tokens: StoredToken[];
  sentenceKey: string;
  focusFirst?: boolean;
}) {
  const out: React.ReactNode[] = [];
  // Roving tabindex: one word of the article is in the tab order; arrow keys move between words.
  let tabStop = focusFirst;
  let cursor = 0;
  tokens.forEach((token, index) => {
    if (token.start > cursor) out.push(text.slice(cursor, token.start));
    if (token.type === "word") {
      const analysis = token.analysis;
      const gender = analysis?.pos === "noun" && analysis.gender ? ` g-${analysis.gender}` : "";
      out.push(
        <span
          key={token.start}
          className={`w${gender}`}
          role="button"
          tabIndex={tabStop ? 0 : -1}
          data-t={index}
          data-k={`${sentenceKey}.${index}`}
        >
          {token.text}
        </span>,
      );
      tabStop = false;
    } else {
      out.push(token.text);
    }
    cursor = token.start + token.text.length;
  });
  if (cursor < text.length) out.push(text.slice(cursor));
  return <>{out}</>;
}
