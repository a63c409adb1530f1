import { describe, expect, it } from "vitest";
import { handOffArticle, takeArticle } from "./article-handoff";

describe("article hand-off", () => {
  it("gives the server render the HTML the page left, under a key of its own", () => {
    const a = handOffArticle("<p>Jack Ma</p>");
    const b = handOffArticle("<p>Donald Trump</p>");
    expect(a).not.toBe(b);
    expect(takeArticle(a)).toBe("<p>Jack Ma</p>");
    // A second render of the same request finds it too.
    expect(takeArticle(a)).toBe("<p>Jack Ma</p>");
    expect(takeArticle(b)).toBe("<p>Donald Trump</p>");
    expect(takeArticle("unknown")).toBeUndefined();
  });

  it("keeps a bounded number: the oldest goes first", () => {
    const first = handOffArticle("first");
    for (let i = 0; i < 200; i++) handOffArticle(`page ${i}`);
    expect(takeArticle(first)).toBeUndefined();
  });
});
