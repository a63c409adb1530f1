// Access: every page, route handler and server action of the built app, called as an anonymous visitor,
// as another learner and as another teacher, against one learner's and one teacher's data. Each gets
// 401 / 403 / 404 (or the sign-in redirect, or the typed action error) and none of the victims' data;
// the victims' rows are unchanged afterwards. The route and action lists are checked against app/ and
// lib/*/actions.ts, so a new route or action fails here until it is listed with its expectations.
// Also: the session cookie's flags, the security headers and CSP nonces, and cross-site action calls.
import { readdirSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nonceOf, styleHashSource } from "@/lib/security/headers";
import { type Session, sampleWord } from "../support/app-client";
import { routesInApp } from "../support/routes";
import { type PgDatabase, pgDatabase, portFor, RUN, type RunningApp, startApp } from "./support/app";

let db: PgDatabase;
let app: RunningApp;
let learner: Session; // the victim learner
let teacher: Session; // the victim teacher
let otherLearner: Session;
let otherTeacher: Session;
const ids = {
  classId: "",
  joinCode: "",
  draftId: "",
  publishedId: "",
  draftParagraphId: "",
  sentenceId: "",
  itemId: "",
  cardId: "",
  cardVersion: 0,
  logId: "",
  sessionId: "",
  ownTextId: "",
};
// Strings only the victims' own views may contain.
const SECRET = {
  word: `Geheimwort${RUN}`,
  className: `Geheimklasse ${RUN}`,
  draftTitle: `Geheimentwurf ${RUN}`,
  ownTitle: `Mein Geheimtext ${RUN}`,
  classTitle: `Veröffentlicht ${RUN}`,
};

function ok<T>(response: { status: number; result?: { ok: boolean; data?: T; error?: string } }, what: string): T {
  if (!response.result?.ok) throw new Error(`${what} failed: ${response.status} ${JSON.stringify(response.result)}`);
  return response.result.data as T;
}

beforeAll(async () => {
  db = await pgDatabase(`access_${RUN}`);
  app = await startApp({ port: portFor(5), databaseUrl: db.url });
  const c = app.client;
  const password = "access-Zugspitze-Wanderweg";
  [learner, teacher, otherLearner, otherTeacher] = await Promise.all([
    c.signUp({ name: "Victim Learner", email: `victim-l-${RUN}@example.test`, password, ip: "10.62.0.1" }),
    c.signUp({
      name: "Victim Teacher",
      email: `victim-t-${RUN}@example.test`,
      password,
      teacher: true,
      ip: "10.62.0.2",
    }),
    c.signUp({ name: "Other Learner", email: `other-l-${RUN}@example.test`, password, ip: "10.62.0.3" }),
    c.signUp({ name: "Other Teacher", email: `other-t-${RUN}@example.test`, password, teacher: true, ip: "10.62.0.4" }),
  ]);
  const created = ok<{ id: string; joinCode: string }>(
    await c.call(teacher, "lib/classes/actions.ts#createClassAction", { name: SECRET.className }),
    "createClass",
  );
  ids.classId = created.id;
  ids.joinCode = created.joinCode;
  const importAs = async (title: string) =>
    ok<{ passageId: string }>(
      await c.call(teacher, "lib/teacher-passages/actions.ts#importPassageAction", {
        title,
        text: "Der Hund schläft. Die Katze schläft.",
        translate: false,
      }),
      "import",
    ).passageId;
  ids.draftId = await importAs(SECRET.draftTitle);
  ids.publishedId = await importAs(SECRET.classTitle);
  ok(
    await c.call(
      teacher,
      "lib/teacher-passages/actions.ts#publishPassageAction",
      { passageId: ids.publishedId },
      { params: { passageId: ids.publishedId } },
    ),
    "publish",
  );
  ok(
    await c.call(teacher, "lib/classes/actions.ts#assignPassageAction", {
      classId: ids.classId,
      passageId: ids.publishedId,
      target: "READ_ALL",
    }),
    "assign",
  );
  ok(await c.call(learner, "lib/classes/actions.ts#joinClassAction", { code: ids.joinCode }), "join");
  ok(
    await c.call(learner, "lib/vocabulary/actions.ts#saveWord", {
      ...sampleWord(0),
      lemma: SECRET.word,
      surface: SECRET.word,
      passageId: ids.publishedId,
    }),
    "saveWord",
  );
  const [card] = await c.reviewCards(learner);
  ids.cardId = card!.cardId;
  ids.logId = ok<{ logId: string }>(
    await c.grade(learner, {
      cardId: ids.cardId,
      version: card!.version,
      grade: 3,
      mode: "recognition",
      durationMs: 1000,
    }),
    "grade",
  ).logId;
  ids.cardVersion = card!.version + 1;
  const own = ok<{ ok: boolean; passageId: string }>(
    await c.call(learner, "lib/library/actions.ts#importOwnTextAction", {
      title: SECRET.ownTitle,
      text: "Der Hund schläft. Die Katze schläft.",
      translate: false,
    }),
    "importOwnText",
  );
  ids.ownTextId = own.passageId;
  const rows = await db.query<{ item: string; draftParagraph: string; sentence: string; publishedParagraph: string }>(
    `SELECT (SELECT id FROM "VocabularyItem" WHERE "userId" = $1) AS item,
            (SELECT id FROM "Paragraph" WHERE "passageId" = $2 LIMIT 1) AS "draftParagraph",
            (SELECT s.id FROM "Sentence" s JOIN "Paragraph" p ON p.id = s."paragraphId" WHERE p."passageId" = $3 LIMIT 1) AS sentence,
            (SELECT id FROM "Paragraph" WHERE "passageId" = $3 LIMIT 1) AS "publishedParagraph"`,
    [learner.userId, ids.draftId, ids.publishedId],
  );
  ids.itemId = rows[0]!.item;
  ids.sessionId = (
    await db.query<{ id: string }>(`SELECT id FROM "session" WHERE "userId" = $1 LIMIT 1`, [learner.userId])
  )[0]!.id;
  ids.draftParagraphId = rows[0]!.draftParagraph;
  ids.sentenceId = rows[0]!.sentence;
  ok(
    await c.call(
      learner,
      "lib/reading/actions.ts#markParagraphRead",
      { paragraphId: rows[0]!.publishedParagraph, read: true },
      { params: { passageId: ids.publishedId } },
    ),
    "markRead",
  );
});
afterAll(async () => app?.stop());

