"use client";
import { type RefObject, useCallback } from "react";
import type { WordData } from "@/lib/reading/word-data";
import { entryOf } from "./reader-dom";

/** Name of the CSS highlight (`::highlight(aligned-words)` in globals.css). */
const NAME = "aligned-words";

/** The DOM position of character `offset` of `root`'s text. */
function positionAt(root: Node, offset: number): [Node, number] | undefined {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (offset <= seen + length) return [node, offset - seen];
    seen += length;
  }
  return undefined;
}

/**
 * Lights the English words a German word was matched to (its `aligned` offsets in its sentence's
 * translation) with the CSS Custom Highlight API: no element is added to the server-rendered text.
 * Browsers without the API simply show no highlight.
 */
export function useAlignedHighlight(bodyRef: RefObject<HTMLElement | null>, words: WordData | null) {
  return useCallback(
    (word: HTMLElement | null) => {
      const registry = typeof CSS !== "undefined" ? CSS.highlights : undefined;
      if (!registry || typeof Highlight === "undefined") return;
      const aligned = word && words ? entryOf(words, word)?.aligned : undefined;
      const key = word?.closest<HTMLElement>(".s")?.dataset.s;
      const english =
        key && aligned?.length
          ? bodyRef.current?.querySelector<HTMLElement>(`.para-en .s[data-s="${CSS.escape(key)}"]`)
          : null;
      if (!english || !aligned) {
        registry.delete(NAME);
        return;
      }
      const text = english.textContent ?? "";
      const lead = text.length - text.trimStart().length;
      const starts = (english.dataset.segStarts ?? "0").split(",").map(Number);
      const ranges: Range[] = [];
      for (const w of aligned) {
        const base = lead + (starts[w.sentence] ?? 0);
        const from = positionAt(english, base + w.start);
        const to = positionAt(english, base + w.end);
        if (!from || !to) continue;
        const range = document.createRange();
        range.setStart(...from);
        range.setEnd(...to);
        ranges.push(range);
      }
      registry.set(NAME, new Highlight(...ranges));
    },
    [bodyRef, words],
  );
}
