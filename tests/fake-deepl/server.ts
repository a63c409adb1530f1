// A local stand-in for the DeepL HTTP API, shaped after what deepl-node 1.28 sends, so tests never
// reach (or pay) the real service. Run standalone for browser tests:
//   npx tsx tests/fake-deepl/server.ts --port 4599 [--auth-key KEY]
// and switch failure modes with `POST /__control {"mode": "quota"}`.
// Where DeepL's behaviour decides whether a bug shows, the fake follows it: glossaries belong to the
// key that created them and live until deleted (reset() keeps them); translating with an unknown
// glossary is 400 "Glossary not found" (the glossary endpoints say 404); the quota (456) and rate
// limit (429) hit translations only, /v2/usage keeps answering 200; "down" closes the listener, so
// connections are refused; every answer carries an X-Trace-ID, as DeepL's do.
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

export const FAKE_MODES = [
  "ok",
  "auth", // 403 for every call
  "rate-limit", // 429 for every translation
  "rate-limit-once", // 429 for the next translation, then "ok"
  "quota", // the character count is set to the limit: 456 for every translation
  "quota-after-N-chars", // translations succeed until usage.characterLimit would be passed, then 456
  "server-error", // 500
  "unavailable", // 503
  "timeout", // accept the request and never answer
  "down", // the listener is closed: connections are refused (in-process only: setMode, not /__control)
] as const;
export type FakeMode = (typeof FAKE_MODES)[number];

export interface RecordedRequest {
  method: string;
  path: string;
  /** Query and body fields; repeated fields (`text`) keep every value in order. */
  params: Record<string, string[]>;
  authorization?: string;
  /** Unset while the request is unanswered (timeout). */
  status?: number;
  /** The X-Trace-ID header of the answer. */
  traceId: string;
}

export interface FakeDictionary {
  sourceLang: string;
  targetLang: string;
  entries: Record<string, string>;
}

export interface FakeGlossary {
  id: string;
  /** The key that created it: DeepL glossaries belong to one account. */
  authKey: string;
  name: string;
  creationTime: string;
  dictionaries: FakeDictionary[];
}

export interface FakeDeeplOptions {
  port?: number;
  host?: string;
  authKey?: string;
  /** More keys the fake accepts, each its own account for glossaries (a key change). */
  otherAuthKeys?: string[];
  characterLimit?: number;
}

export interface FakeDeepl {
  url: string;
  close(): Promise<void>;
  requests: RecordedRequest[];
  readonly mode: FakeMode;
  /** Resolves once the mode holds ("down" closes the listener, leaving it opens it again on the same port). */
  setMode(mode: FakeMode): Promise<void>;
  usage: { characterCount: number; characterLimit: number };
  /** Every account's glossaries by id; deleting one here is DeepL deleting or expiring it. */
  glossaries: Map<string, FakeGlossary>;
  /** Back to "ok", no requests, zero usage. Glossaries stay, as at DeepL. */
  reset(): Promise<void>;
}

export const FAKE_DEEPL_AUTH_KEY = "fake-deepl-key";
const DEFAULT_CHARACTER_LIMIT = 500_000;

// Lower-cased German words and phrases; a text made only of these (and glossary terms) gets a
// real-looking translation, anything else the marker "[EN-GB] <text>".
const LEXICON: Record<string, string> = {
  "guten morgen": "good morning",
  "wie geht es dir": "how are you",
  "wie geht es ihnen": "how are you",
  der: "the",
  die: "the",
  das: "the",
  ein: "a",
  eine: "a",
  alte: "old",
  neue: "new",
  haus: "house",
  hund: "dog",
  katze: "cat",
  stadt: "city",
  kauft: "buys",
  schläft: "sleeps",
  ist: "is",
  groß: "big",
  klein: "small",
  und: "and",
  baumilliardär: "building billionaire",
};

type Params = Record<string, string[]>;
type Reply = { status: number; body?: unknown; contentType?: string };

const json = (status: number, body?: unknown): Reply => ({ status, body });
const error = (status: number, message: string): Reply => json(status, { message });
const first = (params: Params, name: string): string | undefined => params[name]?.[0];