/** Everything the attackers could have changed, to compare before and after. */
async function victimsData() {
  const mine = (sql: string) => db.query(sql, [learner.userId]);
  const taught = (sql: string) => db.query(sql, [teacher.userId]);
  return Promise.all([
    mine(`SELECT id, lemma, gloss, status, note, tags FROM "VocabularyItem" WHERE "userId" = $1 ORDER BY id`),
    mine(`SELECT id, version, due, state FROM "ReviewCard" WHERE "userId" = $1 ORDER BY id`),
    mine(`SELECT id, "cardId" FROM "ReviewLog" WHERE "userId" = $1 ORDER BY id`),
    mine(`SELECT "paragraphId" FROM "ReadingProgress" WHERE "userId" = $1 ORDER BY 1`),
    mine(`SELECT id FROM "session" WHERE "userId" = $1 ORDER BY id`),
    mine(`SELECT id, title, visibility FROM "Passage" WHERE "authorId" = $1 ORDER BY id`),
    mine(`SELECT id, surface, patch FROM "WordCorrection" WHERE "userId" = $1 ORDER BY id`),
    db.query(`SELECT "dailyNewLimit", "dailyGoal", role, name FROM "user" WHERE id IN ($1, $2) ORDER BY id`, [
      learner.userId,
      teacher.userId,
    ]),
    taught(
      `SELECT id, name, "closedAt", "glossaryEntries", "joinCode" FROM "Classroom" WHERE "teacherId" = $1 ORDER BY id`,
    ),
    taught(
      `SELECT e."classId", e."userId", e."removedAt" FROM "Enrollment" e JOIN "Classroom" c ON c.id = e."classId" WHERE c."teacherId" = $1 ORDER BY 1, 2`,
    ),
    taught(
      `SELECT a."passageId", a.target, a."dueAt" FROM "Assignment" a JOIN "Classroom" c ON c.id = a."classId" WHERE c."teacherId" = $1 ORDER BY 1`,
    ),
    taught(
      `SELECT id, title, "titleEn", status, visibility, "updatedAt" FROM "Passage" WHERE "authorId" = $1 ORDER BY id`,
    ),
    taught(`SELECT s.id, s.text, t.segments FROM "Sentence" s JOIN "Paragraph" p ON p.id = s."paragraphId" JOIN "Passage" g ON g.id = p."passageId"
       LEFT JOIN "SentenceTranslation" t ON t."sentenceId" = s.id WHERE g."authorId" = $1 ORDER BY s.id`),
  ]);
}

