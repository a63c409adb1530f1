// Faults the app must survive without losing data (DeepL failures are covered by
// tests/integration/teacher-*.test.ts and ./deepl.test.ts):
// - PostgreSQL restarted while learners grade and read: quick, clear errors while it is down (the
//   translated error page, an "unavailable" action result, never a hang), recovery without restarting
//   the app, and every acknowledged grade kept.
// - The app killed (SIGKILL) while a large import writes its sentences, on both databases (the test waits
//   until the write is seen: a lock on PostgreSQL, the table's files growing on PGlite): the passage is then
//   absent, never half-written, and the app starts again on the same data.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { importText } from "@/lib/passages/import-text";
import { type Session, sampleWord } from "../support/app-client";
import { largeGermanText } from "../support/large-text";
import {
  type PgDatabase,
  pgDatabase,
  pgliteDatabase,
  portFor,
  queryPglite,
  RUN,
  type RunningApp,
  startApp,
} from "./support/app";
import { pgServer } from "./support/cluster";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `condition` holds; fails with `what` when it does not within `timeoutMs`. */
async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs: number, everyMs = 50) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`gave up after ${timeoutMs} ms waiting until ${what}`);
    await sleep(everyMs);
  }
}

/**
 * Next's error document: the browser renders [locale]/error.tsx into it, with the translated "Something
 * went wrong" and a retry button (checked in a browser while writing this test; the HTML itself is a shell).
 */
function isErrorPage(html: string): boolean {
  return html.includes('<html id="__next_error__">') && html.includes("Something went wrong. Please try again.");
}

interface Outcome {
  /** Which learner sent it. */
  who: number;
  at: number;
  kind: "grade" | "page";
  ok: boolean;
  status: number;
  error?: string;
  ms: number;
}

