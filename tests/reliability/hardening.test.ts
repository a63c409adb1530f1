// Hardening from the penetration test (issue 14): requests no browser sends get 400 or 404, never 500;
// every page gets its CSP, dots in the path or not; HSTS over https; every text field has a server-side
// length limit and loses bidi controls; imports and draft saves are limited in size and rate per account.
// Each case failed on the code before the fix.
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PASSAGE_LIMITS, RATE_LIMITS, TEXT_LIMITS } from "@/lib/limits";
import type { Session } from "../support/app-client";
import { type PgDatabase, pgDatabase, portFor, RUN, type RunningApp, startApp } from "./support/app";

let db: PgDatabase;
let app: RunningApp;
let learner: Session;
let teacher: Session;
const password = "hardening-Zugspitze-Wanderweg";
const RLO = "\u202E";
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

type Outcome = { ok: boolean; code?: string; passageId?: string; version?: string; id?: string };
type Result = { ok: boolean; error?: string; data?: Outcome };

function signUp(name: string, email: string, teacherAccount = false) {
  return fetch(`${app.base}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: app.base, "x-forwarded-for": `10.64.${RUN.length}.9` },
    body: JSON.stringify({ name, email, password, ...(teacherAccount ? { teachesClass: true } : {}) }),
  });
}

function updateUser(session: Session, body: string) {
  return fetch(`${app.base}/api/auth/update-user`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: app.base, cookie: session.cookie },
    body,
  });
}

async function nameOf(userId: string): Promise<string> {
  return (await db.query<{ name: string }>(`SELECT name FROM "user" WHERE id = $1`, [userId]))[0]!.name;
}

let accounts = 0;
async function newTeacher(): Promise<Session> {
  accounts += 1;
  return app.client.signUp({
    name: `Lehrerin ${accounts}`,
    email: `hardening-t${accounts}-${RUN}@example.test`,
    password,
    teacher: true,
    ip: `10.64.1.${accounts}`,
  });
}

const GERMAN = "Der Hund läuft schnell über die Straße. Die Katze schläft im Haus, und das Kind liest eine Zeitung.";

beforeAll(async () => {
  db = await pgDatabase(`hardening_${RUN}`);
  app = await startApp({ port: portFor(9), databaseUrl: db.url });
  learner = await app.client.signUp({
    name: "Lernerin",
    email: `hardening-l-${RUN}@example.test`,
    password,
    ip: "10.64.0.1",
  });
  teacher = await newTeacher();
});
afterAll(async () => app?.stop());

describe("requests no browser sends", () => {
  it.each(["/en/read/a%00.b", "/en/read/%ff", "/api/classes/a%00.b/export", "/de/join/%E0%A4%A", "/en/x.y%00"])(
    "%s: 400 or 404, not a server error",
    async (url) => {
      for (const session of [null, learner, teacher]) {
        const response = await app.client.get(url, session);
        expect([400, 404], `${url}: ${response.status} ${response.text.slice(0, 120)}`).toContain(response.status);
      }
    },
  );

  it("two Origin headers on a server action: 400, and nothing saved", async () => {
    const ref = app.client.action("lib/classes/actions.ts#createClassAction");
    const name = `Zwei Origins ${RUN}`;
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        `${app.base}/en/classes`,
        {
          method: "POST",
          headers: {
            "next-action": ref.id,
            "content-type": "text/plain;charset=UTF-8",
            accept: "text/x-component",
            cookie: teacher.cookie,
          },
        },
        (response) => {
          response.resume();
          response.on("end", () => resolve(response.statusCode ?? 0));
        },
      );
      // An array sends the header twice; Node's server joins the two values with ", ".
      req.setHeader("origin", [app.base, app.base]);
      req.on("error", reject);
      req.end(JSON.stringify([{ name }]));
    });
    expect(status).toBe(400);
    expect(await db.query(`SELECT id FROM "Classroom" WHERE name = $1`, [name])).toEqual([]);
  });

  it("a NUL byte in the name through update-user: 400, and the name is unchanged", async () => {
    const response = await updateUser(learner, JSON.stringify({ name: "Lern\u0000erin" }));
    expect(response.status).toBe(400);
    expect(await nameOf(learner.userId)).toBe("Lernerin");
  });
});

describe("the proxy sees every page", () => {
  it("a page whose path has a dot gets the Content-Security-Policy", async () => {
    const response = await app.client.get("/en/join/ABC.DEF", learner);
    expect(response.status).toBeLessThan(500);
    expect(response.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  });

  it("static assets are still served without it", async () => {
    const home = await app.client.get("/en");
    const script = /<script[^>]*src="(\/_next\/static\/[^"]+\.js)"/.exec(home.text)![1]!;
    const asset = await app.client.get(script);
    expect(asset.status).toBe(200);
    expect(asset.headers.get("content-security-policy")).toBeNull();
    expect((await app.client.get("/favicon.ico")).status).toBe(200);
  });
});

describe("HSTS", () => {
  it("is sent when the request came over https (as the proxy in front says), not over http", async () => {
    for (const url of ["/en", "/api/vocabulary/export?format=csv"]) {
      const https = await app.client.get(url, learner, { headers: { "x-forwarded-proto": "https" } });
      expect(https.headers.get("strict-transport-security"), url).toBe("max-age=63072000; includeSubDomains");
      const http = await app.client.get(url, learner);
      expect(http.headers.get("strict-transport-security"), url).toBeNull();
    }
  });
});

describe("display names", () => {
  it("sign-up refuses a name over the limit with 400 and creates no account", async () => {
    const email = `long-name-${RUN}@example.test`;
    const response = await signUp("x".repeat(TEXT_LIMITS.displayName + 1), email);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { code?: string }).code).toBe("NAME_TOO_LONG");
    expect(await db.query(`SELECT id FROM "user" WHERE email = $1`, [email])).toEqual([]);
    const huge = await signUp("x".repeat(1_000_000), `huge-name-${RUN}@example.test`);
    expect(huge.status).toBe(400);
  });

  it("sign-up stores the name without bidi controls", async () => {
    const response = await signUp(`${RLO}evil\u2066 Name`, `bidi-${RUN}@example.test`);
    expect(response.status).toBe(200);
    const { user } = (await response.json()) as { user: { id: string; name: string } };
    expect(user.name).toBe("evil Name");
    expect(await nameOf(user.id)).toBe("evil Name");
  });

  it("sign-up refuses a name of bidi controls and spaces only", async () => {
    expect((await signUp(`${RLO} \u202C`, `empty-name-${RUN}@example.test`)).status).toBe(400);
  });

  it("update-user refuses a name over the limit and cleans a name with bidi controls", async () => {
    const long = await updateUser(learner, JSON.stringify({ name: "y".repeat(3_000_000) }));
    expect(long.status).toBe(400);
    expect(await nameOf(learner.userId)).toBe("Lernerin");
    const image = await updateUser(learner, JSON.stringify({ image: `https://x.example/${"i".repeat(3_000_000)}` }));
    expect(image.status).toBe(400);
    const bidi = await updateUser(learner, JSON.stringify({ name: `Lern${RLO}erin` }));
    expect(bidi.status).toBe(200);
    expect(await nameOf(learner.userId)).toBe("Lernerin");
  });
});

