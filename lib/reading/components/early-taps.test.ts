import { describe, expect, it } from "vitest";
import { EARLY_TAP_SCRIPT, takeEarlyTap } from "./early-taps";

class FakeElement {
  constructor(
    readonly matches: string | null,
    public isConnected = true,
  ) {}
  closest(selector: string) {
    return selector === ".reader-text .w" && this.matches === "word" ? this : null;
  }
}

/** A window and document with just what the inline script and takeEarlyTap use. */
function page() {
  const listeners: ((event: { target: unknown }) => void)[] = [];
  const document = {
    addEventListener: (type: string, listener: (event: { target: unknown }) => void, capture: boolean) => {
      expect([type, capture]).toEqual(["click", true]);
      listeners.push(listener);
    },
  };
  const view = { HTMLElement: FakeElement } as unknown as Window;
  new Function("window", "document", EARLY_TAP_SCRIPT)(view, document);
  const tap = (target: unknown) => {
    for (const listener of listeners) listener({ target });
  };
  return { view, tap };
}

describe("early taps", () => {
  it("gives the reader the last word tapped before it ran, once", () => {
    const { view, tap } = page();
    const first = new FakeElement("word");
    const second = new FakeElement("word");
    tap(first);
    tap(new FakeElement(null)); // a tap beside the words keeps the word
    tap(second);
    expect(takeEarlyTap(view)).toBe(second);
    expect(takeEarlyTap(view)).toBeNull();
  });

  it("stops recording once the reader has taken over", () => {
    const { view, tap } = page();
    expect(takeEarlyTap(view)).toBeNull();
    tap(new FakeElement("word"));
    expect(takeEarlyTap(view)).toBeNull();
  });

  it("ignores a word no longer in the page, a target that is not an element, and a page without the script", () => {
    const gone = page();
    gone.tap(new FakeElement("word", false));
    expect(takeEarlyTap(gone.view)).toBeNull();
    const text = page();
    text.tap({});
    expect(takeEarlyTap(text.view)).toBeNull();
    expect(takeEarlyTap({ HTMLElement: FakeElement } as unknown as Window)).toBeNull();
  });
});