describe("PostgreSQL restarted while 10 learners grade and read", () => {
  let db: PgDatabase;
  let app: RunningApp;
  beforeAll(async () => {
    db = await pgDatabase(`restart_${RUN}`);
    app = await startApp({ port: portFor(2), databaseUrl: db.url });
  });
  afterAll(async () => app?.stop());

  it("answers quickly and clearly while it is down, recovers on its own, loses nothing", async () => {
    const learners = await Promise.all(
      Array.from({ length: 10 }, async (_, i) => {
        const session = await app.client.signUp({
          name: `Restart ${i}`,
          email: `restart-${RUN}-${i}@example.test`,
          password: "restart-Zugspitze-Wanderweg",
          ip: `10.61.0.${i}`,
        });
        for (let w = 0; w < 3; w++)
          expect(
            (await app.client.call(session, "lib/vocabulary/actions.ts#saveWord", sampleWord(w))).result,
          ).toMatchObject({ ok: true });
        return { ...session, cards: await app.client.reviewCards(session), acked: [] as string[] };
      }),
    );
    const pid = app.process.pid;
    const outcomes: Outcome[] = [];
    const started = Date.now();
    let running = true;

    const loop = async (
      learner: Session & { cards: { cardId: string; version: number }[]; acked: string[] },
      who: number,
    ) => {
      for (let turn = 0; running; turn++) {
        const at = Date.now() - started;
        try {
          if (turn % 3 === 2) {
            const page = await app.client.get("/en/review", learner, { timeoutMs: 20_000 });
            const ok = page.status === 200 && page.text.includes('data-testid="review-queue"');
            outcomes.push({
              who,
              at,
              kind: "page",
              ok,
              status: page.status,
              ms: page.ms,
              error: ok ? undefined : isErrorPage(page.text) ? "error page" : page.text.slice(0, 100),
            });
          } else {
            const card = learner.cards[turn % learner.cards.length]!;
            const input = {
              cardId: card.cardId,
              version: card.version,
              grade: 3,
              mode: "recognition",
              durationMs: 1_000,
            };
            const graded = await app.client.grade<{ ok: boolean; error?: string; data?: { logId: string } }>(
              learner,
              input,
              { timeoutMs: 20_000 },
            );
            const ok = graded.status === 200 && Boolean(graded.result?.ok);
            if (ok) {
              card.version++;
              learner.acked.push(graded.result!.data!.logId);
            } else if (graded.result?.error === "conflict") {
              // A grade that committed just as the database went away: its answer was lost, the row was not.
              card.version = (
                await db
                  .query<{ version: number }>(`SELECT version FROM "ReviewCard" WHERE id = $1`, [card.cardId])
                  .catch(() => [{ version: card.version }])
              )[0]!.version;
            }
            outcomes.push({
              who,
              at,
              kind: "grade",
              ok,
              status: graded.status,
              ms: graded.ms,
              error: ok ? undefined : (graded.result?.error ?? graded.text.slice(0, 100)),
            });
          }
        } catch (error) {
          outcomes.push({
            who,
            at,
            kind: turn % 3 === 2 ? "page" : "grade",
            ok: false,
            status: 0,
            ms: Date.now() - started - at,
            error: String(error),
          });
        }
        await sleep(50);
      }
    };
    const loops = Promise.all(learners.map(loop));
    const okSince = (at: number) => outcomes.filter((o) => o.ok && o.at >= at).length;
    const answeredFailuresSince = (at: number) => outcomes.filter((o) => !o.ok && o.status !== 0 && o.at >= at).length;
    // Every learner is grading and reading before the database goes away.
    await waitFor("20 requests succeeded", () => okSince(0) >= 20, 30_000);
    pgServer("stop", inject("pgDir"));
    const down = Date.now() - started;
    // The app has noticed: requests sent after the stop get their clear errors.
    await waitFor("15 requests failed cleanly while down", () => answeredFailuresSince(down + 200) >= 15, 30_000);
    pgServer("start", inject("pgDir"));
    const up = Date.now() - started;
    // Recovered on its own: each learner's last two requests sent after the restart succeeded; then 30 more.
    await waitFor(
      "every learner succeeds again",
      () =>
        learners.every((_, i) => {
          const latest = outcomes.filter((o) => o.at > up && o.who === i).slice(-2);
          return latest.length === 2 && latest.every((o) => o.ok);
        }),
      20_000,
    );
    const recovered = Date.now() - started;
    await waitFor("30 requests after recovery", () => outcomes.filter((o) => o.at >= recovered).length >= 30, 30_000);
    running = false;
    await loops;

    const during = outcomes.filter((o) => o.at > down + 200 && o.at + o.ms < up);
    const after = outcomes.filter((o) => o.at >= recovered);
    console.log(`recovered ${recovered - up} ms after the restart`);
    const summary = (list: Outcome[]) => [...new Set(list.map((o) => `${o.kind} ${o.status} ${o.error ?? "ok"}`))];
    console.log(`down ${down}–${up} ms; during: ${summary(during).join(", ")}; after: ${summary(after).join(", ")}`);

    // No hang: every request was answered, and quickly.
    expect(outcomes.filter((o) => o.status === 0).map((o) => o.error)).toEqual([]);
    expect(Math.max(...outcomes.map((o) => o.ms))).toBeLessThan(10_000);
    // While it was down: the translated error page (status 5xx) and the "unavailable" action result.
    expect(during.length).toBeGreaterThan(10);
    for (const o of during.filter((o) => !o.ok)) {
      if (o.kind === "page") expect(`${o.status >= 500 ? "5xx" : o.status} ${o.error}`).toBe("5xx error page");
      else expect(`${o.status} ${o.error}`).toBe("503 unavailable");
    }
    expect(during.filter((o) => !o.ok).length).toBeGreaterThan(0);
    // Recovered without a restart: the same process, and everything succeeds again.
    expect(app.process.pid).toBe(pid);
    expect(app.process.exitCode).toBeNull();
    expect(after.length).toBeGreaterThan(10);
    expect(after.filter((o) => !o.ok)).toEqual([]);

    // Nothing lost: every acknowledged grade is in the database, and each card's version counts its rows.
    const ids = learners.map((l) => l.userId);
    const logs = await db.query<{ id: string }>(`SELECT id FROM "ReviewLog" WHERE "userId" = ANY($1)`, [ids]);
    const stored = new Set(logs.map((log) => log.id));
    for (const logId of learners.flatMap((l) => l.acked))
      expect(stored.has(logId), `acknowledged grade ${logId}`).toBe(true);
    const mismatched = await db.query(
      `SELECT c.id FROM "ReviewCard" c LEFT JOIN "ReviewLog" l ON l."cardId" = c.id WHERE c."userId" = ANY($1) GROUP BY c.id, c.version HAVING c.version <> count(l.id)`,
      [ids],
    );
    expect(mismatched).toEqual([]);
  });
});

const TEXT = largeGermanText();
/** What a complete import of TEXT stores: sentences per paragraph. */
const EXPECTED = importText(TEXT).paragraphs.map((p) => p.sentences.length);

type Shape = { paragraph: number; sentences: number | string };

/** Every passage with this title must be complete: the expected paragraphs with their sentences. */
function expectIntactOrAbsent(rows: (Shape & { passage: string })[], label: string): "absent" | "complete" {
  if (rows.length === 0) return "absent";
  const passages = new Set(rows.map((row) => row.passage));
  expect(passages.size, `${label}: one passage`).toBe(1);
  expect(
    rows.map((row) => Number(row.sentences)),
    `${label}: sentences per paragraph`,
  ).toEqual(EXPECTED);
  return "complete";
}

const SHAPE_SQL = (title: string) =>
  `SELECT p.id AS passage, g.position AS paragraph, count(s.id) AS sentences FROM "Passage" p
   JOIN "Paragraph" g ON g."passageId" = p.id LEFT JOIN "Sentence" s ON s."paragraphId" = g.id
   WHERE p.title = '${title}' GROUP BY p.id, g.position ORDER BY g.position`;

