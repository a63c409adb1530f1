import { describe, expect, it } from "vitest";
import { firstKindChoice, kindList } from "./kind-index";
import type { LexSense } from "./lexicon";
import type { Draft, SentenceContext } from "./sentence-context";
import { tokenize } from "./tokenize";
import type { PartOfSpeech, WordAnalysis } from "./types";

const sense = (gloss: string): LexSense => ({ glosses: [gloss], domains: [] });
const TWO_SENSES = [sense("first"), sense("second")];

/** Drafts for "lemma/pos" items, one per word token of `sentence`; word 0 has two senses. */
function clause(sentence: string, items: readonly string[]): [SentenceContext, (Draft | null)[]] {
  const tokens = tokenize(sentence);
  let w = 0;
  const drafts = tokens.map((t) => {
    if (t.type !== "word") return null;
    const [lemma = "", pos = "noun", last] = (items[w] ?? "").split("/");
    const a: WordAnalysis = { text: t.text, lemma, pos: pos as PartOfSpeech, glosses: [], band: "B1", known: false };
    if (last) a.parts = [{ text: last, lemma: last, gloss: "" }];
    if (pos === "name") Object.assign(a, { pos: "noun", name: true });
    const d: Draft = {
      a,
      ...(w === 0 ? { senses: TWO_SENSES } : {}),
    };
    w++;
    return d;
  });
  const ctx = { tokens, sentence, lang: "de", kind: "body", names: new Map() } as SentenceContext;
  return [ctx, drafts];
}

const KINDS = [
  { name: "doors", nouns: new Set(["Tür", "Tor"]) },
  { name: "books", nouns: new Set(["Buch", "Tür"]) },
  { name: "cars", nouns: new Set(["Auto"]) },
];
const LIST = kindList(KINDS, (k) => k.nouns, "nouns");

describe("firstKindChoice", () => {
  it("tries only the kinds the clause's other words call for, in the list's order", () => {
    const [ctx, drafts] = clause("schließen Auto Tür", ["schließen/verb", "Auto/noun", "Tür/noun"]);
    const tried: string[] = [];
    const choice = firstKindChoice(LIST, ctx, drafts, 0, (k) => {
      tried.push(k.name);
      return k.name === "books" ? { sense: { sense: 1, gloss: 0 } } : undefined;
    });
    expect(tried).toEqual(["doors", "books"]);
    expect(choice).toEqual({ sense: { sense: 1, gloss: 0 } });
  });

  it("counts a compound by its last part, and stops at the clause's end", () => {
    const [ctx, drafts] = clause("schließen Haustür, Auto", ["schließen/verb", "Haustür/noun/Tür", "Auto/noun"]);
    const tried: string[] = [];
    firstKindChoice(LIST, ctx, drafts, 0, (k) => void tried.push(k.name));
    expect(tried).toEqual(["doors", "books"]);
  });

  it("does not count the word itself, a name, or a verb where nouns call", () => {
    const [ctx, drafts] = clause("Tür Auto Tor", ["Tür/noun", "Auto/name", "Tor/verb"]);
    const tried: string[] = [];
    firstKindChoice(LIST, ctx, drafts, 0, (k) => void tried.push(k.name));
    expect(tried).toEqual([]);
  });

  it("tries no kind for a word with one sense", () => {
    const [ctx, drafts] = clause("schließen Tür", ["schließen/verb", "Tür/noun"]);
    const first = drafts[0];
    if (first) first.senses = [sense("only")];
    const tried: string[] = [];
    firstKindChoice(LIST, ctx, drafts, 0, (k) => void tried.push(k.name));
    expect(tried).toEqual([]);
  });

  it("reads verbs where the list's kinds are called by verbs", () => {
    const byVerb = kindList([{ name: "open", verbs: new Set(["öffnen"]) }], (k) => k.verbs, "verbs");
    const [ctx, drafts] = clause("Fenster öffnen", ["Fenster/noun", "öffnen/verb"]);
    const tried: string[] = [];
    firstKindChoice(byVerb, ctx, drafts, 0, (k) => void tried.push(k.name));
    expect(tried).toEqual(["open"]);
  });
});
