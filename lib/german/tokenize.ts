// Tokenizer for one German sentence: one global regex whose alternatives are tried in order, so
// links, tags and abbreviations are claimed before the word rule could cut them apart.
// Intl.Segmenter splits "US-Präsident", "$BABA" and URLs; rejoining them would be more work than this.

import { MULTI_PART_ABBREVIATIONS, multiPartPattern } from "@/lib/german/abbreviations";
import { NON_FINAL_ABBREVIATIONS } from "@/lib/german/segment";
import type { Token } from "@/lib/german/types";

// Characters that may not end a link: trailing punctuation belongs to the sentence.
const LINK_BODY = String.raw`[^\s<>"“”„«»]*[^\s<>"“”„«».,;:!?)\]'’]`;
const TLDS = "com|de|at|ch|org|net|eu|io|info|gov|edu|uk|fr|it|es|nl|cn";

/** Abbreviations kept with their dot as one word ("Dr.", "bzw.", "z. B."), so they can be looked up. */
const ABBREVIATION = (() => {
  const single = [...NON_FINAL_ABBREVIATIONS, "usw", "etc"]
    .flatMap((a) => [a, a.charAt(0).toUpperCase() + a.slice(1)])
    .sort((a, b) => b.length - a.length) // longest first, so a prefix never wins
    .map((a) => `${escapeRegExp(a)}\\.`);
  // Dotted parts, with or without the space: "z. B.", "z.B.", "u. a.", "i. d. R.", "v. Chr.".
  const dotted = MULTI_PART_ABBREVIATIONS.map(multiPartPattern);
  return String.raw`(?<![\p{L}\p{N}])(?:${[...dotted, ...single].join("|")})(?![\p{L}\p{N}])`;
})();

const WORD_PART = String.raw`[\p{L}\p{M}\p{N}]+`;

/** Named alternatives; the group that matched decides the token type. */
const TOKEN = new RegExp(
  [
    // https://…, www.…, pic.twitter.com/…, alibaba.com
    String.raw`(?<link>(?:https?:\/\/|www\.)${LINK_BODY}|(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}\/(?:${LINK_BODY})?|(?:[\p{L}\p{N}-]+\.)+(?:${TLDS})(?![\p{L}\p{N}]))`,
    String.raw`(?<email>[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)`,
    // $BABA (a ticker needs a letter: "$5" is a currency sign and a number), @handle, #tag
    String.raw`(?<tag>\$[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z]+)?|[@#][\p{L}\p{N}_]+)`,
    `(?<abbr>${ABBREVIATION})`,
    // 10.01.2017, 3,5, 10:30; ordinals "21." when the sentence goes on; 7000, 450MM+, 100km
    String.raw`(?<number>\d+(?:[.,:/]\d+)+|\d+\.(?=\s+[\p{L}\p{N}])|\d+(?:[A-Za-z]{1,3})?\+?(?![\p{L}\p{N}'’-]))`,
    // Hyphenated compounds and inner apostrophes stay one word: "E-Commerce-Anbieters", "People's".
    // A trailing hyphen is kept in "Import- und Exportzölle".
    String.raw`(?<word>${WORD_PART}(?:[-‑'’]${WORD_PART})*(?:-(?=\s*(?:,|und\s|oder\s|bis\s|sowie\s|bzw\.)))?)`,
    String.raw`(?<punct>\.{3}|[!?]+|\S)`,
  ].join("|"),
  "gu",
);

const SYMBOL_CHAR = /^(?:\p{S}|[%‰&§#@*†])$/u;

/** Splits a sentence into tokens with their offsets; whitespace is dropped. */
export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const match of sentence.matchAll(TOKEN)) {
    const groups = match.groups ?? {};
    const text = match[0];
    const start = match.index;
    if (groups.link !== undefined || groups.email !== undefined || groups.tag !== undefined) {
      tokens.push({ text, start, type: "symbol" });
    } else if (groups.number !== undefined) {
      tokens.push({ text, start, type: "number" });
    } else if (groups.abbr !== undefined || groups.word !== undefined) {
      tokens.push({ text, start, type: "word" });
    } else {
      tokens.push({ text, start, type: SYMBOL_CHAR.test(text) ? "symbol" : "punct" });
    }
  }
  return tokens;
}

/** The clickable words of a sentence. */
export function wordTokens(sentence: string): Token[] {
  return tokenize(sentence).filter((token) => token.type === "word");
}

/** The text as a literal inside a regular expression. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