async function importAsTeacher(app: RunningApp, teacher: Session, title: string) {
  return app.client.call<{ ok: boolean; data?: { ok: boolean; passageId?: string } }>(
    teacher,
    "lib/teacher-passages/actions.ts#importPassageAction",
    { title, text: TEXT, translate: false },
    { timeoutMs: 60_000 },
  );
}

describe("the app killed in the middle of a large import", () => {
  // Whichever server a test started last is stopped even when an expectation fails.
  let app: RunningApp | undefined;
  afterEach(async () => app?.stop());

  it("PostgreSQL: killed while the sentences are being written → the passage is absent; the app starts again", async () => {
    const db = await pgDatabase(`kill_${RUN}`);
    app = await startApp({ port: portFor(3), databaseUrl: db.url });
    const teacher = await app.client.signUp({
      name: "Kill Teacher",
      email: `kill-pg-${RUN}@example.test`,
      password: "kill-Zugspitze-Wanderweg",
      teacher: true,
    });
    const title = `Abgebrochen ${RUN}`;

    const request = importAsTeacher(app, teacher, title).catch((error: Error) => error);
    // Wait until a transaction holds a write lock on "Sentence": the import is writing its sentences.
    let writing = false;
    for (let i = 0; i < 3_000 && !writing; i++) {
      const locks = await db.query(
        `SELECT 1 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation JOIN pg_database d ON d.oid = l.database
         WHERE c.relname = 'Sentence' AND l.mode = 'RowExclusiveLock' AND d.datname = current_database()`,
      );
      writing = locks.length > 0;
      if (!writing) await sleep(5);
    }
    expect(writing, "the import never started writing sentences").toBe(true);
    await app.kill();
    expect(await request).toBeInstanceOf(Error);
    // The server notices the dropped connection and rolls the transaction back.
    for (
      let i = 0;
      i < 100 &&
      (
        await db.query(
          `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
        )
      ).length > 0;
      i++
    )
      await sleep(100);
    expect(expectIntactOrAbsent(await db.query(SHAPE_SQL(title)), "after the kill")).toBe("absent");

    app = await startApp({ port: portFor(3), databaseUrl: db.url });
    const again = await importAsTeacher(app, teacher, title);
    expect(again.result).toMatchObject({ ok: true, data: { ok: true } });
    expect(expectIntactOrAbsent(await db.query(SHAPE_SQL(title)), "imported again")).toBe("complete");
  });

  // Two starts of the app and two large imports: more than the suite's default limit on a busy 2-core machine.
  it("PGlite: killed while the sentences are being written → the passage is absent; the data directory opens again", {
    timeout: 240_000,
  }, async () => {
    const database = pgliteDatabase(`kill-${RUN}`);
    // The files of the "Sentence" table (and of its TOAST table, where long token lists go). PGlite writes
    // them in place as the table grows, so a larger file means the import is writing its sentences.
    const [relation] = await queryPglite<{ main: string; toast: string | null }>(
      database.dir,
      `SELECT pg_relation_filepath(c.oid) AS main, pg_relation_filepath(c.reltoastrelid) AS toast
       FROM pg_class c WHERE c.relname = 'Sentence'`,
    );
    const files = [relation!.main, relation!.toast].flatMap((file) => (file ? [path.join(database.dir, file)] : []));
    const bytes = () => files.reduce((sum, file) => sum + (existsSync(file) ? statSync(file).size : 0), 0);
    app = await startApp({ port: portFor(4), databaseUrl: database.url });
    const teacher = await app.client.signUp({
      name: "Kill Teacher",
      email: `kill-pglite-${RUN}@example.test`,
      password: "kill-Zugspitze-Wanderweg",
      teacher: true,
    });
    const title = `Abgebrochen ${RUN}`;

    const before = bytes();
    const request = importAsTeacher(app, teacher, title).catch((error: Error) => error);
    let writing = false;
    for (let i = 0; i < 30_000 && !writing; i++) {
      writing = bytes() > before;
      if (!writing) await sleep(2);
    }
    expect(writing, "the import never started writing sentences").toBe(true);
    await app.kill();
    expect(await request).toBeInstanceOf(Error);
    const written = bytes() - before;
    // The kill landed inside the write: sentences reached the table's files, and none of them counts.
    expect(written).toBeGreaterThan(0);
    expect(expectIntactOrAbsent(await queryPglite(database.dir, SHAPE_SQL(title)), "after the kill")).toBe("absent");

    app = await startApp({ port: portFor(4), databaseUrl: database.url });
    expect((await app.client.get("/en")).status).toBe(200);
    const again = await importAsTeacher(app, teacher, title);
    expect(again.result).toMatchObject({ ok: true, data: { ok: true } });
    await app.stop();
    console.log(`PGlite: killed after ${written} bytes of sentences were written; the passage was absent`);
    expect(expectIntactOrAbsent(await queryPglite(database.dir, SHAPE_SQL(title)), "imported again")).toBe("complete");
  });
});