export async function startFakeDeepl(options: FakeDeeplOptions = {}): Promise<FakeDeepl> {
  const authKeys = new Set([options.authKey ?? FAKE_DEEPL_AUTH_KEY, ...(options.otherAuthKeys ?? [])]);
  const defaultLimit = options.characterLimit ?? DEFAULT_CHARACTER_LIMIT;
  let mode: FakeMode = "ok";
  const requests: RecordedRequest[] = [];
  const usage = { characterCount: 0, characterLimit: defaultLimit };
  const glossaries = new Map<string, FakeGlossary>();

  async function setMode(next: FakeMode) {
    if (!FAKE_MODES.includes(next)) throw new Error(`unknown fake DeepL mode: ${next}`);
    const wasDown = mode === "down";
    mode = next;
    // DeepL reports a used-up quota in /v2/usage as well: count = limit.
    if (next === "quota") usage.characterCount = Math.max(usage.characterCount, usage.characterLimit);
    if (next === "down" && !wasDown) await stopListening();
    if (next !== "down" && wasDown) await listen();
  }

  async function reset() {
    await setMode("ok");
    requests.length = 0;
    usage.characterCount = 0;
    usage.characterLimit = defaultLimit;
  }

  /** The caller's glossary: another account's is as unknown to DeepL as a deleted one. */
  function glossaryOf(key: string, id: string | undefined): FakeGlossary | undefined {
    const glossary = id ? glossaries.get(id) : undefined;
    return glossary?.authKey === key ? glossary : undefined;
  }

  function translate(params: Params, key: string): Reply {
    const texts = params.text ?? [];
    const target = first(params, "target_lang")?.toUpperCase();
    const source = first(params, "source_lang")?.toLowerCase();
    const formality = first(params, "formality");
    const glossaryId = first(params, "glossary_id");
    if (texts.length === 0 || !target) return error(400, "Parameter 'text' and 'target_lang' are required.");
    if (texts.length > 50) return error(413, "Too many texts in one request (limit 50).");
    // Like DeepL: English has no formality, only the prefer_ variants degrade silently.
    if ((formality === "more" || formality === "less") && target.startsWith("EN")) {
      return error(400, "'formality' is not supported for given 'target_lang'.");
    }
    let terms: Record<string, string> = {};
    if (glossaryId) {
      if (!source) return error(400, "Use of a glossary requires the 'source_lang' parameter.");
      const glossary = glossaryOf(key, glossaryId);
      // DeepL answers 400 here (404 only on the glossary endpoints), which deepl-node reports as a bad request.
      if (!glossary) return error(400, "Glossary not found");
      const dictionary = glossary.dictionaries.find(
        (d) => d.sourceLang === source && d.targetLang === target.split("-")[0]!.toLowerCase(),
      );
      if (!dictionary) return error(400, "Glossary does not match the language pair.");
      terms = dictionary.entries;
    }
    // `context` is not billed, as with DeepL.
    const billed = texts.map((t) => t.length);
    const total = billed.reduce((a, b) => a + b, 0);
    if (mode === "quota-after-N-chars" && usage.characterCount + total > usage.characterLimit) {
      return error(456, "Quota exceeded.");
    }
    usage.characterCount += total;
    return json(200, {
      translations: texts.map((text, i) => ({
        detected_source_language: (source ?? "de").toUpperCase(),
        text: fakeTranslate(text, target, terms),
        billed_characters: billed[i],
      })),
    });
  }

  function createGlossary(key: string, name: string | undefined, dictionaries: FakeDictionary[]): FakeGlossary | Reply {
    if (!name) return error(400, "Missing glossary name.");
    if (dictionaries.length === 0 || dictionaries.some((d) => Object.keys(d.entries).length === 0)) {
      return error(400, "Invalid glossary entries provided.");
    }
    const glossary = { id: randomUUID(), authKey: key, name, creationTime: new Date().toISOString(), dictionaries };
    glossaries.set(glossary.id, glossary);
    return glossary;
  }

  function route(method: string, path: string, params: Params, authKey: string): Reply {
    const [, version, resource, id, sub] = path.split("/");
    const glossary = glossaryOf(authKey, id);
    const mine = () => [...glossaries.values()].filter((g) => g.authKey === authKey);
    const key = `${method} /${version}/${resource}${id ? "/:id" : ""}${sub ? `/${sub}` : ""}`;
    switch (key) {
      case "POST /v2/translate":
        return translate(params, authKey);
      case "GET /v2/usage":
      case "POST /v2/usage":
        return json(200, { character_count: usage.characterCount, character_limit: usage.characterLimit });
      case "GET /v2/glossary-language-pairs":
        return json(200, {
          supported_languages: [
            { source_lang: "de", target_lang: "en" },
            { source_lang: "en", target_lang: "de" },
          ],
        });

      // v2: one language pair per glossary (Translator.createGlossary & co.)
      case "POST /v2/glossaries": {
        const created = createGlossary(authKey, first(params, "name"), [dictionaryFrom(params, "")]);
        return "status" in created ? created : json(201, v2Info(created));
      }
      case "GET /v2/glossaries":
        return json(200, { glossaries: mine().map(v2Info) });
      case "GET /v2/glossaries/:id":
        return glossary ? json(200, v2Info(glossary)) : error(404, "Glossary not found.");
      case "GET /v2/glossaries/:id/entries":
        if (!glossary) return error(404, "Glossary not found.");
        return {
          status: 200,
          body: toTsv(glossary.dictionaries[0]!.entries),
          contentType: "text/tab-separated-values",
        };
      case "DELETE /v2/glossaries/:id":
      case "DELETE /v3/glossaries/:id":
        return glossary && glossaries.delete(glossary.id) ? json(204) : error(404, "Glossary not found.");

      // v3: multilingual glossaries (DeepLClient.createMultilingualGlossary & co.)
      case "POST /v3/glossaries": {
        const created = createGlossary(authKey, first(params, "name"), dictionariesFrom(params));
        return "status" in created ? created : json(201, v3Info(created));
      }
      case "GET /v3/glossaries":
        return json(200, { glossaries: mine().map(v3Info) });
      case "GET /v3/glossaries/:id":
        return glossary ? json(200, v3Info(glossary)) : error(404, "Glossary not found.");
      case "PATCH /v3/glossaries/:id": {
        if (!glossary) return error(404, "Glossary not found.");
        glossary.name = first(params, "name") ?? glossary.name;
        for (const update of dictionariesFrom(params)) {
          const existing = findDictionary(glossary, update.sourceLang, update.targetLang);
          if (existing) Object.assign(existing.entries, update.entries);
          else glossary.dictionaries.push(update);
        }
        return json(200, v3Info(glossary));
      }
      case "GET /v3/glossaries/:id/entries": {
        if (!glossary) return error(404, "Glossary not found.");
        const dictionary = findDictionary(glossary, first(params, "source_lang"), first(params, "target_lang"));
        if (!dictionary) return error(404, "Glossary dictionary not found.");
        return json(200, {
          dictionaries: [{ ...v3Dictionary(dictionary), entries: toTsv(dictionary.entries), entries_format: "tsv" }],
        });
      }
      case "PUT /v3/glossaries/:id/dictionaries": {
        if (!glossary) return error(404, "Glossary not found.");
        const replacement = dictionaryFrom(params, "");
        glossary.dictionaries = glossary.dictionaries.filter(
          (d) => d !== findDictionary(glossary, replacement.sourceLang, replacement.targetLang),
        );
        glossary.dictionaries.push(replacement);
        return json(200, v3Dictionary(replacement));
      }
      case "DELETE /v3/glossaries/:id/dictionaries": {
        const dictionary =
          glossary && findDictionary(glossary, first(params, "source_lang"), first(params, "target_lang"));
        if (!glossary || !dictionary) return error(404, "Glossary dictionary not found.");
        glossary.dictionaries = glossary.dictionaries.filter((d) => d !== dictionary);
        return json(204);
      }
      default:
        return error(404, `Not found: ${method} ${path}`);
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://fake-deepl");
    const method = req.method ?? "GET";
    if (url.pathname === "/__health") return send(res, json(200, { ok: true }));
    if (url.pathname === "/__control") return control(req, res, method);

    let params: Params;
    try {
      params = await readParams(req, url);
    } catch {
      return send(res, error(400, "Malformed request body."));
    }
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      params,
      authorization: req.headers.authorization,
      traceId: randomUUID(),
    };
    requests.push(record);
    const reply = (r: Reply) => {
      record.status = r.status;
      send(res, r, record.traceId);
    };

    if (mode === "timeout") return; // close() drops the socket
    const key = req.headers.authorization?.replace(/^DeepL-Auth-Key /, "") ?? "";
    if (mode === "auth" || !authKeys.has(key)) {
      return reply(error(403, "Forbidden: invalid authentication key."));
    }
    // Characters are billed by translations only: usage and glossaries answer on.
    const billed = method === "POST" && url.pathname === "/v2/translate";
    if (billed && mode === "rate-limit-once") {
      mode = "ok";
      return reply(error(429, "Too many requests."));
    }
    if (billed && mode === "rate-limit") return reply(error(429, "Too many requests."));
    if (billed && mode === "quota") return reply(error(456, "Quota exceeded."));
    if (mode === "server-error") return reply(error(500, "Internal server error."));
    if (mode === "unavailable") return reply(error(503, "Service unavailable."));
    reply(route(method, url.pathname, params, key));
  }

  async function control(req: IncomingMessage, res: ServerResponse, method: string) {
    if (method === "POST") {
      let body: {
        mode?: string;
        characterCount?: number;
        characterLimit?: number;
        reset?: boolean;
        /** DeepL deleted or expired every glossary. */
        dropGlossaries?: boolean;
      };
      try {
        body = JSON.parse((await readBody(req)) || "{}");
      } catch {
        return send(res, error(400, "Control body must be JSON."));
      }
      if (body.reset) await reset();
      if (body.dropGlossaries) glossaries.clear();
      if (body.mode !== undefined) {
        // Over HTTP "down" would also take this control channel away.
        if (!FAKE_MODES.includes(body.mode as FakeMode) || body.mode === "down")
          return send(res, error(400, `Unknown mode; use one of ${FAKE_MODES.join(", ")} but down.`));
        await setMode(body.mode as FakeMode);
      }
      if (body.characterCount !== undefined) usage.characterCount = body.characterCount;
      if (body.characterLimit !== undefined) usage.characterLimit = body.characterLimit;
    }
    send(res, json(200, { mode, usage, requests, glossaries: [...glossaries.values()] }));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, error(500, e instanceof Error ? e.message : String(e)));
    });
  });
  let port = options.port ?? 0;
  const host = options.host ?? "127.0.0.1";
  async function listen() {
    server.listen(port, host);
    await once(server, "listening");
    port = (server.address() as AddressInfo).port;
  }
  async function stopListening() {
    const closed = new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
    // Also ends keep-alive and deliberately unanswered ("timeout") connections.
    server.closeAllConnections();
    await closed;
  }
  await listen();

  return {
    url: `http://${host}:${port}`,
    requests,
    usage,
    glossaries,
    get mode() {
      return mode;
    },
    setMode,
    reset,
    close: async () => {
      if (server.listening) await stopListening();
    },
  };
}

