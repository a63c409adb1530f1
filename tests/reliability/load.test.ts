// 50 learners read and grade at the same time, on each database: no error responses, and afterwards
// every acknowledged grade is exactly one ReviewLog row, every card's version counts its grades, and
// every paragraph marked read is one ReadingProgress row (nothing lost, nothing doubled).
// 15 s of load per database rather than 30: each learner still makes dozens of requests (the races a
// lost or doubled row needs happen in the first seconds), and both databases fit in the CI budget.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pool } from "../../scripts/bench/stats";
import type { Session } from "../support/app-client";
import { sampleWord } from "../support/app-client";
import { pgDatabase, pgliteDatabase, portFor, queryPglite, RUN, type RunningApp, startApp } from "./support/app";

const LEARNERS = 50;
const WORDS = 5;
const SECONDS = 15;

interface Learner extends Session {
  cards: { cardId: string; version: number; graded: number }[];
  acked: string[];
  marked: Set<string>;
}

async function createLearners(app: RunningApp, prefix: string): Promise<Learner[]> {
  return pool(
    Array.from({ length: LEARNERS }, (_, i) => i),
    8,
    async (i) => {
      const session = await app.client.signUp({
        name: `Load ${i}`,
        email: `${prefix}-${i}@example.test`,
        password: "load-Zugspitze-Wanderweg",
        ip: `10.60.${i >> 8}.${i & 255}`,
      });
      for (let w = 0; w < WORDS; w++) {
        const saved = await app.client.call(session, "lib/vocabulary/actions.ts#saveWord", sampleWord(w));
        expect(saved.result, saved.text.slice(0, 300)).toMatchObject({ ok: true });
      }
      const cards = (await app.client.reviewCards(session)).map((card) => ({ ...card, graded: 0 }));
      expect(cards).toHaveLength(WORDS);
      return { ...session, cards, acked: [], marked: new Set<string>() };
    },
  );
}

/** One learner for `seconds`: mostly grading, now and then reading the article and marking a paragraph read. */
async function learnerLoop(
  app: RunningApp,
  learner: Learner,
  readerPath: string,
  paragraphs: string[],
  until: number,
  failures: string[],
) {
  for (let turn = 0; Date.now() < until; turn++) {
    if (turn % 6 === 5) {
      const page = await app.client.get(readerPath, learner);
      if (page.status !== 200 || !page.text.includes('id="passage-title"')) failures.push(`reader ${page.status}`);
    } else if (turn % 6 === 2) {
      const paragraphId = paragraphs[(turn * 7 + learner.cards.length) % paragraphs.length]!;
      const marked = await app.client.call(
        learner,
        "lib/reading/actions.ts#markParagraphRead",
        { paragraphId, read: true },
        { params: { passageId: readerPath.split("/").pop()! } },
      );
      if (marked.status === 200 && marked.result?.ok) learner.marked.add(paragraphId);
      else failures.push(`markParagraphRead ${marked.status} ${marked.text.slice(-120)}`);
    } else {
      const card = learner.cards[turn % learner.cards.length]!;
      const graded = await app.client.grade<{ ok: boolean; data?: { logId: string } }>(learner, {
        cardId: card.cardId,
        version: card.version,
        grade: 1 + (turn % 4),
        mode: "recognition",
        durationMs: 2_000,
      });
      if (graded.status === 200 && graded.result?.ok && graded.result.data) {
        card.version++;
        card.graded++;
        learner.acked.push(graded.result.data.logId);
      } else {
        failures.push(`gradeCard ${graded.status} ${graded.text.slice(-120)}`);
      }
    }
  }
}

type Count = { userId: string; n: number | string };

describe.each([
  { name: "PostgreSQL", offset: 0 },
  { name: "PGlite", offset: 1 },
])("50 learners reading and grading on $name", ({ name, offset }) => {
  let app: RunningApp;
  let query: <R>(sql: string) => Promise<R[]>;

  beforeAll(async () => {
    if (name === "PostgreSQL") {
      const database = await pgDatabase(`load_${RUN}`);
      app = await startApp({ port: portFor(offset), databaseUrl: database.url });
      query = (sql) => database.query(sql) as never;
    } else {
      const database = pgliteDatabase(`load-${RUN}`);
      app = await startApp({ port: portFor(offset), databaseUrl: database.url });
      // The embedded database belongs to the app's process: count after it has stopped.
      query = async (sql) => {
        await app.stop();
        return queryPglite(database.dir, sql);
      };
    }
  });
  afterAll(async () => app?.stop());

  // 50 sign-ups (each a password hash) and 250 saved words come before the 15 s of load: minutes, not seconds,
  // on a 2-core machine that is busy with other work (120 s ran out at a load average of 19).
  it(`for ${SECONDS} s: no errors, no lost or doubled rows`, { timeout: 360_000 }, async () => {
    const learners = await createLearners(app, `load-${name.toLowerCase()}-${RUN}`);
    const readerPath = await app.client.seedReaderPath();
    const paragraphs = [...(await app.client.get(readerPath)).text.matchAll(/data-paragraph-id="([^"]+)"/g)].map(
      (m) => m[1]!,
    );
    expect(paragraphs.length).toBeGreaterThan(5);

    const failures: string[] = [];
    const until = Date.now() + SECONDS * 1000;
    await Promise.all(learners.map((learner) => learnerLoop(app, learner, readerPath, paragraphs, until, failures)));
    const acked = learners.reduce((n, l) => n + l.acked.length, 0);
    console.log(
      `${name}: ${acked} grades and ${learners.reduce((n, l) => n + l.marked.size, 0)} paragraphs marked in ${SECONDS} s by ${LEARNERS} learners`,
    );
    expect(failures.slice(0, 5), `${failures.length} failed requests`).toEqual([]);
    expect(acked).toBeGreaterThan(LEARNERS);

    const ids = learners.map((l) => `'${l.userId}'`).join(",");
    const logs = await query<{ id: string; userId: string; cardId: string }>(
      `SELECT id, "userId", "cardId" FROM "ReviewLog" WHERE "userId" IN (${ids})`,
    );
    const cards = await query<{ id: string; version: number }>(
      `SELECT id, version FROM "ReviewCard" WHERE "userId" IN (${ids})`,
    );
    const progress = await query<Count>(
      `SELECT "userId", count(*) AS n FROM "ReadingProgress" WHERE "userId" IN (${ids}) GROUP BY "userId"`,
    );

    // Every acknowledged grade is one row, and there are no rows nobody was told about.
    expect(new Set(logs.map((log) => log.id))).toEqual(new Set(learners.flatMap((l) => l.acked)));
    const versions = new Map(cards.map((card) => [card.id, Number(card.version)]));
    const logsPerCard = new Map<string, number>();
    for (const log of logs) logsPerCard.set(log.cardId, (logsPerCard.get(log.cardId) ?? 0) + 1);
    for (const card of learners.flatMap((l) => l.cards)) {
      expect(versions.get(card.cardId), `version of ${card.cardId}`).toBe(card.graded);
      expect(logsPerCard.get(card.cardId) ?? 0).toBe(card.graded);
    }
    const progressBy = new Map(progress.map((row) => [row.userId, Number(row.n)]));
    for (const learner of learners) expect(progressBy.get(learner.userId) ?? 0).toBe(learner.marked.size);
  });
});
