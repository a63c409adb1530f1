"use client";
import { type TextareaHTMLAttributes, useLayoutEffect, useRef } from "react";

/**
 * A textarea as tall as its text. CSS `field-sizing: content` does it where supported; elsewhere the
 * height follows scrollHeight after each change. Never shorter than `rows`.
 */
export function GrowingTextarea(props: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const { value } = props;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the height follows the text, so re-measure when it changes
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box || CSS.supports("field-sizing", "content")) return;
    box.style.height = "auto";
    box.style.height = `${box.scrollHeight + 2}px`;
  }, [value]);
  return <textarea ref={ref} {...props} style={{ ...props.style, fieldSizing: "content" } as React.CSSProperties} />;
}