function fakeTranslate(text: string, target: string, glossaryTerms: Record<string, string>): string {
  const known = replaceTerms(text, { ...LEXICON, ...glossaryTerms });
  if (!known.untranslated) return /[.!?]$/.test(text.trim()) ? capitalize(known.text) : known.text;
  return `[${target}] ${replaceTerms(text, glossaryTerms).text}`;
}

/** Replaces whole-word (case-insensitive, longest first) terms; reports whether any letters were left over. */
function replaceTerms(text: string, terms: Record<string, string>): { text: string; untranslated: boolean } {
  const lookup = new Map(Object.entries(terms).map(([source, target]) => [source.toLowerCase(), target]));
  if (lookup.size === 0) return { text, untranslated: /\p{L}/u.test(text) };
  const alternatives = [...lookup.keys()]
    .sort((a, b) => b.length - a.length)
    .map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");
  const pattern = new RegExp(`(?<!\\p{L})(?:${alternatives})(?!\\p{L})`, "giu");
  return {
    text: text.replace(pattern, (match) => lookup.get(match.toLowerCase()) ?? match),
    untranslated: /\p{L}/u.test(text.replace(pattern, "")),
  };
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const baseLang = (lang: string | undefined) => (lang ?? "").split("-")[0]!.toLowerCase();

function parseEntries(text: string, format: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const [source, target] = format === "csv" ? parseCsvLine(line) : line.split("\t");
    if (source && target) entries[source] = target;
  }
  return entries;
}

