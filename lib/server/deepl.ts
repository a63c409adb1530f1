import "server-only";
import { createHash } from "node:crypto";
import * as deepl from "deepl-node";
import { readEnv } from "@/lib/env";
import { TranslationError, type TranslationErrorCode } from "@/lib/errors/translation-error";
import { type DeeplExchange, recordExchange } from "./deepl-exchange";
import { logger } from "./logger";

export type Formality = "default" | "more" | "less" | "prefer_more" | "prefer_less";

export interface DeeplConfig {
  /** Defaults to DEEPL_AUTH_KEY. */
  authKey?: string;
  /** Defaults to DEEPL_SERVER_URL; when unset deepl-node picks api(-free).deepl.com from the key. */
  serverUrl?: string;
  /** Attempts per request, retries included (429, 5xx and dropped connections are retried). */
  maxAttempts?: number;
  /** Lower bound for each attempt's timeout in ms; deepl-node never waits less than ~1 s. */
  minTimeoutMs?: number;
}

export interface TranslateInput {
  sentences: string[];
  context?: string;
  formality?: Formality;
  glossaryId?: string;
  sourceLang: "de";
  targetLang: "en-GB" | "en-US";
}

export interface TranslationCache {
  get(keys: string[]): Promise<Map<string, string>>;
  set(entries: [string, string][]): Promise<void>;
}

// DeepL takes at most 50 texts and 128 KiB per request; the character cap leaves room for
// form-encoding, which turns each umlaut into six bytes.
const MAX_TEXTS_PER_REQUEST = 50;
const MAX_CHARS_PER_REQUEST = 20_000;
// Glossaries are per language, not per region: one de→en glossary serves en-GB and en-US.
const GLOSSARY_SOURCE = "de";
const GLOSSARY_TARGET = "en";

function createClient(config: DeeplConfig = {}): deepl.DeepLClient {
  const env = readEnv();
  const authKey = config.authKey ?? env.DEEPL_AUTH_KEY;
  if (!authKey) throw new TranslationError("not_configured", "DEEPL_AUTH_KEY is not set");
  return new deepl.DeepLClient(authKey, {
    serverUrl: config.serverUrl ?? env.DEEPL_SERVER_URL,
    // deepl-node gives up once its attempt count reaches `maxRetries`, so the option counts
    // attempts, not retries (maxRetries: 1 means no retry at all).
    maxRetries: config.maxAttempts ?? 3,
    minTimeout: config.minTimeoutMs ?? 10_000,
    sendPlatformInfo: false,
  });
}

/** Translates each sentence separately; output[i] belongs to sentences[i]. */
export async function translateSentences(input: TranslateInput, config?: DeeplConfig): Promise<string[]> {
  const client = createClient(config);
  const output = input.sentences.map(() => "");
  // DeepL rejects empty texts, so blank sentences stay blank without a request.
  const pending = input.sentences.flatMap((text, index) => (text.trim() ? [{ text, index }] : []));
  for (const batch of chunk(pending)) {
    const texts = batch.map((item) => item.text);
    const results = await call("translate", () =>
      client.translateText(texts, input.sourceLang, input.targetLang, {
        context: input.context,
        formality: sentFormality(input.formality),
        glossary: input.glossaryId,
      }),
    );
    if (results.length !== texts.length) {
      throw new TranslationError(
        "unavailable",
        `DeepL returned ${results.length} translations for ${texts.length} texts`,
      );
    }
    batch.forEach((item, i) => {
      output[item.index] = results[i]!.text;
    });
  }
  return output;
}

/** Like translateSentences, but only sentences missing from the cache are sent (and paid for). */
export async function translateWithCache(
  cache: TranslationCache,
  input: TranslateInput,
  config?: DeeplConfig,
): Promise<string[]> {
  const keys = input.sentences.map((text) => translationCacheKey(text, input));
  const known = new Map(await cache.get([...new Set(keys)]));
  // A sentence repeated within a passage is sent once.
  const misses = new Map<string, string>();
  input.sentences.forEach((text, i) => {
    if (text.trim() && !known.has(keys[i]!)) misses.set(keys[i]!, text);
  });
  // Cache batch by batch, so a failure halfway through does not throw away what was paid for.
  for (const batch of chunk([...misses].map(([key, text]) => ({ key, text })))) {
    const translated = await translateSentences({ ...input, sentences: batch.map((m) => m.text) }, config);
    const entries = batch.map((m, i): [string, string] => [m.key, translated[i]!]);
    await cache.set(entries);
    for (const [key, text] of entries) known.set(key, text);
  }
  return input.sentences.map((text, i) => (text.trim() ? (known.get(keys[i]!) ?? "") : ""));
}

/**
 * Context is left out on purpose: it is the surrounding paragraph, so keying on it would stop
 * any reuse across passages. Bump the "v1" prefix to invalidate every cached translation.
 */
export function translationCacheKey(
  text: string,
  input: Pick<TranslateInput, "sourceLang" | "targetLang" | "formality" | "glossaryId">,
): string {
  const parts = [
    "v1",
    text,
    input.sourceLang,
    input.targetLang,
    sentFormality(input.formality) ?? "default",
    input.glossaryId ?? "",
  ];
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex");
}

export async function getUsage(config?: DeeplConfig): Promise<{ characterCount: number; characterLimit: number }> {
  const usage = await call("usage", () => createClient(config).getUsage());
  return { characterCount: usage.character?.count ?? 0, characterLimit: usage.character?.limit ?? 0 };
}

/**
 * Makes DeepL hold exactly `entries` and returns the glossary id to translate with (null when
 * there are no entries). Changed entries get a new glossary instead of an in-place replace:
 * cache keys include the glossary id, so keeping the id would keep serving translations made
 * with the old terms.
 */
