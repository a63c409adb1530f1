import { describe, expect, it } from "vitest";
import { tokenize, wordTokens } from "@/lib/german/tokenize";

/** "text/type" pairs: compact enough to write whole sentences out by hand. */
const brief = (sentence: string) => tokenize(sentence).map((t) => `${t.text}/${t.type}`);

describe("tokenize", () => {
  it("keeps hyphenated compounds as one word", () => {
    const words = wordTokens(
      "Der US-Präsident, die Trump-Administration, des E-Commerce-Anbieters, Fake-Artikel, Piraterie-Güter und US-Kleinunternehmen.",
    ).map((t) => t.text);
    expect(words).toEqual([
      "Der",
      "US-Präsident",
      "die",
      "Trump-Administration",
      "des",
      "E-Commerce-Anbieters",
      "Fake-Artikel",
      "Piraterie-Güter",
      "und",
      "US-Kleinunternehmen",
    ]);
  });

  it("types tickers, handles, tags and links as symbols", () => {
    expect(brief("pic.twitter.com/TaQNJf0Cm3 — Alibaba Group (@AlibabaGroup) 10. Januar 2017")).toEqual([
      "pic.twitter.com/TaQNJf0Cm3/symbol",
      "—/punct",
      "Alibaba/word",
      "Group/word",
      "(/punct",
      "@AlibabaGroup/symbol",
      ")/punct",
      "10./number",
      "Januar/word",
      "2017/number",
    ]);
    expect(brief("$BABA und #Handel: https://www.alibaba.com/de?x=1.")).toEqual([
      "$BABA/symbol",
      "und/word",
      "#Handel/symbol",
      ":/punct",
      "https://www.alibaba.com/de?x=1/symbol",
      "./punct",
    ]);
  });

  it("types amounts, plain numbers and ordinals as numbers", () => {
    expect(brief("to sell to 450MM+ China consumers")).toEqual([
      "to/word",
      "sell/word",
      "to/word",
      "450MM+/number",
      "China/word",
      "consumers/word",
    ]);
    expect(brief("7000 Marken, 15 Milliarden, im 21. Jahrhundert, am 10.01.2017, 3,5 Prozent.")).toEqual([
      "7000/number",
      "Marken/word",
      ",/punct",
      "15/number",
      "Milliarden/word",
      ",/punct",
      "im/word",
      "21./number",
      "Jahrhundert/word",
      ",/punct",
      "am/word",
      "10.01.2017/number",
      ",/punct",
      "3,5/number",
      "Prozent/word",
      "./punct",
    ]);
  });

  it("separates a sentence-final full stop from a number", () => {
    expect(brief("Der Zoll beträgt 45.")).toEqual(["Der/word", "Zoll/word", "beträgt/word", "45/number", "./punct"]);
  });

  it("keeps inner apostrophes and separates quotes, dashes, brackets and commas", () => {
    expect(brief('des "People\'s Daily", das – (ja) – „gut“ ist')).toEqual([
      "des/word",
      '"/punct',
      "People's/word",
      "Daily/word",
      '"/punct',
      ",/punct",
      "das/word",
      "–/punct",
      "(/punct",
      "ja/word",
      ")/punct",
      "–/punct",
      "„/punct",
      "gut/word",
      "“/punct",
      "ist/word",
    ]);
  });

  it("keeps a multi-part abbreviation as one word, with or without spaces, in any case", () => {
    expect(wordTokens("Von 50 v. Chr. bis 20 n.Chr., U. a. Rom.").map((t) => t.text)).toEqual([
      "Von",
      "v. Chr.",
      "bis",
      "n.Chr.",
      "U. a.",
      "Rom",
    ]);
  });

  it("keeps abbreviations with their dots", () => {
    expect(wordTokens("Dr. Müller kam z. B. mit ca. 20 Leuten, bzw. usw.").map((t) => t.text)).toEqual([
      "Dr.",
      "Müller",
      "kam",
      "z. B.",
      "mit",
      "ca.",
      "Leuten",
      "bzw.",
      "usw.",
    ]);
  });

  it("keeps the first part of a truncated compound with its hyphen", () => {
    expect(wordTokens("Import- und Exportzölle").map((t) => t.text)).toEqual(["Import-", "und", "Exportzölle"]);
  });

  it("reports offsets that slice back to the token text", () => {
    const sentence = "Vor dem Hintergrund Trumps Twitter-Kritik begrüßte die „Global Times“ das Treffen… 😀 <script>";
    const tokens = tokenize(sentence);
    for (const token of tokens) expect(sentence.slice(token.start, token.start + token.text.length)).toBe(token.text);
    expect(tokens.map((t) => t.text).join("")).toBe(sentence.replace(/\s+/g, ""));
  });

  it("keeps markup as plain tokens", () => {
    expect(brief("<script>alert(1)</script>")).toEqual([
      "</symbol",
      "script/word",
      ">/symbol",
      "alert/word",
      "(/punct",
      "1/number",
      ")/punct",
      "</symbol",
      "//punct",
      "script/word",
      ">/symbol",
    ]);
  });

  // Speed is measured by `npm run bench` (scripts/bench-engine.ts), not by a timed test on a shared machine.
  it("tokenizes a 10,000-word text the same way as each of its sentences", () => {
    const sentence =
      'Am 10. Januar empfing der US-Präsident Jack Ma ($BABA) im Trump Tower, "sagte" er z. B. pic.twitter.com/x. ';
    const copies = Math.ceil(10_000 / sentence.split(" ").length);
    const one = tokenize(sentence).map((t) => t.text);
    const tokens = tokenize(sentence.repeat(copies));
    expect(tokens.map((t) => t.text)).toEqual(Array.from({ length: copies }, () => one).flat());
  });
});
