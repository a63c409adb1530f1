import { createServer } from "node:net";
import * as deepl from "deepl-node";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { TranslationError } from "@/lib/errors/translation-error";
import { type FakeDeepl, startFakeDeepl } from "@/tests/fake-deepl/server";
import {
  type DeeplConfig,
  deleteGlossary,
  getUsage,
  syncGlossary,
  type TranslateInput,
  type TranslationCache,
  translateSentences,
  translateWithCache,
} from "./deepl";

const KEY = "test-key";
let fake: FakeDeepl;
let config: DeeplConfig;

beforeAll(async () => {
  fake = await startFakeDeepl({ authKey: KEY });
  // Two attempts prove retries happen; deepl-node's first back-off is a fixed ~1 s.
  config = { authKey: KEY, serverUrl: fake.url, maxAttempts: 2, minTimeoutMs: 200 };
});
afterAll(() => fake.close());
beforeEach(async () => {
  await fake.reset();
  // Each test starts with an empty DeepL account (DeepL itself keeps glossaries, and so does reset()).
  fake.glossaries.clear();
  vi.unstubAllEnvs();
});

const input = (sentences: string[], extra: Partial<TranslateInput> = {}): TranslateInput => ({
  sentences,
  sourceLang: "de",
  targetLang: "en-GB",
  ...extra,
});
const translateCalls = () => fake.requests.filter((r) => r.path === "/v2/translate");
const sentTexts = () => translateCalls().flatMap((r) => r.params.text ?? []);

async function failure(promise: Promise<unknown>): Promise<TranslationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TranslationError);
  return error as TranslationError;
}

class MemoryCache implements TranslationCache {
  store = new Map<string, string>();
  async get(keys: string[]) {
    return new Map(keys.flatMap((k): [string, string][] => (this.store.has(k) ? [[k, this.store.get(k)!]] : [])));
  }
  async set(entries: [string, string][]) {
    for (const [k, v] of entries) this.store.set(k, v);
  }
}

describe("translateSentences", () => {
  it("keeps one translation per sentence in order and passes context and formality through", async () => {
    const out = await translateSentences(
      input(["Guten Morgen!", "  ", "Der Hund schläft.", "Ein unbekannter Satz."], {
        context: "Ein Text über Tiere.",
        formality: "prefer_less",
        targetLang: "en-US",
      }),
      config,
    );

    expect(out).toEqual(["Good morning!", "", "The dog sleeps.", "[EN-US] Ein unbekannter Satz."]);
    expect(translateCalls()).toHaveLength(1);
    const { params, authorization } = translateCalls()[0]!;
    expect(authorization).toBe(`DeepL-Auth-Key ${KEY}`);
    expect(params.text).toEqual(["Guten Morgen!", "Der Hund schläft.", "Ein unbekannter Satz."]);
    expect(params.context).toEqual(["Ein Text über Tiere."]);
    expect(params.formality).toEqual(["prefer_less"]);
    expect(params.source_lang).toEqual(["de"]);
    expect(params.target_lang).toEqual(["en-US"]);
  });

  it("sends hard formality as prefer_, which English targets accept", async () => {
    await expect(translateSentences(input(["Der Hund schläft."], { formality: "more" }), config)).resolves.toEqual([
      "The dog sleeps.",
    ]);
    expect(translateCalls()[0]!.params.formality).toEqual(["prefer_more"]);
  });

  it("sends nothing for no or only blank sentences", async () => {
    expect(await translateSentences(input([]), config)).toEqual([]);
    expect(await translateSentences(input(["", " "]), config)).toEqual(["", ""]);
    expect(fake.requests).toHaveLength(0);
  });

  it("splits long passages into requests of at most 50 sentences and keeps alignment", async () => {
    const sentences = Array.from({ length: 120 }, (_, i) => `Satz Nummer ${i}.`);
    const out = await translateSentences(input(sentences), config);

    expect(out).toEqual(sentences.map((s) => `[EN-GB] ${s}`));
    expect(translateCalls().map((r) => r.params.text?.length)).toEqual([50, 50, 20]);
  });
});

