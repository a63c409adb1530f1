// DeepL as the real server behaves, against the production build (deepl-node talking to the fake DeepL,
// which follows DeepL's documented behaviour), and what the server log then says:
// - a class glossary DeepL forgot is made again and the translation retried; the class page asks DeepL;
// - every DeepL failure is one JSON line with its kind, HTTP status and DeepL's request id, never the
//   key or the text;
// - every unexpected server error (a 500) in a server action, a route handler or a page is one JSON line.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeDeepl, type FakeMode, startFakeDeepl } from "@/tests/fake-deepl/server";
import type { Session } from "../support/app-client";
import { type PgDatabase, pgDatabase, portFor, RUN, type RunningApp, startApp } from "./support/app";

const KEY = `reliability-deepl-key-${RUN}`;
let fake: FakeDeepl;
let db: PgDatabase;
let app: RunningApp;
let teacher: Session;

type Line = Record<string, unknown> & { event?: string; level?: string };
/** The app's JSON log lines (anything else it prints is not ours). */
function logLines(): Line[] {
  return app
    .output()
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Line);
}
const linesAfter = (count: number) => logLines().slice(count);

function data<T>(response: { status: number; result?: { ok: boolean; data?: T; error?: string } }, what: string): T {
  if (!response.result?.ok) throw new Error(`${what} failed: ${response.status} ${JSON.stringify(response.result)}`);
  return response.result.data as T;
}

async function importText(text: string, classId?: string) {
  return data<{ ok: true; passageId: string; translation: { translated: number; remaining: number; error?: string } }>(
    await app.client.call(
      teacher,
      "lib/teacher-passages/actions.ts#importPassageAction",
      {
        title: `DeepL ${RUN}`,
        text,
        translate: true,
        ...(classId && { classId }),
      },
      // The import analyses in a worker at nice 19 (lib/passages/analyse-worker.ts): on a busy machine its first
      // run, which loads the lexicon, can outlast the client's default 30 s; the test waits on it, not on a clock.
      { timeoutMs: 100_000 },
    ),
    "import",
  );
}

beforeAll(async () => {
  fake = await startFakeDeepl({ authKey: KEY });
  db = await pgDatabase(`deepl_${RUN}`);
  app = await startApp({
    port: portFor(7),
    databaseUrl: db.url,
    env: { DEEPL_AUTH_KEY: KEY, DEEPL_SERVER_URL: fake.url },
  });
  teacher = await app.client.signUp({
    name: "DeepL Teacher",
    email: `deepl-t-${RUN}@example.test`,
    password: "deepl-Zugspitze-Wanderweg",
    teacher: true,
    ip: "10.63.0.1",
  });
});
afterAll(async () => {
  await app?.stop();
  await fake?.close();
  await db?.close();
});

describe("a class glossary DeepL forgot", () => {
  it("is made again from the stored entries, the translation retried, and the class page asks DeepL", async () => {
    const { id: classId } = data<{ id: string }>(
      await app.client.call(teacher, "lib/classes/actions.ts#createClassAction", { name: `Glossar ${RUN}` }),
      "createClass",
    );
    const saved = await app.client.call(
      teacher,
      "lib/classes/actions.ts#saveGlossaryAction",
      { classId, text: "Baumilliardär = property tycoon" },
      { params: { id: classId } },
    );
    expect(data(saved, "saveGlossary")).toEqual({ ok: true, entries: 1 });
    const classPage = () => app.client.get(`/en/classes/${classId}`, teacher).then((r) => r.text);
    expect(await classPage()).toContain("DeepL has this glossary.");

    // DeepL deletes or expires it: the next import gets 400 "Glossary not found".
    fake.glossaries.clear();
    const before = logLines().length;
    const { translation } = await importText(`Der Baumilliardär ${RUN} kauft das alte Haus.`, classId);
    expect(translation).toEqual({ translated: 1, remaining: 0 });
    const refused = fake.requests.find((r) => r.path === "/v2/translate" && r.status === 400);
    expect(refused).toBeDefined();
    expect(linesAfter(before)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          level: "warn",
          event: "deepl_failure",
          operation: "translate",
          kind: "glossary_not_found",
          status: 400,
          requestId: refused!.traceId,
        }),
        expect.objectContaining({ level: "info", event: "glossary_recreated", classId }),
      ]),
    );
    const retried = fake.requests.filter((r) => r.path === "/v2/translate").at(-1)!;
    expect(retried.status).toBe(200);
    expect([...fake.glossaries.keys()]).toEqual(retried.params.glossary_id);
    expect(await classPage()).toContain("DeepL has this glossary.");

    // Gone again: the class page says so instead of "synced".
    fake.glossaries.clear();
    expect(await classPage()).toContain("DeepL no longer had this glossary");
    expect(await classPage()).toContain("Not yet sent to DeepL.");
  });
});

