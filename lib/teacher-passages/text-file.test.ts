import { describe, expect, it } from "vitest";
import { decodeTextFile, MAX_FILE_BYTES } from "./text-file";

const bytes = (...values: number[]) => new Uint8Array(values);

describe("decodeTextFile", () => {
  it("decodes UTF-8 and drops a BOM", () => {
    const text = "Grüße aus Köln";
    expect(decodeTextFile("a.txt", new TextEncoder().encode(`\uFEFF${text}`))).toEqual({ ok: true, text });
  });

  it("rejects Latin-1, UTF-16 and binary files as not UTF-8", () => {
    expect(decodeTextFile("latin1.txt", bytes(0x47, 0x72, 0xfc, 0xdf, 0x65))).toEqual({ ok: false, error: "not_utf8" }); // "Grüße" in ISO-8859-1
    expect(decodeTextFile("utf16.txt", bytes(0xff, 0xfe, 0x44, 0x00, 0x65, 0x00))).toEqual({
      ok: false,
      error: "not_utf8",
    });
    expect(decodeTextFile("utf16-nobom.txt", bytes(0x44, 0x00, 0x65, 0x00))).toEqual({ ok: false, error: "not_utf8" });
  });

  it("rejects other file types and files too large for one passage", () => {
    expect(decodeTextFile("text.docx", bytes(0x50, 0x4b))).toEqual({ ok: false, error: "not_text" });
    expect(decodeTextFile("big.TXT", new Uint8Array(MAX_FILE_BYTES + 1))).toEqual({ ok: false, error: "too_long" });
  });
});
