// What every user-typed text goes through at the server boundary, beside its length limit (lib/limits).
// Bidirectional embedding and isolate controls (U+202A–U+202E, U+2066–U+2069) are removed everywhere a
// user types, so a name like "\u202Eevil" cannot show as "live" to someone else. Single-line fields
// (names, titles, tags, meanings, glossary terms) also lose every other control character, line breaks
// and tabs becoming spaces; multi-line ones (notes) keep their line breaks. Pure.
import { z } from "zod";

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
// C0 controls (NUL included), DEL and C1 controls: never meant as text.
const CONTROLS = /\p{Cc}/gu;
const CONTROLS_BUT_LINES = /(?![\t\n\r])\p{Cc}/gu;

export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, "");
}

/** One line of text: no bidi controls, no control characters, no line breaks, trimmed. */
export function cleanLine(text: string): string {
  return withoutBidiControls(text).replace(LINE_BREAKS, " ").replace(CONTROLS, "").trim();
}

/** Several lines of text: no bidi controls and no control characters but tab and line breaks, trimmed. */
export function cleanMultiline(text: string): string {
  return withoutBidiControls(text).replace(CONTROLS_BUT_LINES, "").trim();
}

/** True when the text holds a control character a single line may not carry (a NUL byte, for one). */
export function hasControlCharacters(text: string): boolean {
  return new RegExp(CONTROLS.source, "u").test(text.replace(LINE_BREAKS, " "));
}

/**
 * A single-line field of at most `max` characters as sent (so an oversized payload is refused before
 * any work on it), cleaned; `min` counts after cleaning, so a name of bidi controls alone is empty.
 */
export function lineField(max: number, min = 0) {
  return z.string().max(max).transform(cleanLine).pipe(z.string().min(min));
}

export function multilineField(max: number) {
  return z.string().max(max).transform(cleanMultiline);
}