describe("text fields", () => {
  it("a class name loses its bidi controls; one over the limit is invalid input", async () => {
    const created = await app.client.call<Result>(teacher, "lib/classes/actions.ts#createClassAction", {
      name: `Klasse ${RLO}B1`,
    });
    expect(created.result?.ok, created.text.slice(0, 200)).toBe(true);
    const rows = await db.query<{ name: string }>(`SELECT name FROM "Classroom" WHERE id = $1`, [
      created.result!.data!.id,
    ]);
    expect(rows[0]!.name).toBe("Klasse B1");
    const long = await app.client.call<Result>(teacher, "lib/classes/actions.ts#createClassAction", {
      name: "k".repeat(TEXT_LIMITS.className + 1),
    });
    expect(long.result).toMatchObject({ ok: false, error: "invalid_input" });
  });

  it("a passage title and a saved word's meaning, note and tags lose their bidi controls", async () => {
    const imported = await app.client.call<Result>(teacher, "lib/teacher-passages/actions.ts#importPassageAction", {
      title: `Titel ${RLO}lebe`,
      text: GERMAN,
      translate: false,
    });
    expect(imported.result?.data?.ok, imported.text.slice(0, 200)).toBe(true);
    const [passage] = await db.query<{ title: string }>(`SELECT title FROM "Passage" WHERE id = $1`, [
      imported.result!.data!.passageId,
    ]);
    expect(passage!.title).toBe("Titel lebe");

    const saved = await app.client.call<Result>(learner, "lib/vocabulary/actions.ts#saveWord", {
      lemma: "Hund",
      surface: "Hund",
      pos: "noun",
      gloss: `dog${RLO}`,
    });
    expect(saved.result?.ok, saved.text.slice(0, 200)).toBe(true);
    const edited = await app.client.call<Result>(learner, "lib/vocabulary/actions.ts#updateVocabularyItem", {
      id: saved.result!.data!.id,
      note: `eins${RLO}\nzwei`,
      tags: [`\u2067tag`],
    });
    expect(edited.result?.ok, edited.text.slice(0, 200)).toBe(true);
    const [item] = await db.query<Record<string, unknown>>(`SELECT * FROM "VocabularyItem" WHERE id = $1`, [
      saved.result!.data!.id,
    ]);
    expect(JSON.stringify(item)).not.toMatch(BIDI);
  });
});