function expectNoSecrets(text: string, where: string) {
  for (const secret of [
    SECRET.word,
    SECRET.className,
    SECRET.draftTitle,
    SECRET.ownTitle,
    SECRET.classTitle,
    ids.joinCode,
    learner.email,
  ])
    expect(text.includes(secret), `${where} shows "${secret}"`).toBe(false);
}

// ─── Pages and route handlers ───

type Outcome = "200" | "sign-in" | "404" | "401" | "405" | "200/redirect";
type Who = "anonymous" | "other learner" | "other teacher";
interface RouteCase {
  path: () => string;
  expect: Record<Who, Outcome>;
  /** The victim whose own view of the path shows the secret (proves the negative results are not vacuous). */
  owner?: { as: () => Session; shows: string };
}

const signedIn = (outcome: Outcome): Record<Who, Outcome> => ({
  anonymous: "sign-in",
  "other learner": outcome,
  "other teacher": outcome,
});
const teacherOnly = (other: Outcome): Record<Who, Outcome> => ({
  anonymous: "sign-in",
  "other learner": "404",
  "other teacher": other,
});

const ROUTES: Record<string, RouteCase> = {
  "/[locale]": { path: () => "/en", expect: { anonymous: "200", "other learner": "200", "other teacher": "200" } },
  "/[locale]/[...rest]": {
    path: () => "/en/no/such/page",
    expect: { anonymous: "404", "other learner": "404", "other teacher": "404" },
  },
  "/[locale]/sign-in": {
    path: () => "/en/sign-in",
    expect: { anonymous: "200", "other learner": "200/redirect", "other teacher": "200/redirect" },
  },
  "/[locale]/sign-up": {
    path: () => "/de/sign-up",
    expect: { anonymous: "200", "other learner": "200/redirect", "other teacher": "200/redirect" },
  },
  "/[locale]/read/[passageId]": {
    path: () => `/en/read/${ids.draftId}`,
    expect: { anonymous: "404", "other learner": "404", "other teacher": "404" },
    owner: { as: () => teacher, shows: SECRET.draftTitle },
  },
  "/[locale]/library": {
    path: () => "/en/library",
    expect: signedIn("200"),
    owner: { as: () => learner, shows: SECRET.ownTitle },
  },
  "/[locale]/vocabulary": {
    path: () => "/en/vocabulary",
    expect: signedIn("200"),
    owner: { as: () => learner, shows: SECRET.word },
  },
  "/[locale]/review": { path: () => "/en/review", expect: signedIn("200") },
  "/[locale]/progress": { path: () => "/de/progress", expect: signedIn("200") },
  "/[locale]/settings": { path: () => "/en/settings", expect: signedIn("200") },
  "/[locale]/classes/joined": {
    path: () => "/en/classes/joined",
    expect: signedIn("200"),
    owner: { as: () => learner, shows: SECRET.className },
  },
  "/[locale]/join/[code]": { path: () => "/en/join/WRONG-CODE", expect: signedIn("200") },
  "/[locale]/classes": {
    path: () => "/en/classes",
    expect: teacherOnly("200"),
    owner: { as: () => teacher, shows: SECRET.className },
  },
  "/[locale]/classes/[id]": {
    path: () => `/en/classes/${ids.classId}`,
    expect: teacherOnly("404"),
    owner: { as: () => teacher, shows: SECRET.className },
  },
  "/[locale]/classes/passages/new": { path: () => "/en/classes/passages/new", expect: teacherOnly("200") },
  "/[locale]/classes/passages/[passageId]": {
    path: () => `/en/classes/passages/${ids.draftId}`,
    expect: teacherOnly("404"),
    owner: { as: () => teacher, shows: SECRET.draftTitle },
  },
  "/api/vocabulary/export": {
    path: () => "/api/vocabulary/export?format=csv",
    expect: { anonymous: "401", "other learner": "200", "other teacher": "200" },
    owner: { as: () => learner, shows: SECRET.word },
  },
  "/api/passages/[passageId]/words": {
    path: () => `/api/passages/${ids.draftId}/words`,
    expect: { anonymous: "404", "other learner": "404", "other teacher": "404" },
    owner: { as: () => teacher, shows: "Katze" },
  },
  // The article's HTML for a client-side navigation to the reader: found only where the reader is.
  "/api/passages/[passageId]/article": {
    path: () => `/api/passages/${ids.draftId}/article?locale=en`,
    expect: { anonymous: "404", "other learner": "404", "other teacher": "404" },
    owner: { as: () => teacher, shows: "Katze" },
  },
  "/api/classes/[id]/export": {
    path: () => `/api/classes/${ids.classId}/export`,
    expect: { anonymous: "401", "other learner": "404", "other teacher": "404" },
    owner: { as: () => teacher, shows: "victim-l-" },
  },
  // An import's progress: only its author's imports are found; for anyone else it is "unknown".
  "/api/imports/[key]": {
    path: () => "/api/imports/0123456789abcdef0123456789abcdef",
    expect: { anonymous: "401", "other learner": "200", "other teacher": "200" },
  },
  // POST only (the review page grades there; checked under "grading over HTTP" below): GET is 405 for all.
  "/api/review/grade": {
    path: () => "/api/review/grade",
    expect: { anonymous: "405", "other learner": "405", "other teacher": "405" },
  },
  // For load balancers: states only (tests/integration/health.test.ts), the same for everyone.
  "/api/health": {
    path: () => "/api/health",
    expect: { anonymous: "200", "other learner": "200", "other teacher": "200" },
  },
  // better-auth's handler: the session endpoint answers for the caller only (null for visitors).
  "/api/auth/[...all]": {
    path: () => "/api/auth/get-session",
    expect: { anonymous: "200", "other learner": "200", "other teacher": "200" },
  },
};