describe("glossaries", () => {
  const sentence = "Der Baumilliardär kauft das alte Haus.";

  it("creates a glossary that the translation applies", async () => {
    const id = await syncGlossary("Klasse 7a", { Baumilliardär: "property tycoon" }, undefined, config);
    expect(id).toBeTruthy();
    expect(fake.glossaries.get(id!)?.dictionaries).toEqual([
      { sourceLang: "de", targetLang: "en", entries: { Baumilliardär: "property tycoon" } },
    ]);

    const [withGlossary] = await translateSentences(input([sentence], { glossaryId: id! }), config);
    const [without] = await translateSentences(input([sentence]), config);
    expect(withGlossary).toBe("The property tycoon buys the old house.");
    expect(without).toBe("The building billionaire buys the old house.");
    expect(translateCalls()[0]!.params.glossary_id).toEqual([id]);
  });

  it("keeps the id while entries are unchanged and replaces the glossary when they change", async () => {
    const first = await syncGlossary("7a", { Baumilliardär: "property tycoon" }, undefined, config);
    expect(await syncGlossary("7a", { Baumilliardär: "property tycoon" }, first!, config)).toBe(first);

    const second = await syncGlossary("7a", { Baumilliardär: "real-estate mogul" }, first!, config);
    expect(second).not.toBe(first);
    expect([...fake.glossaries.keys()]).toEqual([second]);
    expect(await translateSentences(input(["Baumilliardär"], { glossaryId: second! }), config)).toEqual([
      "real-estate mogul",
    ]);

    expect(await syncGlossary("7a", {}, second!, config)).toBeNull();
    expect(fake.glossaries.size).toBe(0);
  });

  it("recreates a glossary that vanished and treats deleting a missing one as done", async () => {
    const id = await syncGlossary("7a", { Haus: "home" }, "no-such-glossary", config);
    expect(id && fake.glossaries.has(id)).toBe(true);
    await expect(deleteGlossary("no-such-glossary", config)).resolves.toBeUndefined();
  });

  it("reports an unknown glossary id as glossary_not_found (DeepL's 400)", async () => {
    const error = await failure(translateSentences(input([sentence], { glossaryId: "missing" }), config));
    expect(error.code).toBe("glossary_not_found");
    expect(translateCalls().map((r) => r.status)).toEqual([400]);
  });
});

describe("getUsage", () => {
  it("reports billed characters of the texts, not of the context", async () => {
    fake.usage.characterLimit = 1000;
    await translateSentences(
      input(["Guten Morgen!", "Der Hund schläft."], { context: "Sehr langer Kontext." }),
      config,
    );
    expect(await getUsage(config)).toEqual({ characterCount: 13 + 17, characterLimit: 1000 });
  });
});

describe("translateWithCache", () => {
  it("never sends a cached sentence again", async () => {
    const cache = new MemoryCache();
    const passage = input(["Guten Morgen!", "Der Hund schläft."], { context: "Kapitel 1" });

    const first = await translateWithCache(cache, passage, config);
    expect(first).toEqual(["Good morning!", "The dog sleeps."]);
    expect(cache.store.size).toBe(2);

    fake.requests.length = 0;
    expect(await translateWithCache(cache, passage, config)).toEqual(first);
    expect(fake.requests).toHaveLength(0);
  });

  it("sends only the misses, each once, and keeps alignment", async () => {
    const cache = new MemoryCache();
    await translateWithCache(cache, input(["Guten Morgen!"]), config);
    fake.requests.length = 0;

    const out = await translateWithCache(
      cache,
      input(["Die Katze schläft.", "Guten Morgen!", "", "Die Katze schläft."]),
      config,
    );
    expect(out).toEqual(["The cat sleeps.", "Good morning!", "", "The cat sleeps."]);
    expect(sentTexts()).toEqual(["Die Katze schläft."]);
  });

  it("does not share entries across target language, formality or glossary", async () => {
    const cache = new MemoryCache();
    await translateWithCache(cache, input(["Guten Morgen!"]), config);
    await translateWithCache(cache, input(["Guten Morgen!"], { targetLang: "en-US" }), config);
    await translateWithCache(cache, input(["Guten Morgen!"], { formality: "prefer_more" }), config);
    await translateWithCache(cache, input(["Guten Morgen!"], { glossaryId: await glossaryId() }), config);
    expect(translateCalls()).toHaveLength(4);
    expect(cache.store.size).toBe(4);
  });

  const glossaryId = async () => (await syncGlossary("g", { Morgen: "morning" }, undefined, config))!;
});