describe("the server log", () => {
  const answered: [FakeMode, string, number][] = [
    ["auth", "auth", 403],
    ["quota", "quota", 456],
    ["rate-limit", "rate_limited", 429],
    ["server-error", "unavailable", 500],
  ];

  it.each(answered)("DeepL %s: one line with kind %s, HTTP %i and DeepL's request id", async (mode, kind, status) => {
    await fake.reset();
    await fake.setMode(mode);
    const before = logLines().length;
    const { translation } = await importText(`Ausfall ${mode} ${RUN}: Der Hund schläft.`);
    expect(translation).toMatchObject({ error: kind, translated: 0 });
    const failures = linesAfter(before).filter((line) => line.event === "deepl_failure");
    expect(failures).toEqual([
      expect.objectContaining({ kind, status, requestId: fake.requests.at(-1)!.traceId, operation: "translate" }),
    ]);
  });

  it("a refused connection: kind unavailable, no status, no request id", async () => {
    await fake.reset();
    await fake.setMode("down");
    try {
      const before = logLines().length;
      const { translation } = await importText(`Ausfall down ${RUN}: Die Katze schläft.`);
      expect(translation).toMatchObject({ error: "unavailable" });
      expect(linesAfter(before).filter((line) => line.event === "deepl_failure")).toEqual([
        expect.objectContaining({ kind: "unavailable", status: null, requestId: null }),
      ]);
    } finally {
      await fake.setMode("ok");
    }
  });

  it("never holds the key or a text sent to DeepL", () => {
    const log = logLines()
      .map((line) => JSON.stringify(line))
      .join("\n");
    expect(log).toContain("deepl_failure");
    expect(log).not.toContain(KEY);
    expect(log).not.toMatch(/schläft|Baumilliardär/);
  });

  it("every 500: a server action, a route handler and a page that fail unexpectedly", async () => {
    const { id: classId } = data<{ id: string }>(
      await app.client.call(teacher, "lib/classes/actions.ts#createClassAction", { name: `Fehler ${RUN}` }),
      "createClass",
    );
    // A table the code expects is missing: no error the app knows, so each boundary gives a 500.
    await db.query(`ALTER TABLE "Classroom" RENAME TO "Classroom_hidden"`);
    const before = logLines().length;
    try {
      const action = await app.client.call(teacher, "lib/classes/actions.ts#createClassAction", { name: "x" });
      expect(action.result).toEqual({ ok: false, error: "internal" });
      expect((await app.client.get(`/api/classes/${classId}/export`, teacher)).status).toBe(500);
      expect((await app.client.get(`/en/classes/${classId}`, teacher)).status).toBe(500);
    } finally {
      await db.query(`ALTER TABLE "Classroom_hidden" RENAME TO "Classroom"`);
    }
    const errors = linesAfter(before).filter((line) => line.level === "error");
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ event: "server_action_failed", code: "internal", err: expect.any(Object) }),
        expect.objectContaining({ event: "request_failed", method: "GET", routeType: "route" }),
        expect.objectContaining({ event: "request_failed", method: "GET", routeType: "render" }),
      ]),
    );
    for (const line of errors) expect(line.err).toMatchObject({ message: expect.stringContaining("Classroom") });
  });
});