const as = (who: Who): Session | null =>
  who === "anonymous" ? null : who === "other learner" ? otherLearner : otherTeacher;

function outcomeOf(status: number, location: string | null): Outcome | string {
  if (status === 307 || status === 303 || status === 302)
    return location?.includes("/sign-in") ? "sign-in" : `redirect to ${location}`;
  return String(status);
}

describe("pages and route handlers", () => {
  it("lists every route in app/", () => {
    expect(routesInApp().sort()).toEqual(Object.keys(ROUTES).sort());
  });

  describe.each(Object.entries(ROUTES))("%s", (_route, route) => {
    it.each(["anonymous", "other learner", "other teacher"] as const)("as %s", async (who) => {
      const response = await app.client.get(route.path(), as(who));
      const outcome = outcomeOf(response.status, response.headers.get("location"));
      const wanted = route.expect[who];
      if (wanted === "200/redirect")
        expect(["200", "sign-in"].includes(outcome) || String(outcome).startsWith("redirect")).toBe(true);
      else expect(outcome).toBe(wanted);
      expectNoSecrets(response.text, `${route.path()} as ${who}`);
    });

    if (route.owner) {
      it("shows the data to its owner", async () => {
        const response = await app.client.get(route.path(), route.owner!.as());
        expect(response.status).toBe(200);
        expect(response.text).toContain(route.owner!.shows);
      });
    }
  });

  // The reader's route is listed with a draft above; a learner's own text and a class's private passage
  // are as closed to everyone but their readers.
  it.each([
    ["a learner's own text", () => ids.ownTextId, () => learner, SECRET.ownTitle],
    ["a class's private passage", () => ids.publishedId, () => learner, SECRET.classTitle],
  ] as const)("/[locale]/read/[passageId]: %s is 404 for everyone else", async (_what, id, reader, title) => {
    for (const who of ["anonymous", "other learner", "other teacher"] as const) {
      const response = await app.client.get(`/en/read/${id()}`, as(who));
      expect(response.status, who).toBe(404);
      expectNoSecrets(response.text, `/en/read/${id()} as ${who}`);
    }
    const own = await app.client.get(`/de/read/${id()}`, reader());
    expect(own.status).toBe(200);
    expect(own.text).toContain(title);
  });

  it("better-auth's account endpoints refuse visitors and never show another account", async () => {
    expect((await app.client.get("/api/auth/list-sessions")).status).toBe(401);
    const own = await app.client.get("/api/auth/get-session", otherLearner);
    expect(JSON.parse(own.text)).toMatchObject({ user: { id: otherLearner.userId } });
    expectNoSecrets(own.text, "get-session");
    const update = await fetch(`${app.base}/api/auth/update-user`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: app.base, cookie: otherLearner.cookie },
      body: JSON.stringify({ role: "TEACHER" }),
    });
    expect(update.status).toBeGreaterThanOrEqual(400);
    expect((await db.query(`SELECT role FROM "user" WHERE id = $1`, [otherLearner.userId]))[0]).toEqual({
      role: "LEARNER",
    });
  });

  it("better-auth's account changes need a session, and one account cannot end another's session", async () => {
    const post = (path: string, body: unknown, session: Session | null) =>
      fetch(`${app.base}/api/auth/${path}`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          origin: app.base,
          ...(session ? { cookie: session.cookie } : {}),
        },
        body: JSON.stringify(body),
      });
    const changes: [string, unknown][] = [
      ["update-user", { name: "Anonymous" }],
      [
        "change-password",
        { currentPassword: "access-Zugspitze-Wanderweg", newPassword: "another-Zugspitze-Wanderweg" },
      ],
      ["change-email", { newEmail: "taken@example.test" }],
      ["delete-user", {}],
      ["revoke-sessions", {}],
    ];
    for (const [path, body] of changes) expect((await post(path, body, null)).status, path).toBe(401);
    const victimToken = decodeURIComponent(/session_token=([^;]+)/.exec(learner.cookie)![1]!).split(".")[0];
    await post("revoke-session", { token: victimToken }, otherLearner);
    const victim = JSON.parse((await app.client.get("/api/auth/get-session", learner)).text) as {
      user?: { id: string };
    } | null;
    expect(victim?.user?.id).toBe(learner.userId);
  });
});

