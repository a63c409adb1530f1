// DeepL failures as the real service produces them (played by the fake, which follows DeepL's documented
// behaviour; deepl-node is the client), and the one log line each leaves: kind, HTTP status and DeepL's
// request id (X-Trace-ID), never the key or the text.
import * as deepl from "deepl-node";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type FakeDeepl, startFakeDeepl } from "@/tests/fake-deepl/server";
import { type DeeplConfig, getUsage, syncGlossary, translateSentences } from "./deepl";

const KEY = "failures-key-1";
const OTHER_KEY = "failures-key-2";
const SECRET_TEXT = "Der geheime Hund schläft.";
let fake: FakeDeepl;
let config: DeeplConfig;
let logged: Record<string, unknown>[];

beforeAll(async () => {
  fake = await startFakeDeepl({ authKey: KEY, otherAuthKeys: [OTHER_KEY] });
  config = { authKey: KEY, serverUrl: fake.url, maxAttempts: 1, minTimeoutMs: 200 };
});
afterAll(() => fake.close());
beforeEach(async () => {
  await fake.reset();
  logged = [];
  // The logger writes JSON lines to process.stdout; collect them as they are written.
  const write = process.stdout.write.bind(process.stdout);
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    for (const line of chunk.toString().split("\n")) {
      if (line.startsWith("{")) logged.push(JSON.parse(line) as Record<string, unknown>);
      else if (line) write(`${line}\n`);
    }
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

const translate = (extra: Partial<DeeplConfig> = {}, glossaryId?: string) =>
  translateSentences(
    { sentences: [SECRET_TEXT], sourceLang: "de", targetLang: "en-GB", glossaryId },
    {
      ...config,
      ...extra,
    },
  );
const failures = () => logged.filter((line) => line.event === "deepl_failure");
const lastTraceId = () => fake.requests.at(-1)?.traceId;

describe("each DeepL failure is logged once with its kind, status and request id", () => {
  const answered: [Parameters<FakeDeepl["setMode"]>[0], string, number][] = [
    ["auth", "auth", 403],
    ["quota", "quota", 456],
    ["rate-limit", "rate_limited", 429],
    ["server-error", "unavailable", 500],
    ["unavailable", "unavailable", 503],
  ];

  it.each(answered)("%s → %s, HTTP %i", async (mode, kind, status) => {
    await fake.setMode(mode);
    await expect(translate()).rejects.toMatchObject({ code: kind });
    expect(failures()).toEqual([
      expect.objectContaining({
        level: "warn",
        operation: "translate",
        kind,
        status,
        requestId: lastTraceId(),
        msg: "DeepL request failed",
      }),
    ]);
    expect(lastTraceId()).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("a timeout and a refused connection: no status, no request id", async () => {
    await fake.setMode("timeout");
    await expect(translate()).rejects.toMatchObject({ code: "timeout" });
    await fake.setMode("down");
    await expect(translate()).rejects.toMatchObject({ code: "unavailable" });
    expect(failures()).toEqual([
      expect.objectContaining({ kind: "timeout", status: null, requestId: null }),
      expect.objectContaining({
        kind: "unavailable",
        status: null,
        requestId: null,
        reason: expect.stringContaining("ECONNREFUSED"),
      }),
    ]);
  });

  it("an unknown glossary: DeepL's 400 Glossary not found", async () => {
    await expect(translate({}, "3f1c9a52-0000-4000-8000-000000000000")).rejects.toMatchObject({
      code: "glossary_not_found",
    });
    expect(failures()).toEqual([
      expect.objectContaining({ kind: "glossary_not_found", status: 400, requestId: lastTraceId() }),
    ]);
  });

  it("never logs the key or the text", async () => {
    for (const mode of ["auth", "quota", "server-error"] as const) {
      await fake.setMode(mode);
      await translate().catch(() => undefined);
    }
    await fake.setMode("ok");
    await translate({ authKey: "wrong-secret-key" }).catch(() => undefined);
    expect(failures()).toHaveLength(4);
    const text = JSON.stringify(logged);
    expect(text).not.toContain(KEY);
    expect(text).not.toContain("wrong-secret-key");
    expect(text).not.toContain("geheime");
  });

  it("nothing is logged when DeepL answers", async () => {
    expect(await translate()).toEqual(["[EN-GB] Der geheime Hund schläft."]);
    expect(failures()).toEqual([]);
  });
});

describe("the fake behaves as DeepL does", () => {
  it("keeps answering /v2/usage with 200 when the quota is used up or requests are rate-limited", async () => {
    fake.usage.characterLimit = 120;
    await fake.setMode("quota");
    expect(await getUsage(config)).toEqual({ characterCount: 120, characterLimit: 120 });
    await fake.setMode("rate-limit");
    expect(await getUsage(config)).toEqual({ characterCount: 120, characterLimit: 120 });
  });

  it("rate-limits and bills translations only: glossaries can still be made", async () => {
    await fake.setMode("rate-limit");
    expect(await syncGlossary("limited", { Hund: "hound" }, undefined, config)).toBeTruthy();
    await fake.setMode("quota");
    expect(await syncGlossary("quota", { Hund: "hound" }, undefined, config)).toBeTruthy();
  });

  it("refuses connections while down and listens again on the same port afterwards", async () => {
    await fake.setMode("down");
    await expect(fetch(`${fake.url}/__health`)).rejects.toMatchObject({ cause: { code: "ECONNREFUSED" } });
    await fake.setMode("ok");
    expect((await fetch(`${fake.url}/__health`)).status).toBe(200);
  });

  it("keeps glossaries per key and across reset until they are deleted", async () => {
    const id = (await syncGlossary("per key", { Hund: "hound" }, undefined, config))!;
    await fake.reset();
    expect(await translate({}, id)).toEqual(["[EN-GB] Der geheime hound schläft."]);

    // Another key is another account: the id means nothing there.
    const other = new deepl.DeepLClient(OTHER_KEY, { serverUrl: fake.url, maxRetries: 1 });
    await expect(other.getMultilingualGlossary(id)).rejects.toBeInstanceOf(deepl.GlossaryNotFoundError);
    expect((await other.listMultilingualGlossaries()).map((g) => g.glossaryId)).not.toContain(id);
    await expect(translate({ authKey: OTHER_KEY }, id)).rejects.toMatchObject({ code: "glossary_not_found" });
    await expect(other.deleteMultilingualGlossary(id)).rejects.toBeInstanceOf(deepl.GlossaryNotFoundError);

    // Deleted (or expired) at DeepL, over the control channel the browser tests use.
    const res = await fetch(`${fake.url}/__control`, {
      method: "POST",
      body: JSON.stringify({ dropGlossaries: true }),
    });
    expect(res.status).toBe(200);
    await expect(translate({}, id)).rejects.toMatchObject({ code: "glossary_not_found" });
  });

  it("does not offer down over HTTP, which would cut its own control channel", async () => {
    const res = await fetch(`${fake.url}/__control`, { method: "POST", body: JSON.stringify({ mode: "down" }) });
    expect(res.status).toBe(400);
    expect(fake.mode).toBe("ok");
  });
});