describe("passage size", () => {
  const paragraphs = (count: number) => Array.from({ length: count }, (_, i) => `Der Hund Nummer ${i} läuft schnell.`);

  it("an import of too many paragraphs is refused with its own code", async () => {
    const author = await newTeacher();
    const text = paragraphs(PASSAGE_LIMITS.paragraphs + 1).join("\n\n");
    expect(text.length).toBeLessThan(PASSAGE_LIMITS.characters);
    const response = await app.client.call<Result>(author, "lib/teacher-passages/actions.ts#importPassageAction", {
      title: "Zu viele Absätze",
      text,
      translate: false,
    });
    expect(response.result?.data, response.text.slice(0, 200)).toMatchObject({
      ok: false,
      code: "too_many_paragraphs",
    });
  });

  it("an import of too many sentences is refused with its own code", async () => {
    const author = await newTeacher();
    const text = Array.from({ length: PASSAGE_LIMITS.sentences + 1 }, () => "Ja.").join(" ");
    const response = await app.client.call<Result>(author, "lib/teacher-passages/actions.ts#importPassageAction", {
      title: "Zu viele Sätze",
      text,
      translate: false,
    });
    expect(response.result?.data, response.text.slice(0, 200)).toMatchObject({ ok: false, code: "too_many_sentences" });
  });

  it("a draft save of 2,000 paragraphs is refused before any work, and the draft is unchanged", async () => {
    const author = await newTeacher();
    const imported = await app.client.call<Result>(author, "lib/teacher-passages/actions.ts#importPassageAction", {
      title: "Entwurf",
      text: GERMAN,
      translate: false,
    });
    const passageId = imported.result!.data!.passageId!;
    const [{ updatedAt }] = (await db.query<{ updatedAt: Date }>(`SELECT "updatedAt" FROM "Passage" WHERE id = $1`, [
      passageId,
    ])) as [{ updatedAt: Date }];
    const draft = (count: number) => ({
      passageId,
      version: updatedAt.toISOString(),
      title: "Entwurf",
      titleEn: "",
      paragraphs: paragraphs(count).map((text) => ({
        kind: "BODY",
        lang: "de",
        sentences: [{ from: [], text, translation: [] }],
      })),
    });
    for (const count of [2_000, PASSAGE_LIMITS.paragraphs + 1]) {
      const response = await app.client.call<Result>(
        author,
        "lib/teacher-passages/actions.ts#saveDraftAction",
        draft(count),
        {
          params: { passageId },
        },
      );
      expect(response.status).toBe(200);
      expect(response.result?.ok === false ? response.result.error : response.result?.data?.code).toMatch(
        /^(invalid_input|too_many_paragraphs)$/,
      );
      expect(response.ms).toBeLessThan(5_000);
    }
    const stored = await db.query(`SELECT id FROM "Paragraph" WHERE "passageId" = $1`, [passageId]);
    expect(stored).toHaveLength(1);
  });
});

describe("rate limits per account", () => {
  it(`imports: ${RATE_LIMITS.passageImport.max} a minute, then rate_limited; another teacher is not affected`, async () => {
    const [busy, other] = [await newTeacher(), await newTeacher()];
    const importAs = (session: Session, i: number) =>
      app.client.call<Result>(session, "lib/teacher-passages/actions.ts#importPassageAction", {
        title: `Import ${i}`,
        text: GERMAN,
        translate: false,
      });
    for (let i = 0; i < RATE_LIMITS.passageImport.max; i++)
      expect((await importAs(busy, i)).result?.data?.ok, `import ${i}`).toBe(true);
    expect((await importAs(busy, 99)).result).toMatchObject({ ok: false, error: "rate_limited" });
    expect((await importAs(other, 0)).result?.data?.ok).toBe(true);
    const rows = await db.query(`SELECT id FROM "Passage" WHERE "authorId" = $1`, [busy.userId]);
    expect(rows).toHaveLength(RATE_LIMITS.passageImport.max);
  });

  it(`draft saves: ${RATE_LIMITS.draftSave.max} a minute, then rate_limited`, async () => {
    const author = await newTeacher();
    const imported = await app.client.call<Result>(author, "lib/teacher-passages/actions.ts#importPassageAction", {
      title: "Entwurf",
      text: GERMAN,
      translate: false,
    });
    const passageId = imported.result!.data!.passageId!;
    // A stale version: each save is refused as "changed" after the limit is counted, so the loop is quick.
    const save = () =>
      app.client.call<Result>(
        author,
        "lib/teacher-passages/actions.ts#saveDraftAction",
        {
          passageId,
          version: "2000-01-01T00:00:00.000Z",
          title: "Entwurf",
          titleEn: "",
          paragraphs: [{ kind: "BODY", lang: "de", sentences: [{ from: [], text: GERMAN, translation: [] }] }],
        },
        { params: { passageId } },
      );
    for (let i = 0; i < RATE_LIMITS.draftSave.max; i++)
      expect((await save()).result, `save ${i}`).toMatchObject({ ok: true, data: { ok: false, code: "changed" } });
    expect((await save()).result).toMatchObject({ ok: false, error: "rate_limited" });
  });
});
