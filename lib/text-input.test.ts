import { describe, expect, it } from "vitest";
import { cleanLine, cleanMultiline, hasControlCharacters, lineField, multilineField } from "./text-input";

describe("single-line text", () => {
  it("drops every bidi embedding, override and isolate control, so 'evil' cannot show as 'live'", () => {
    const controls = ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"];
    for (const control of controls) expect(cleanLine(`${control}evil${control}`)).toBe("evil");
    expect(cleanLine("Anna \u202Elive\u202C Schmidt")).toBe("Anna live Schmidt");
  });

  it("turns line breaks and tabs into spaces and drops other control characters", () => {
    expect(cleanLine(" German\nB1\tTuesday\r\n")).toBe("German B1 Tuesday");
    expect(cleanLine("Na\u0000me\u0007\u007F\u0085x")).toBe("Name x");
  });

  it("keeps umlauts, emoji, right-to-left letters and zero-width joiners", () => {
    for (const text of ["Jürgen Groß", "👩‍🏫 Klasse", "שלום", "مرحبا", "Fu\u00DFball"])
      expect(cleanLine(text)).toBe(text);
  });

  it("checks the length as sent, and the minimum after cleaning", () => {
    const field = lineField(10, 1);
    expect(field.safeParse("x".repeat(10)).success).toBe(true);
    expect(field.safeParse("x".repeat(11)).success).toBe(false);
    expect(field.safeParse("\u202E\u202C ").success).toBe(false);
    expect(field.parse(" \u2066Klasse\u2069 ")).toBe("Klasse");
  });
});

describe("multi-line text", () => {
  it("keeps line breaks and tabs, drops bidi and other control characters", () => {
    expect(cleanMultiline("eins\nzwei\tdrei\u202E\u0000")).toBe("eins\nzwei\tdrei");
    expect(multilineField(5).safeParse("x".repeat(6)).success).toBe(false);
  });
});

describe("control characters", () => {
  it("finds a NUL byte or another control, not line breaks", () => {
    expect(hasControlCharacters("a\u0000b")).toBe(true);
    expect(hasControlCharacters("a\u001Bb")).toBe(true);
    expect(hasControlCharacters("a\nb\tc")).toBe(false);
    expect(hasControlCharacters("Jürgen")).toBe(false);
  });
});
