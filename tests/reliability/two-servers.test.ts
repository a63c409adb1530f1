// Two app servers on one PostgreSQL database, as the README's "Several app servers" deploys them: nothing
// that must be shared may live in one process's memory. A session made on one server is valid on the
// other (and signing out on one ends it on both); the sign-in throttle tripped on one refuses on the other,
// and better-auth's per-address limit counts requests to both; learners grading at once on alternating
// servers, with the same card graded on both servers at the same moment, lose and double no grade.
// Debian's nginx (scripts/bench/nginx.conf, as `npm run bench` runs it) goes in front when it is installed,
// and a third of the grades go through it; without it the test talks to both servers directly, as the
// proxy would (TRUSTED_PROXIES = loopback, X-Forwarded-For names the client). Installing nginx is the
// bench's part, not this test's.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pool } from "../../scripts/bench/stats";
import { AppClient, type Session, sampleWord } from "../support/app-client";
import { DIST_DIR, type PgDatabase, pgDatabase, portFor, RUN, type RunningApp, startApp } from "./support/app";

const LEARNERS = 20;
const WORDS = 2;
const TURNS = 4;
const PASSWORD = "Zweiserver-Bergpfad-Lindenallee";

let db: PgDatabase;
let a: RunningApp;
let b: RunningApp;
let proxy: { base: string; client: AppClient; process: ChildProcess } | null = null;

function findNginx(): string | null {
  for (const candidate of ["/usr/sbin/nginx", "/usr/bin/nginx"]) if (existsSync(candidate)) return candidate;
  try {
    return execFileSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

/** Debian's nginx in front of both servers, configured as the bench does; null when nginx is not installed. */
async function startProxy(port: number) {
  const nginx = findNginx();
  if (!nginx) return null;
  const dir = path.resolve(`.tmp/reliability/nginx-${RUN}`);
  mkdirSync(dir, { recursive: true });
  const config = readFileSync("scripts/bench/nginx.conf", "utf8")
    .replaceAll("@DIR@", dir)
    .replaceAll("@PROXY@", String(port))
    .replaceAll("@P1@", new URL(a.base).port)
    .replaceAll("@P2@", new URL(b.base).port);
  writeFileSync(path.join(dir, "nginx.conf"), config);
  let output = "";
  const child = spawn(nginx, ["-e", path.join(dir, "error.log"), "-c", path.join(dir, "nginx.conf")], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const base = `http://localhost:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${output}`);
    const ok = await fetch(`${base}/en`, { signal: AbortSignal.timeout(10_000) })
      .then((response) => response.status === 200)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`nginx did not answer on ${base}:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { base, client: new AppClient(base, DIST_DIR), process: child };
}

async function stopProxy() {
  const child = proxy?.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

beforeAll(async () => {
  db = await pgDatabase(`two_servers_${RUN}`);
  [a, b] = await Promise.all([
    startApp({ port: portFor(10), databaseUrl: db.url }),
    startApp({ port: portFor(11), databaseUrl: db.url }),
  ]);
  proxy = await startProxy(portFor(12));
  console.log(proxy ? `nginx in front on ${proxy.base}` : "nginx is not installed: both servers directly");
});
afterAll(async () => {
  await stopProxy();
  await Promise.all([a?.stop(), b?.stop()]);
  await db?.close();
});

/** A better-auth POST as the forms send it, from client address `ip` (the servers trust loopback as their proxy). */
async function authPost(app: RunningApp, endpoint: string, body: unknown, ip: string, cookie?: string) {
  const response = await fetch(`${app.base}/api/auth${endpoint}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      origin: app.base,
      "x-forwarded-for": ip,
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  await response.text();
  return response.status;
}

/** Whether the server takes the session: an action that needs one answers ok, or "unauthenticated". */
async function signedIn(client: AppClient, session: Session): Promise<boolean> {
  const answer = await client.call<{ ok: boolean; error?: string }>(session, "lib/review/actions.ts#getNextDue", {});
  if (answer.result?.ok) return true;
  expect(answer.result, answer.text.slice(0, 300)).toEqual({ ok: false, error: "unauthenticated" });
  return false;
}

describe("sessions live in the database", () => {
  it("a session made on one server is valid on the other, and signing out on one ends it on both", async () => {
    const session = await a.client.signUp({
      name: "Zwei",
      email: `two-session-${RUN}@example.test`,
      password: PASSWORD,
      ip: "10.70.0.1",
    });
    expect(await signedIn(a.client, session)).toBe(true);
    expect(await signedIn(b.client, session)).toBe(true);
    if (proxy) expect(await signedIn(proxy.client, session)).toBe(true);

    const again = await b.client.signIn(session.email, PASSWORD, "10.70.0.1");
    expect(await signedIn(a.client, again)).toBe(true);
    expect(await authPost(a, "/sign-out", {}, "10.70.0.1", again.cookie)).toBe(200);
    expect(await signedIn(b.client, again)).toBe(false);
    // The first session is another row: still valid everywhere.
    expect(await signedIn(b.client, session)).toBe(true);
  });
});

describe("limits hold across both servers", () => {
  it("the sign-in throttle tripped on one server refuses on the other", async () => {
    const email = `two-throttle-${RUN}@example.test`;
    await a.client.signUp({ name: "Drossel", email, password: PASSWORD, ip: "10.71.0.1" });
    for (let i = 0; i < 5; i++)
      expect(await authPost(a, "/sign-in/email", { email, password: `x-${i}` }, "10.71.0.2")).toBe(401);
    expect(await authPost(b, "/sign-in/email", { email, password: "x-5" }, "10.71.0.2")).toBe(429);
    expect(await authPost(b, "/sign-in/email", { email, password: PASSWORD }, "10.71.0.2")).toBe(429);
    // Per account and address: the owner, elsewhere, still gets in on either server.
    expect(await authPost(b, "/sign-in/email", { email, password: PASSWORD }, "10.71.0.1")).toBe(200);
  });

  it("better-auth's per-address sign-in limit (30 a minute) counts requests to both servers together", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      const app = i % 2 ? b : a;
      const body = { email: `nobody-${i}-${RUN}@example.test`, password: "wrong-password" };
      statuses.push(await authPost(app, "/sign-in/email", body, "10.72.0.1"));
    }
    expect(statuses.slice(0, 30).every((status) => status === 401)).toBe(true);
    expect(statuses[30]).toBe(429);
  });
});

