import { describe, expect, it } from "vitest";
import { readTextUpTo } from "./request-body";

function streamOf(parts: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const part of parts) controller.enqueue(encoder.encode(part));
      controller.close();
    },
  });
}

function post(body: BodyInit | null, headers: Record<string, string> = {}) {
  return new Request("http://localhost/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);
}

describe("readTextUpTo", () => {
  it("returns the whole body when it fits, multi-byte characters split across chunks included", async () => {
    const text = "Größe: 5 – “ok”";
    const bytes = new TextEncoder().encode(text);
    const parts = [bytes.slice(0, 3), bytes.slice(3)];
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const part of parts) controller.enqueue(part);
        controller.close();
      },
    });
    expect(await readTextUpTo(post(body), bytes.byteLength)).toBe(text);
  });

  it("returns an empty string for a request without a body", async () => {
    expect(await readTextUpTo(post(null), 10)).toBe("");
  });

  it("refuses a declared length over the limit without reading the body", async () => {
    let pulled = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled = true;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    expect(await readTextUpTo(post(body, { "content-length": "2048" }), 1024)).toBeNull();
    expect(pulled).toBe(false);
  });

  it("stops at the limit for a body that declares no length", async () => {
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1000;
        controller.enqueue(new Uint8Array(1000));
      },
    });
    expect(await readTextUpTo(post(endless), 4096)).toBeNull();
    expect(sent).toBeLessThan(10_000);
    expect(await readTextUpTo(post(streamOf(["a".repeat(4096)])), 4096)).toHaveLength(4096);
    expect(await readTextUpTo(post(streamOf(["a".repeat(4097)])), 4096)).toBeNull();
  });
});
