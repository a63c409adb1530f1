// DOM helpers for the reader's server-rendered article: words are `.w` inside sentences `.s[data-s]`, the
// client reads them by event delegation instead of rendering them again.
import type { CardEntry } from "@/lib/german/types";
import type { WordData } from "@/lib/reading/word-data";

/** The German sentence as read: its text without the read-aloud button. */
export function germanText(sentence: HTMLElement): string {
  const copy = sentence.cloneNode(true) as HTMLElement;
  for (const button of copy.querySelectorAll("button")) button.remove();
  return copy.textContent?.trim() ?? "";
}

export function sentenceKeyOf(target: EventTarget | null): string | null {
  return (target as HTMLElement | null)?.closest?.<HTMLElement>(".s")?.dataset.s ?? null;
}

/** The German word at token `token` of sentence `key`. */
export function wordAt(root: ParentNode, key: string, token: number | string): HTMLElement | null {
  return root.querySelector<HTMLElement>(
    `.para-de .s[data-s="${CSS.escape(key)}"] .w[data-t="${CSS.escape(String(token))}"]`,
  );
}

/** The analysis behind a word element, or undefined for words the engine left alone. */
export function entryOf(words: WordData, word: HTMLElement): CardEntry | undefined {
  const key = word.closest<HTMLElement>(".s")?.dataset.s;
  const index = key ? words.sentences[key]?.[Number(word.dataset.t)] : undefined;
  return index === undefined || index < 0 ? undefined : words.entries[index];
}

/** Arrow keys, Home and End move the one tab stop from word to word (roving tabindex). */
export function nextWord(root: ParentNode, word: HTMLElement, key: string): HTMLElement | null {
  const step = key === "ArrowRight" || key === "ArrowDown" ? 1 : key === "ArrowLeft" || key === "ArrowUp" ? -1 : 0;
  if (!step && key !== "Home" && key !== "End") return null;
  const words = [...root.querySelectorAll<HTMLElement>(".w")];
  const index = words.indexOf(word);
  return (key === "Home" ? words[0] : key === "End" ? words.at(-1) : words[index + step]) ?? null;
}

/** The German sentences to read aloud in `root` (headings and body paragraphs), in reading order. */
export function germanSentences(root: ParentNode): { key: string; text: string }[] {
  return [
    ...root.querySelectorAll<HTMLElement>(".para--body .para-de .s[data-s], .para--heading .para-de .s[data-s]"),
  ].map((sentence) => ({ key: sentence.dataset.s ?? "", text: germanText(sentence) }));
}
