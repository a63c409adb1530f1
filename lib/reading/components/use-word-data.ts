"use client";
import { useEffect, useState } from "react";
import type { WordData } from "@/lib/reading/word-data";

/**
 * The passage's word data, fetched once after the text is shown (GET /api/passages/<id>/words?v=…). The
 * URL carries the content version, so the browser keeps the answer and a second visit costs nothing.
 * Null until it arrives or when it cannot be had (the text stays readable; cards wait for it).
 */
export function useWordData(url: string): WordData | null {
  const [words, setWords] = useState<WordData | null>(null);
  useEffect(() => {
    let current = true;
    const load = async (attempt: number): Promise<void> => {
      try {
        const response = await fetch(url);
        if (!response.ok) throw new Error(String(response.status));
        const data: unknown = await response.json();
        // Our own route's answer: a shape check, not a schema library in every reader's first load.
        if (!isWordData(data)) throw new Error("unexpected word data");
        if (current) setWords(data);
      } catch {
        // A dropped connection on a phone: try again a little later, a few times.
        if (current && attempt < 3) setTimeout(() => void load(attempt + 1), 1000 * 2 ** attempt);
      }
    };
    void load(0);
    return () => {
      current = false;
    };
  }, [url]);
  return words;
}

function isWordData(data: unknown): data is WordData {
  const value = data as Partial<WordData> | null;
  return Boolean(value && Array.isArray(value.entries) && value.sentences && typeof value.sentences === "object");
}