describe("errors", () => {
  const translate = (extra: DeeplConfig = {}) => translateSentences(input(["Guten Morgen!"]), { ...config, ...extra });

  it("not_configured without a key, before any request", async () => {
    vi.stubEnv("DEEPL_AUTH_KEY", undefined);
    expect((await failure(translateSentences(input(["Hallo"]), { serverUrl: fake.url }))).code).toBe("not_configured");
    expect(fake.requests).toHaveLength(0);
  });

  it("reads the key and server from the environment", async () => {
    vi.stubEnv("DEEPL_AUTH_KEY", KEY);
    vi.stubEnv("DEEPL_SERVER_URL", fake.url);
    expect(await translateSentences(input(["Guten Morgen!"]))).toEqual(["Good morning!"]);
  });

  it("auth for a wrong key (403) and in auth mode", async () => {
    expect((await failure(translate({ authKey: "wrong" }))).code).toBe("auth");
    await fake.setMode("auth");
    expect((await failure(translate())).code).toBe("auth");
    expect((await failure(getUsage(config))).code).toBe("auth");
  });

  it("quota for 456", async () => {
    await fake.setMode("quota");
    expect((await failure(translate())).code).toBe("quota");
    expect(translateCalls()).toHaveLength(1); // not retried
  });

  it("quota once the character limit would be passed", async () => {
    await fake.setMode("quota-after-N-chars");
    fake.usage.characterLimit = 20;
    expect(await translate()).toEqual(["Good morning!"]); // 13 characters
    expect((await failure(translate())).code).toBe("quota");
    expect(fake.usage.characterCount).toBe(13);
  });

  it("rate_limited after every attempt got 429", async () => {
    await fake.setMode("rate-limit");
    expect((await failure(translate())).code).toBe("rate_limited");
    expect(translateCalls().map((r) => r.status)).toEqual([429, 429]);
  });

  it("succeeds when only the first attempt got 429", async () => {
    await fake.setMode("rate-limit-once");
    expect(await translate()).toEqual(["Good morning!"]);
    expect(translateCalls().map((r) => r.status)).toEqual([429, 200]);
  });

  it("unavailable for 500 and 503, after retrying", async () => {
    await fake.setMode("server-error");
    expect((await failure(translate())).code).toBe("unavailable");
    expect(translateCalls().map((r) => r.status)).toEqual([500, 500]);

    await fake.setMode("unavailable");
    expect((await failure(translate({ maxAttempts: 1 }))).code).toBe("unavailable");
  });

  it("timeout when DeepL never answers", async () => {
    await fake.setMode("timeout");
    const started = Date.now();
    expect((await failure(translate({ maxAttempts: 1 }))).code).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("unavailable when connections are refused", async () => {
    await fake.setMode("down");
    expect((await failure(translate())).code).toBe("unavailable");
    expect(fake.requests).toHaveLength(0); // nothing got through, and deepl-node does not retry a refusal

    expect((await failure(translate({ serverUrl: `http://127.0.0.1:${await closedPort()}` }))).code).toBe(
      "unavailable",
    );
    await fake.setMode("ok");
    expect(await translate()).toEqual(["Good morning!"]);
  });
});

describe("fake DeepL server", () => {
  it("switches modes over HTTP for browser tests", async () => {
    const res = await fetch(`${fake.url}/__control`, { method: "POST", body: JSON.stringify({ mode: "quota" }) });
    expect(res.status).toBe(200);
    expect(fake.mode).toBe("quota");
    expect((await fetch(`${fake.url}/__health`)).status).toBe(200);
    const bad = await fetch(`${fake.url}/__control`, { method: "POST", body: JSON.stringify({ mode: "nope" }) });
    expect(bad.status).toBe(400);
  });

  it("accepts JSON bodies", async () => {
    const res = await fetch(`${fake.url}/v2/translate`, {
      method: "POST",
      headers: { Authorization: `DeepL-Auth-Key ${KEY}`, "Content-Type": "application/json" },
      body: JSON.stringify({ text: ["Das Haus ist groß.", "Hallo Welt"], target_lang: "EN-GB" }),
    });
    expect(await res.json()).toEqual({
      translations: [
        { detected_source_language: "DE", text: "The house is big.", billed_characters: 18 },
        { detected_source_language: "DE", text: "[EN-GB] Hallo Welt", billed_characters: 10 },
      ],
    });
  });

  it("answers 403 with DeepL's JSON error body", async () => {
    const res = await fetch(`${fake.url}/v2/usage`, { headers: { Authorization: "DeepL-Auth-Key wrong" } });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ message: expect.any(String) });
  });

  it("speaks the v2 glossary API, CSV included", async () => {
    const translator = new deepl.Translator(KEY, { serverUrl: fake.url, maxRetries: 1 });
    const info = await translator.createGlossaryWithCsv(
      "csv",
      "de",
      "en",
      Buffer.from('Haus,home\n"Stadt","town, big"'),
    );
    expect(info).toMatchObject({ name: "csv", sourceLang: "de", targetLang: "en", entryCount: 2, ready: true });
    expect((await translator.getGlossaryEntries(info.glossaryId)).entries()).toEqual({
      Haus: "home",
      Stadt: "town, big",
    });
    expect((await translator.listGlossaries()).map((g) => g.glossaryId)).toEqual([info.glossaryId]);
    expect(await translator.getGlossaryLanguagePairs()).toContainEqual({ sourceLang: "de", targetLang: "en" });
    await translator.deleteGlossary(info.glossaryId);
    await expect(translator.getGlossary(info.glossaryId)).rejects.toBeInstanceOf(deepl.GlossaryNotFoundError);
  });

  it("replaces a v3 dictionary in place", async () => {
    const client = new deepl.DeepLClient(KEY, { serverUrl: fake.url, maxRetries: 1 });
    const entries = (e: Record<string, string>) => ({
      sourceLangCode: "de",
      targetLangCode: "en",
      entries: new deepl.GlossaryEntries({ entries: e }),
    });
    const info = await client.createMultilingualGlossary("v3", [entries({ Haus: "house" })]);
    await client.replaceMultilingualGlossaryDictionary(info.glossaryId, entries({ Haus: "home" }));
    const dictionary = await client.getMultilingualGlossaryDictionaryEntries(info.glossaryId, "de", "en");
    expect(dictionary.entries.entries()).toEqual({ Haus: "home" });
  });

  it("rejects hard formality for English like DeepL does", async () => {
    const translator = new deepl.Translator(KEY, { serverUrl: fake.url, maxRetries: 1 });
    await expect(translator.translateText("Hallo", "de", "en-GB", { formality: "more" })).rejects.toThrow(/formality/);
  });
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