// ─── Server actions ───

type ActionOutcome = "unauthenticated" | "forbidden" | "not_found" | "own";
interface ActionCase {
  input: () => unknown;
  params?: () => Record<string, string>;
  /** What another learner and another teacher get; anonymous callers always get "unauthenticated". */
  learner: ActionOutcome;
  teacher: ActionOutcome;
}

const grade = () => ({ cardId: ids.cardId, version: ids.cardVersion, grade: 1, mode: "recognition", durationMs: 1000 });
const draftParams = () => ({ passageId: ids.draftId });
const ownTextParams = () => ({ passageId: ids.ownTextId });
const T = { learner: "forbidden", teacher: "not_found" } as const; // teacher actions on the victim teacher's rows
const L = { learner: "not_found", teacher: "not_found" } as const; // learner actions on the victim learner's rows

const ACTIONS: Record<string, ActionCase> = {
  "lib/vocabulary/actions.ts#saveWord": { input: () => ({ ...sampleWord(3), passageId: ids.draftId }), ...L },
  "lib/vocabulary/actions.ts#setWordStatus": {
    input: () => ({ lemma: "Hund", status: "KNOWN", passageId: ids.draftId }),
    params: draftParams,
    ...L,
  },
  "lib/vocabulary/actions.ts#updateVocabularyItem": {
    input: () => ({ id: ids.itemId, gloss: "stolen", note: "stolen" }),
    ...L,
  },
  "lib/vocabulary/actions.ts#deleteVocabularyItem": { input: () => ({ id: ids.itemId }), ...L },
  "lib/vocabulary/actions.ts#addMeaning": { input: () => ({ id: ids.itemId, gloss: "stolen" }), ...L },
  "lib/review/actions.ts#undoGrade": { input: () => ({ logId: ids.logId }), ...L },
  // Answers for the caller's own cards only: someone else's card comes back as no card at all.
  "lib/review/actions.ts#reloadCard": { input: () => ({ cardId: ids.cardId }), learner: "own", teacher: "own" },
  "lib/review/actions.ts#getNextDue": { input: () => ({}), learner: "own", teacher: "own" },
  "lib/review/actions.ts#updateReviewSettings": {
    input: () => ({ dailyNewLimit: 1, dailyGoal: 1 }),
    learner: "own",
    teacher: "own",
  },
  "lib/settings/actions.ts#updateSettings": {
    input: () => ({ level: "B2", timeZone: "Europe/Berlin", dailyGoal: 5, dailyNewLimit: 5 }),
    learner: "own",
    teacher: "own",
  },
  "lib/settings/actions.ts#adoptBrowserTimeZone": {
    input: () => ({ timeZone: "Europe/Berlin" }),
    learner: "own",
    teacher: "own",
  },
  // Another account's session id finds nothing; "everywhere else" ends the caller's own other sessions.
  "lib/auth/actions.ts#endSession": { input: () => ({ sessionId: ids.sessionId }), ...L },
  "lib/auth/actions.ts#endOtherSessions": { input: () => ({}), learner: "own", teacher: "own" },
  "lib/reading/actions.ts#markParagraphRead": {
    input: () => ({ paragraphId: ids.draftParagraphId, read: true }),
    params: draftParams,
    ...L,
  },
  // A word of the victim learner's own text ("Der" in "Der Hund schläft.").
  "lib/corrections/actions.ts#saveCorrectionAction": {
    input: () => ({ passageId: ids.ownTextId, sentenceKey: "0-0", tokenIndex: 0, patch: { gloss: "stolen" } }),
    params: ownTextParams,
    ...L,
  },
  "lib/corrections/actions.ts#resetCorrectionAction": {
    input: () => ({ passageId: ids.ownTextId, sentenceKey: "0-0", tokenIndex: 0 }),
    params: ownTextParams,
    ...L,
  },
  "lib/library/actions.ts#importOwnTextAction": {
    input: () => ({ title: "Eigener Text", text: "Der Hund bellt.", translate: false }),
    learner: "own",
    teacher: "own",
  },
  "lib/library/actions.ts#renameOwnTextAction": {
    input: () => ({ passageId: ids.ownTextId, title: "Gestohlen" }),
    params: ownTextParams,
    ...L,
  },
  "lib/library/actions.ts#deleteOwnTextAction": {
    input: () => ({ passageId: ids.ownTextId }),
    params: ownTextParams,
    ...L,
  },
  // A join code is the invitation itself; a wrong one finds nothing.
  "lib/classes/actions.ts#joinClassAction": { input: () => ({ code: "ZZZZ-ZZZZ" }), learner: "own", teacher: "own" },
  "lib/classes/actions.ts#createClassAction": {
    input: () => ({ name: "Eigene Klasse" }),
    learner: "forbidden",
    teacher: "own",
  },
  "lib/classes/actions.ts#removeLearnerAction": {
    input: () => ({ classId: ids.classId, userId: learner.userId }),
    ...T,
  },
  "lib/classes/actions.ts#readmitLearnerAction": {
    input: () => ({ classId: ids.classId, userId: learner.userId }),
    ...T,
  },
  "lib/classes/actions.ts#closeClassAction": { input: () => ({ classId: ids.classId }), ...T },
  "lib/classes/actions.ts#reopenClassAction": { input: () => ({ classId: ids.classId }), ...T },
  "lib/classes/actions.ts#saveGlossaryAction": { input: () => ({ classId: ids.classId, text: "Hund = stolen" }), ...T },
  "lib/classes/actions.ts#assignPassageAction": {
    input: () => ({ classId: ids.classId, passageId: ids.publishedId, target: "SAVE_WORDS", targetCount: 5 }),
    ...T,
  },
  "lib/classes/actions.ts#unassignPassageAction": {
    input: () => ({ classId: ids.classId, passageId: ids.publishedId }),
    ...T,
  },
  "lib/teacher-passages/actions.ts#importPassageAction": {
    input: () => ({ title: "Eigener Text", text: "Der Hund bellt.", translate: false }),
    learner: "forbidden",
    teacher: "own",
  },
  "lib/teacher-passages/actions.ts#translatePassageAction": {
    input: () => ({ passageId: ids.draftId }),
    params: draftParams,
    ...T,
  },
  "lib/teacher-passages/actions.ts#saveDraftAction": {
    input: () => ({
      passageId: ids.draftId,
      version: new Date().toISOString(),
      title: "Gestohlen",
      titleEn: "",
      paragraphs: [
        {
          kind: "BODY",
          lang: "de",
          sentences: [{ from: [ids.sentenceId], text: "Gestohlen.", translation: ["Stolen."] }],
        },
      ],
    }),
    params: draftParams,
    ...T,
  },
  "lib/teacher-passages/actions.ts#saveTranslationsAction": {
    input: () => ({
      passageId: ids.publishedId,
      titleEn: "Stolen",
      sentences: [{ sentenceId: ids.sentenceId, translation: ["Stolen."] }],
    }),
    params: () => ({ passageId: ids.publishedId }),
    ...T,
  },
  "lib/teacher-passages/actions.ts#publishPassageAction": {
    input: () => ({ passageId: ids.draftId }),
    params: draftParams,
    ...T,
  },
  "lib/teacher-passages/actions.ts#setPassageVisibilityAction": {
    input: () => ({ passageId: ids.publishedId, visibility: "PUBLIC" }),
    params: () => ({ passageId: ids.publishedId }),
    ...T,
  },
  "lib/teacher-passages/actions.ts#deleteDraftAction": {
    input: () => ({ passageId: ids.draftId }),
    params: draftParams,
    ...T,
  },
};
/**
 * Form actions (FormData): signOut signs out the caller only (tested below); saveSettings hands the form
 * to an authedAction, so it has the same session check as updateSettings above.
 */