// Enough CSV for glossary files: optional quotes, "" escapes a quote, extra columns ignored.
function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') field += line[++i];
    else if (c === '"') quoted = !quoted;
    else if (c === "," && !quoted) {
      fields.push(field);
      field = "";
    } else field += c;
  }
  return [...fields, field];
}

const toTsv = (entries: Record<string, string>) =>
  Object.entries(entries)
    .map(([source, target]) => `${source}\t${target}`)
    .join("\n");

/** v2 sends `source_lang`…, v3 sends `dictionaries[0].source_lang`…, PUT v3 sends the bare fields again. */
function dictionaryFrom(params: Params, prefix: string): FakeDictionary {
  const field = (name: string) => first(params, prefix + name) ?? "";
  return {
    sourceLang: baseLang(field("source_lang")),
    targetLang: baseLang(field("target_lang")),
    entries: parseEntries(field("entries"), field("entries_format") || "tsv"),
  };
}

function dictionariesFrom(params: Params): FakeDictionary[] {
  const dictionaries: FakeDictionary[] = [];
  for (let i = 0; `dictionaries[${i}].source_lang` in params; i++)
    dictionaries.push(dictionaryFrom(params, `dictionaries[${i}].`));
  return dictionaries;
}

function findDictionary(glossary: FakeGlossary, source: string | undefined, target: string | undefined) {
  return glossary.dictionaries.find((d) => d.sourceLang === baseLang(source) && d.targetLang === baseLang(target));
}