export async function syncGlossary(
  name: string,
  entries: Record<string, string>,
  existingId?: string,
  config?: DeeplConfig,
): Promise<string | null> {
  const client = createClient(config);
  if (existingId && sameEntries(await currentEntries(client, existingId), entries)) return existingId;
  const created =
    Object.keys(entries).length === 0
      ? null
      : await call("glossary.create", () =>
          client.createMultilingualGlossary(name, [
            {
              sourceLangCode: GLOSSARY_SOURCE,
              targetLangCode: GLOSSARY_TARGET,
              entries: new deepl.GlossaryEntries({ entries }),
            },
          ]),
        );
  // The new glossary is live already; a leftover old one is harmless, losing the new id is not.
  if (existingId) await deleteGlossary(existingId, config).catch(() => undefined);
  return created?.glossaryId ?? null;
}

/** Whether DeepL still holds the glossary (false when deleted, expired, or made with another key). */
export async function glossaryExists(id: string, config?: DeeplConfig): Promise<boolean> {
  const client = createClient(config);
  try {
    await call("glossary.get", () => client.getMultilingualGlossary(id));
    return true;
  } catch (error) {
    if (isGlossaryNotFound(error)) return false;
    throw error;
  }
}

/** Deleting a glossary that is already gone counts as success. */
export async function deleteGlossary(id: string, config?: DeeplConfig): Promise<void> {
  const client = createClient(config);
  try {
    await call("glossary.delete", () => client.deleteMultilingualGlossary(id));
  } catch (error) {
    if (!isGlossaryNotFound(error)) throw error;
  }
}

/**
 * True when DeepL does not know the glossary: deleted, expired, or made with another key. Translating
 * with such an id is DeepL's 400 "Glossary not found"; the glossary endpoints answer 404.
 */
export function isGlossaryNotFound(error: unknown): boolean {
  return error instanceof TranslationError && error.code === "glossary_not_found";
}

async function currentEntries(client: deepl.DeepLClient, id: string): Promise<Record<string, string> | null> {
  try {
    const dictionary = await call("glossary.entries", () =>
      client.getMultilingualGlossaryDictionaryEntries(id, GLOSSARY_SOURCE, GLOSSARY_TARGET),
    );
    return dictionary.entries.entries();
  } catch (error) {
    if (isGlossaryNotFound(error)) return null;
    throw error;
  }
}

function sameEntries(a: Record<string, string> | null, b: Record<string, string>): boolean {
  return (
    a !== null && Object.keys(a).length === Object.keys(b).length && Object.entries(b).every(([k, v]) => a[k] === v)
  );
}

// English targets have no hard formality: DeepL answers "more"/"less" with 400, while the
// prefer_ variants fall back to the default. A teacher's preference must not break translation.
function sentFormality(formality: Formality | undefined): Formality | undefined {
  if (formality === "more") return "prefer_more";
  if (formality === "less") return "prefer_less";
  return formality;
}

function chunk<T extends { text: string }>(items: T[]): T[][] {
  const batches: T[][] = [];
  let batch: T[] = [];
  let chars = 0;
  for (const item of items) {
    if (
      batch.length === MAX_TEXTS_PER_REQUEST ||
      (batch.length > 0 && chars + item.text.length > MAX_CHARS_PER_REQUEST)
    ) {
      batches.push(batch);
      batch = [];
      chars = 0;
    }
    batch.push(item);
    chars += item.text.length;
  }
  return batch.length > 0 ? [...batches, batch] : batches;
}

/**
 * One deepl-node call: a failure becomes a TranslationError and one log line with its kind, DeepL's
 * HTTP status and X-Trace-ID (the request id DeepL's support asks for) and DeepL's reason. Never
 * the key or the texts: deepl-node's error objects carry the request, so they are not logged.
 */
async function call<T>(operation: string, request: () => Promise<T>): Promise<T> {
  const exchange: DeeplExchange = {};
  try {
    return await recordExchange(exchange, request);
  } catch (error) {
    const failure = toTranslationError(error);
    logger.warn(
      {
        event: "deepl_failure",
        operation,
        kind: failure.code,
        status: exchange.status ?? null,
        requestId: exchange.traceId ?? null,
        reason: reasonOf(error),
      },
      "DeepL request failed",
    );
    throw failure;
  }
}

/** deepl-node's message without the response body it appends for unexpected statuses. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split(", content: ")[0]!.slice(0, 300);
}

function toTranslationError(error: unknown): TranslationError {
  if (error instanceof TranslationError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new TranslationError(errorCode(error), message, { cause: error });
}

function errorCode(error: unknown): TranslationErrorCode {
  if (error instanceof deepl.GlossaryNotFoundError) return "glossary_not_found";
  if (error instanceof deepl.AuthorizationError) return "auth";
  if (error instanceof deepl.QuotaExceededError) return "quota";
  if (error instanceof deepl.TooManyRequestsError) return "rate_limited";
  if (error instanceof deepl.ConnectionError) {
    const code = (error.error as { code?: string } | undefined)?.code;
    return code === "ECONNABORTED" || code === "ETIMEDOUT" ? "timeout" : "unavailable";
  }
  if (!(error instanceof deepl.DeepLError)) return "unavailable";
  if (/^(Bad request|Not found), message: Glossary not found/i.test(error.message)) return "glossary_not_found";
  // deepl-node reports other HTTP statuses only in the message; 5xx and unreadable answers are
  // DeepL's fault, everything else (400, 404, 413, argument checks) is ours.
  return /^(Service unavailable|Unexpected status code: 5\d\d|Error parsing response)/.test(error.message)
    ? "unavailable"
    : "bad_request";
}