interface Card {
  cardId: string;
  version: number;
  graded: number;
}
interface Learner extends Session {
  cards: Card[];
  acked: string[];
}
type Grade = { ok: boolean; error?: string; data?: { logId: string } };

describe("grading on both servers at once", () => {
  it(`${LEARNERS} learners, alternating servers, the same card on both at once: no grade lost or doubled`, async () => {
    const clients = [a.client, b.client, ...(proxy ? [proxy.client] : [])];
    const setUp = performance.now();
    const learners: Learner[] = await pool(
      Array.from({ length: LEARNERS }, (_, i) => i),
      6,
      async (i) => {
        const session = await clients[i % 2]!.signUp({
          name: `Zwei ${i}`,
          email: `two-grade-${i}-${RUN}@example.test`,
          password: PASSWORD,
          ip: `10.73.0.${i + 1}`,
        });
        for (let w = 0; w < WORDS; w++) {
          const saved = await clients[(i + w) % 2]!.call(session, "lib/vocabulary/actions.ts#saveWord", sampleWord(w));
          expect(saved.result, saved.text.slice(0, 300)).toMatchObject({ ok: true });
        }
        const cards = (await clients[(i + 1) % 2]!.reviewCards(session)).map((card) => ({ ...card, graded: 0 }));
        expect(cards).toHaveLength(WORDS);
        return { ...session, cards, acked: [] };
      },
    );

    console.log(`${LEARNERS} learners with ${WORDS} cards each in ${Math.round(performance.now() - setUp)} ms`);
    const failures: string[] = [];
    let requests = 0;
    let conflicts = 0;
    const grade = async (client: AppClient, learner: Learner, card: Card, turn: number) => {
      requests++;
      const answer = await client.grade<Grade>(
        learner,
        { cardId: card.cardId, version: card.version, grade: 1 + (turn % 4), mode: "recognition", durationMs: 2_000 },
        { timeoutMs: 90_000 },
      );
      // 409 {"error":"conflict"} is the second tab's expected answer, counted below.
      const conflict = answer.status === 409 && answer.result?.error === "conflict";
      if ((answer.status !== 200 && !conflict) || !answer.result)
        failures.push(`gradeCard ${answer.status} ${answer.text.slice(-160)}`);
      return answer.result;
    };
    const started = performance.now();
    await Promise.all(
      learners.map(async (learner, i) => {
        for (let turn = 0; turn < TURNS; turn++) {
          const card = learner.cards[turn % WORDS]!;
          if ((turn + i) % 2 === 0) {
            // Two tabs, each on its own server, grade the card shown at the same version: one grade, one conflict.
            const [first, second] = await Promise.all([
              grade(a.client, learner, card, turn),
              grade(b.client, learner, card, turn + 1),
            ]);
            const accepted = [first, second].filter((result) => result?.ok);
            const refused = [first, second].filter((result) => result && !result.ok);
            if (accepted.length !== 1 || refused.some((result) => result?.error !== "conflict"))
              failures.push(`same card on both servers: ${JSON.stringify([first, second])}`);
            conflicts += refused.length;
            for (const result of accepted) learner.acked.push(result!.data!.logId);
            card.version += accepted.length;
            card.graded += accepted.length;
          } else {
            const result = await grade(clients[(turn + i) % clients.length]!, learner, card, turn);
            if (result?.ok && result.data) {
              learner.acked.push(result.data.logId);
              card.version++;
              card.graded++;
            } else failures.push(`gradeCard ${JSON.stringify(result)}`);
          }
        }
      }),
    );
    const acked = learners.flatMap((learner) => learner.acked);
    console.log(
      `${requests} grade requests (${Math.round(performance.now() - started)} ms): ${acked.length} accepted, ${conflicts} conflicts`,
    );
    if (failures.length)
      console.log(
        [a, b]
          .flatMap((app) => app.output().split("\n"))
          .filter((line) => /error|transaction|P20/i.test(line))
          .slice(0, 30)
          .join("\n"),
      );
    expect(failures.slice(0, 5), `${failures.length} failures`).toEqual([]);
    expect(acked.length + conflicts).toBe(requests);
    expect(conflicts).toBe(LEARNERS * (TURNS / 2));

    const ids = learners.map((learner) => `'${learner.userId}'`).join(",");
    const logs = await db.query<{ id: string; cardId: string }>(
      `SELECT id, "cardId" FROM "ReviewLog" WHERE "userId" IN (${ids})`,
    );
    const cards = await db.query<{ id: string; version: number }>(
      `SELECT id, version FROM "ReviewCard" WHERE "userId" IN (${ids})`,
    );
    // Every accepted grade is one row, and there is no row nobody was told about.
    expect(logs).toHaveLength(acked.length);
    expect(new Set(logs.map((log) => log.id))).toEqual(new Set(acked));
    const versions = new Map(cards.map((card) => [card.id, Number(card.version)]));
    const logsPerCard = new Map<string, number>();
    for (const log of logs) logsPerCard.set(log.cardId, (logsPerCard.get(log.cardId) ?? 0) + 1);
    for (const card of learners.flatMap((learner) => learner.cards)) {
      expect(versions.get(card.cardId), `version of ${card.cardId}`).toBe(card.graded);
      expect(logsPerCard.get(card.cardId) ?? 0).toBe(card.graded);
    }
  }, 240_000);
});