const v3Dictionary = (d: FakeDictionary) => ({
  source_lang: d.sourceLang,
  target_lang: d.targetLang,
  entry_count: Object.keys(d.entries).length,
});

const v3Info = (g: FakeGlossary) => ({
  glossary_id: g.id,
  name: g.name,
  creation_time: g.creationTime,
  dictionaries: g.dictionaries.map(v3Dictionary),
});

const v2Info = (g: FakeGlossary) => ({
  glossary_id: g.id,
  name: g.name,
  ready: true,
  creation_time: g.creationTime,
  ...v3Dictionary(g.dictionaries[0]!),
});

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Query string plus a form-urlencoded or JSON body, flattened the way DeepL reads both. */
async function readParams(req: IncomingMessage, url: URL): Promise<Params> {
  const params: Params = {};
  const add = (key: string, value: string) => {
    params[key] = [...(params[key] ?? []), value];
  };
  url.searchParams.forEach((value, key) => {
    add(key, value);
  });
  const body = await readBody(req);
  if (!body) return params;
  if (req.headers["content-type"]?.includes("application/json")) flattenJson(JSON.parse(body), "", add);
  else
    new URLSearchParams(body).forEach((value, key) => {
      add(key, value);
    });
  return params;
}

// {"text": ["a", "b"]} → text=a&text=b; {"dictionaries": [{"entries": …}]} → dictionaries[0].entries=…
function flattenJson(value: unknown, key: string, add: (key: string, value: string) => void) {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      if (item !== null && typeof item === "object") flattenJson(item, `${key}[${i}]`, add);
      else add(key, String(item));
    });
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) flattenJson(v, key ? `${key}.${k}` : k, add);
  } else if (value !== undefined && value !== null) {
    add(key, String(value));
  }
}

function send(res: ServerResponse, { status, body, contentType }: Reply, traceId?: string) {
  const trace = traceId ? { "X-Trace-ID": traceId } : {};
  if (body === undefined) return void res.writeHead(status, trace).end();
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, { ...trace, "Content-Type": contentType ?? "application/json; charset=utf-8" }).end(text);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "4599" },
      host: { type: "string", default: "127.0.0.1" },
      "auth-key": { type: "string" },
    },
  });
  // Falls back to the app's own key variable so app and fake agree without extra setup.
  const fake = await startFakeDeepl({
    port: Number(values.port),
    host: values.host,
    authKey: values["auth-key"] ?? process.env.DEEPL_AUTH_KEY,
  });
  console.log(`fake DeepL listening on ${fake.url}`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void fake.close().finally(() => process.exit(0)));
  }
}
