// Reading an uploaded .txt in the browser before it goes into the text box. Pure.
import { MAX_IMPORT_CHARS } from "@/lib/passages/import-text";

export type TextFileError = "not_utf8" | "too_long" | "not_text";

/** UTF-8 takes at most 4 bytes per character; anything larger cannot fit the character limit. */
export const MAX_FILE_BYTES = MAX_IMPORT_CHARS * 4;

/** Decodes UTF-8 strictly: one invalid byte rejects the file instead of turning into "�". A BOM is dropped. */
export function decodeTextFile(
  name: string,
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; error: TextFileError } {
  if (!/\.(txt|text)$/i.test(name)) return { ok: false, error: "not_text" };
  if (bytes.byteLength > MAX_FILE_BYTES) return { ok: false, error: "too_long" };
  // NUL bytes are valid UTF-8 but never text: they mark UTF-16 without a BOM, or a binary file.
  if (bytes.includes(0)) return { ok: false, error: "not_utf8" };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: "not_utf8" };
  }
}
