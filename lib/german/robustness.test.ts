// The engine never throws and stays linear: real sentences (the held-out Universal Dependencies text) and
// generated hostile tokens. Work is counted as lexicon calls, not timed: a quadratic step shows up as a
// ratio near 4 when the text doubles, whatever the machine's load.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { beforeEach, describe, expect, it } from "vitest";
import { analyseText } from "@/lib/passages/analyse-text";
import { analysePassage, analyseSentence, engineFaults } from "./analyse";
import { getLexicon, type Lexicon } from "./lexicon";
import { parseConllu } from "./tagger/conllu";
import { tokenize } from "./tokenize";

const HELD_OUT = join(process.cwd(), "data/ud-german/heldout.conllu.gz");

/** A small deterministic generator (mulberry32): the same hostile text on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GERMAN = ["der", "Airbus", "landet", "in", "Frankfurt", "und", "die", "Straße", "ist", "gesperrt", "weil"];
const EMOJI = ["😀", "👩‍👩‍👧", "🇩🇪", "❤️", "🚆"];
const SCRIPTS = ["Москва", "東京", "العربية", "Ελλάδα", "עברית", "हिन्दी"];

function hostileToken(next: () => number, i: number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] as T;
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜabcdefghijklmnopqrstuvwxyzäöüß";
  const word = (n: number) => Array.from({ length: n }, () => pick([...letters])).join("");
  switch (i % 9) {
    case 0:
      return `${pick(["A", "B", "R", "X", "ICE", "Typ"])}${Math.floor(next() * 1000)}${pick(["", "a", "X", "-B"])}`;
    case 1:
      return Array.from({ length: 1 + Math.floor(next() * 12) }, () => word(1 + Math.floor(next() * 6))).join("-");
    case 2:
      return pick(EMOJI) + pick(["", word(4)]);
    case 3:
      return pick(SCRIPTS) + pick(["straße", "er", "", "-Gipfel"]);
    case 4:
      return `${word(3)}'${word(2)}`;
    case 5:
      return word(5 + Math.floor(next() * 30));
    case 6:
      return word(1).toUpperCase() + word(4 + Math.floor(next() * 10));
    case 7:
      return pick(["-", "--", "…", "„", "“", "’", "%", "§", "&"]);
    default:
      return pick(GERMAN);
  }
}

function hostileText(n: number, seed: number, punctuate = true): string {
  const next = random(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(hostileToken(next, i));
    if (punctuate && i % 12 === 11) out.push(".");
  }
  return out.join(" ");
}

/** A lexicon that counts the lookups made through it. */
function countingLexicon(): { lex: Lexicon; calls: () => number } {
  let calls = 0;
  const base = getLexicon();
  const lex = new Proxy(base, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        calls++;
        return value.apply(receiver, args);
      };
    },
  });
  return { lex, calls: () => calls };
}

function workFor(text: string): number {
  const { lex, calls } = countingLexicon();
  const paragraphs = [{ kind: "body" as const, lang: "de" as const, sentences: [text] }];
  analysePassage({ paragraphs }, lex);
  return calls();
}

beforeEach(() => {
  engineFaults.length = 0;
});

describe("the engine never throws", () => {
  it.each([
    "Der Airbus A380 landet in Frankfurt.",
    "Die B96 ist zwischen Zittau und Löbau gesperrt.",
    "Der R429 fährt nicht.",
    "A---------------------------------- B",
    "ÄÖÜ ÄÖÜ-ÄÖÜ ß-ß-ß",
  ])("analyses %s without a fault", (sentence) => {
    const words = analyseSentence(tokenize(sentence), sentence);
    expect(engineFaults).toEqual([]);
    expect(words.filter(Boolean).length).toBeGreaterThan(0);
  });

  // 10,000 words: seconds alone, but half a minute on a busy 2-core machine. This checks faults, not speed
  // (npm run bench does), so it has room.
  it("gives every token of the held-out treebank text an analysis", { timeout: 180_000 }, () => {
    const sentences = parseConllu(gunzipSync(readFileSync(HELD_OUT)).toString("utf8"));
    expect(sentences.length).toBeGreaterThan(500);
    // Imported as pasted text, in pieces below the importer's size limit.
    let words = 0;
    for (let i = 0; i < sentences.length; i += 100) {
      const text = sentences
        .slice(i, i + 100)
        .map((s) => s.text)
        .join("\n\n");
      for (const p of analyseText(text).paragraphs)
        for (const s of p.sentences) {
          s.tokens.forEach((t, k) => {
            if (t.type === "word") expect(s.words[k]?.lemma).toBeTruthy();
          });
          words += s.words.filter(Boolean).length;
        }
    }
    expect(engineFaults).toEqual([]);
    expect(words).toBeGreaterThan(7_000);
  });

  it("analyses generated hostile tokens: codes, hyphen chains, emoji, mixed scripts", () => {
    for (let seed = 1; seed <= 5; seed++) analyseText(hostileText(400, seed));
    expect(engineFaults).toEqual([]);
  });

  it("analyses 10,000-character words", () => {
    for (const w of ["a", "Ä", "Haus", "ge", "-x", "🙂"]) {
      const long = w.repeat(Math.ceil(10_000 / w.length));
      const text = `Das ${long} ist ${long[0]?.toUpperCase()}${long.slice(1)}.`;
      const words = analyseSentence(tokenize(text), text);
      expect(words.filter(Boolean).length).toBeGreaterThan(1);
    }
    expect(engineFaults).toEqual([]);
  });
});

describe("the engine's work grows linearly with the text", () => {
  it("doubling a text of sentences at most doubles the lookups (plus slack)", () => {
    // Different seeds: the second text must not be the first one's memoised words again.
    const ratio = workFor(hostileText(4000, 7)) / workFor(hostileText(2000, 8));
    expect(ratio).toBeLessThan(2.3);
    expect(ratio).toBeGreaterThan(1.2);
  });

  it("doubling one long sentence without punctuation at most doubles the lookups", () => {
    const ratio = workFor(hostileText(3000, 9, false)) / workFor(hostileText(1500, 10, false));
    expect(ratio).toBeLessThan(2.3);
  });

  it("doubling a word's length does not quadruple its lookups", () => {
    const ratio = workFor(`Das ${"Hausboot".repeat(200)} ist da.`) / workFor(`Das ${"Hausboot".repeat(100)} ist da.`);
    expect(ratio).toBeLessThan(2.3);
  });
});
