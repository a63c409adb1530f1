"use client";
import { type RefObject, useCallback, useRef } from "react";

/** Highlights a German sentence and its English partner (same `data-s` key) by a class, without re-rendering. */
export function useSentenceHighlight(bodyRef: RefObject<HTMLElement | null>, className = "is-active") {
  const activeKey = useRef<string | null>(null);
  return useCallback(
    (key: string | null) => {
      const body = bodyRef.current;
      if (!body || key === activeKey.current) return;
      activeKey.current = key;
      for (const el of body.querySelectorAll(`.s.${className}`)) el.classList.remove(className);
      if (key) for (const el of body.querySelectorAll(`.s[data-s="${CSS.escape(key)}"]`)) el.classList.add(className);
    },
    [bodyRef, className],
  );
}
