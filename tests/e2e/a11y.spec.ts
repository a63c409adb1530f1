// axe on every page of the app, as a visitor, a learner and a teacher: no serious or critical violations. The page list is checked against app/, so a new page
// fails here until it is added.
import { type Browser, expect, type Page, test } from "@playwright/test";
import { AppClient, type Session, sampleWord } from "../support/app-client";
import { routesInApp } from "../support/routes";
import { expectNoSeriousA11yViolations } from "./support";

type Role = "visitor" | "learner" | "teacher";

test.describe.configure({ mode: "serial" });

// Accounts of this spec's own (signed up through the app's API), so other specs' data does not change
// what is checked here, and the demo accounts' sign-in limit is left alone.
const sessions: Partial<Record<Role, Session>> = {};
const ids = { seed: "", classId: "", joinCode: "", passageId: "" };

async function contextFor(browser: Browser, role: Role, baseURL: string) {
  const context = await browser.newContext();
  const session = sessions[role];
  if (session) {
    const { hostname } = new URL(baseURL);
    const cookies = session.cookie.split("; ").map((pair) => {
      const [name, ...value] = pair.split("=");
      return {
        name: name!,
        value: value.join("="),
        domain: hostname,
        path: "/",
        secure: name!.startsWith("__Secure-"),
        httpOnly: true,
        sameSite: "Lax" as const,
      };
    });
    await context.addCookies(cookies);
  }
  return context;
}

test.beforeAll(async ({ baseURL }) => {
  const app = new AppClient(baseURL!, process.env.NEXT_DIST_DIR || ".next");
  const run = Date.now().toString(36);
  const password = "a11y-Zugspitze-Wanderweg";
  const learner = await app.signUp({
    name: "Ada Axe",
    email: `a11y-learner-${run}@example.test`,
    password,
    ip: "10.64.0.1",
  });
  const teacher = await app.signUp({
    name: "Tom Axe",
    email: `a11y-teacher-${run}@example.test`,
    password,
    teacher: true,
    ip: "10.64.0.2",
  });
  sessions.learner = learner;
  sessions.teacher = teacher;
  const seedPath = await app.seedReaderPath();
  ids.seed = seedPath.split("/").pop()!;
  // Something on every page: a class with the learner in it, a draft, a saved word due for review, a paragraph read.
  const created = await app.call<{ ok: boolean; data: { id: string; joinCode: string } }>(
    teacher,
    "lib/classes/actions.ts#createClassAction",
    { name: "Klasse für axe" },
  );
  expect(created.result?.ok).toBe(true);
  ids.classId = created.result!.data.id;
  ids.joinCode = created.result!.data.joinCode;
  const imported = await app.call<{ ok: boolean; data: { passageId: string } }>(
    teacher,
    "lib/teacher-passages/actions.ts#importPassageAction",
    {
      title: "Entwurf für axe",
      text: "Der Hund schläft im Garten.\n\nDie Katze sitzt auf dem Dach.",
      translate: false,
    },
  );
  expect(imported.result?.ok).toBe(true);
  ids.passageId = imported.result!.data.passageId;
  expect((await app.call(learner, "lib/vocabulary/actions.ts#saveWord", sampleWord(0))).result).toMatchObject({
    ok: true,
  });
  const reader = await app.get(seedPath);
  const paragraphId = /data-paragraph-id="([^"]+)"/.exec(reader.text)![1]!;
  expect(
    (
      await app.call(
        learner,
        "lib/reading/actions.ts#markParagraphRead",
        { paragraphId, read: true },
        { params: { passageId: ids.seed } },
      )
    ).result,
  ).toMatchObject({ ok: true });
  // The learner joins another class (the teacher's stays unjoined, so its join page offers to join).
  const other = await app.signUp({
    name: "Ute Axe",
    email: `a11y-teacher2-${run}@example.test`,
    password,
    teacher: true,
    ip: "10.64.0.3",
  });
  const otherClass = await app.call<{ ok: boolean; data: { joinCode: string } }>(
    other,
    "lib/classes/actions.ts#createClassAction",
    { name: "Andere Klasse" },
  );
  expect(
    (await app.call(learner, "lib/classes/actions.ts#joinClassAction", { code: otherClass.result!.data.joinCode }))
      .result,
  ).toMatchObject({ ok: true });
});

/** Each page once per role that can see it ({seed}, {class}, {code}, {passage} are filled in). */
const PAGES: Record<string, { path: string; roles: Role[] }> = {
  "/[locale]": { path: "", roles: ["visitor", "learner"] },
  "/[locale]/[...rest]": { path: "/no/such/page", roles: ["visitor"] },
  "/[locale]/sign-in": { path: "/sign-in", roles: ["visitor"] },
  "/[locale]/sign-up": { path: "/sign-up", roles: ["visitor"] },
  "/[locale]/read/[passageId]": { path: "/read/{seed}", roles: ["visitor", "learner"] },
  "/[locale]/library": { path: "/library", roles: ["learner", "teacher"] },
  "/[locale]/vocabulary": { path: "/vocabulary", roles: ["learner"] },
  "/[locale]/review": { path: "/review", roles: ["learner"] },
  "/[locale]/progress": { path: "/progress", roles: ["learner"] },
  "/[locale]/settings": { path: "/settings", roles: ["learner", "teacher"] },
  "/[locale]/classes/joined": { path: "/classes/joined", roles: ["learner"] },
  "/[locale]/join/[code]": { path: "/join/{code}", roles: ["learner"] },
  "/[locale]/classes": { path: "/classes", roles: ["teacher"] },
  "/[locale]/classes/[id]": { path: "/classes/{class}", roles: ["teacher"] },
  "/[locale]/classes/passages/new": { path: "/classes/passages/new", roles: ["teacher"] },
  "/[locale]/classes/passages/[passageId]": { path: "/classes/passages/{passage}", roles: ["teacher"] },
};

test("every page of app/ is on the list", () => {
  expect(routesInApp("page").sort()).toEqual(Object.keys(PAGES).sort());
});

async function check(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(url.endsWith("/no/such/page") ? 404 : 200);
  await page.waitForLoadState("networkidle");
  await expectNoSeriousA11yViolations(page);
}

// Every page in German (the longer labels, where layout breaks first) as every role that sees it, and the
// visitor's pages in English. The two interfaces share their markup and differ in words only (each page's
// English is also scanned by most journeys' specs: cards, review, vocabulary, settings, library, teacher);
// the full matrix twice took five minutes of CI's twenty.
const RUNS = [
  ["de", ["visitor", "learner", "teacher"]],
  ["en", ["visitor"]],
] as const;
for (const [locale, roles] of RUNS) {
  for (const role of roles) {
    const pages = Object.entries(PAGES).filter(([, entry]) => entry.roles.includes(role));
    test(`${locale}: every page as a ${role}`, async ({ browser, baseURL }) => {
      const context = await contextFor(browser, role, baseURL!);
      const page = await context.newPage();
      for (const [, { path }] of pages) {
        const filled = path
          .replace("{seed}", ids.seed)
          .replace("{class}", ids.classId)
          .replace("{code}", ids.joinCode)
          .replace("{passage}", ids.passageId);
        await test.step(`/${locale}${filled}`, () => check(page, `/${locale}${filled}`));
      }
      await context.close();
    });
  }
}