const FORM_ACTIONS = ["lib/auth/actions.ts#signOut", "lib/settings/actions.ts#saveSettings"];

/** Exported server actions in lib/<feature>/actions.ts files that start with "use server". */
function actionsInSource(): string[] {
  return readdirSync("lib", { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const file = `lib/${entry.name}/actions.ts`;
      let source: string;
      try {
        source = readFileSync(file, "utf8");
      } catch {
        return [];
      }
      if (!/^\s*["']use server["']/.test(source)) return [];
      return [...source.matchAll(/^export (?:const|async function|function) (\w+)/gm)].map((m) => `${file}#${m[1]}`);
    });
}

describe("grading over HTTP (POST /api/review/grade)", () => {
  it("refuses visitors, other users and other origins", async () => {
    expect(await app.client.grade(null, grade())).toMatchObject({ status: 401, result: { error: "unauthenticated" } });
    expect(await app.client.grade(otherLearner, grade())).toMatchObject({
      status: 404,
      result: { error: "not_found" },
    });
    expect(await app.client.grade(otherTeacher, grade())).toMatchObject({
      status: 404,
      result: { error: "not_found" },
    });
    const crossSite = await fetch(`${app.base}/api/review/grade`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://evil.example", cookie: learner.cookie },
      body: JSON.stringify(grade()),
    });
    expect(crossSite.status).toBe(403);
  });
});

describe("server actions", () => {
  it("lists every server action in lib/*/actions.ts and in the build", () => {
    const listed = [...Object.keys(ACTIONS), ...FORM_ACTIONS].sort();
    expect(actionsInSource().sort()).toEqual(listed);
    // The build holds the actions some page uses (an action no page imports cannot be called at all).
    expect([...app.client.actions.keys()].filter((name) => !listed.includes(name))).toEqual([]);
  });

  it("refuse visitors, other learners and other teachers, and change nothing of the victims'", async () => {
    const before = await victimsData();
    const results: string[] = [];
    for (const [name, action] of Object.entries(ACTIONS)) {
      if (!app.client.actions.has(name)) continue; // used by no page of this build: nothing to call
      for (const [who, session, wanted] of [
        ["anonymous", null, "unauthenticated"],
        ["other learner", otherLearner, action.learner],
        ["other teacher", otherTeacher, action.teacher],
      ] as const) {
        const response = await app.client.call<{ ok: boolean; error?: string; data?: unknown }>(
          session,
          name,
          action.input(),
          { params: action.params?.() },
        );
        const got = response.result?.ok ? "own" : (response.result?.error ?? `HTTP ${response.status}`);
        if (response.status !== 200 || got !== wanted)
          results.push(`${name} as ${who}: ${got} (HTTP ${response.status}), expected ${wanted}`);
        expectNoSecrets(response.text, `${name} as ${who}`);
        if (name.endsWith("#reloadCard") && response.result?.ok) expect(response.result.data).toEqual({ card: null });
      }
    }
    expect(results).toEqual([]);
    expect(await victimsData()).toEqual(before);
  });

  it("signing out ends the caller's session only", async () => {
    const signOut = app.client.action(FORM_ACTIONS[0]!);
    const victim = await app.client.signIn(learner.email, "access-Zugspitze-Wanderweg", "10.62.1.1");
    const attacker = await app.client.signIn(otherLearner.email, "access-Zugspitze-Wanderweg", "10.62.1.2");
    for (const session of [null, attacker]) {
      const form = new FormData();
      form.set(`$ACTION_ID_${signOut.id}`, "");
      form.set("locale", "en");
      const response = await fetch(`${app.base}/en`, {
        method: "POST",
        body: form,
        headers: { origin: app.base, ...(session ? { cookie: session.cookie } : {}) },
        redirect: "manual",
      });
      expect(response.status).toBeLessThan(500);
    }
    const sessionOf = async (session: Session) =>
      JSON.parse((await app.client.get("/api/auth/get-session", session)).text) as { user?: { id: string } } | null;
    expect(await sessionOf(attacker)).toBeNull();
    expect(await sessionOf(victim)).toMatchObject({ user: { id: learner.userId } });
  });

  it("refuse a call from another site (Origin check), even with the victim's cookie", async () => {
    const before = await victimsData();
    const response = await app.client.call(
      learner,
      "lib/vocabulary/actions.ts#updateVocabularyItem",
      { id: ids.itemId, gloss: "cross-site" },
      { headers: { origin: "https://evil.example" } },
    );
    expect(response.result?.ok).not.toBe(true);
    expect(await victimsData()).toEqual(before);
  });
});

// ─── Cookies and headers ───

describe("session cookie and security headers", () => {
  it("the session cookie is HttpOnly, SameSite=Lax, Secure (production) and host-only", async () => {
    const { setCookie } = await app.client.signIn(otherTeacher.email, "access-Zugspitze-Wanderweg", "10.62.1.3");
    const session = setCookie.find((cookie) => cookie.includes("session_token="));
    expect(session).toBeDefined();
    expect(session).toMatch(/^__Secure-/);
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*Secure/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
    expect(session).not.toMatch(/;\s*Domain=/i);
  });

  it.each(["/en", "/de/sign-in", "/en/read/PUBLISHED", "/en/no/such/page"])(
    "%s: a fresh nonce on every script, no framing, no sniffing",
    async (pathname) => {
      const url = pathname.replace("PUBLISHED", ids.publishedId);
      const [first, second] = [await app.client.get(url, learner), await app.client.get(url, learner)];
      const policy = first.headers.get("content-security-policy") ?? "";
      const nonce = nonceOf(policy);
      expect(nonce).toBeTruthy();
      expect(nonceOf(second.headers.get("content-security-policy") ?? "")).not.toBe(nonce);
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("'strict-dynamic'");
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
      const scripts = [...first.text.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
      // The stylesheets inside the page (next.config.mjs inlineCss) carry no nonce: the policy allows each by hash.
      const styles = [...first.text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
      if (pathname.includes("/read/")) expect(styles.length).toBeGreaterThan(0);
      for (const css of styles) expect(policy).toContain(await styleHashSource(css));
      expect(policy).not.toMatch(/style-src [^;]*'unsafe-inline'/);
      expect(first.headers.get("x-content-type-options")).toBe("nosniff");
      expect(first.headers.get("x-frame-options")).toBe("DENY");
      expect(first.headers.get("referrer-policy")).toBe("same-origin");
      // Speech synthesis needs no permission; the policy switches off what Brücke never uses.
      expect(first.headers.get("permissions-policy")).toMatch(/microphone=\(\)/);
      expect(first.headers.get("permissions-policy")).not.toMatch(/speaker|autoplay/);
    },
  );

  it("route handlers and static files are not sniffed or framed either", async () => {
    const api = await app.client.get("/api/vocabulary/export?format=csv");
    expect(api.headers.get("x-content-type-options")).toBe("nosniff");
    expect(api.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    const home = await app.client.get("/en");
    const script = /<script[^>]*src="(\/_next\/static\/[^"]+\.js)"/.exec(home.text)![1]!;
    const asset = await app.client.get(script);
    expect(asset.status).toBe(200);
    expect(asset.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
