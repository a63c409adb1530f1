// Per-address limits and the sign-in throttle against two app servers on one PostgreSQL database, with
// requests from real, different source addresses (127.0.0.x, all loopback on Linux), as a penetration
// tester would send them. Server 1 trusts no proxy (the app served directly); server 2 trusts one
// (127.0.0.10 stands in for nginx). Found before: rotating X-Forwarded-For gave 40 wrong passwords with
// no 429 and 33 sign-ups, and five wrong passwords from rotating addresses locked the owner out.
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PgDatabase, pgDatabase, portFor, RUN, type RunningApp, startApp } from "./support/app";

let db: PgDatabase;
let direct: RunningApp;
let proxied: RunningApp;
const PROXY = "127.0.0.10";
const PASSWORD = "Wanderkarte-Flussufer-73";

interface Answer {
  status: number;
  retryAfter: number;
  body: string;
}

/** POSTs JSON to better-auth from a chosen source address, with optional extra headers. */
function post(app: RunningApp, path: string, body: unknown, from: string, headers: Record<string, string> = {}) {
  const url = new URL(`/api/auth${path}`, app.base.replace("localhost", "127.0.0.1"));
  const payload = JSON.stringify(body);
  return new Promise<Answer>((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        localAddress: from,
        headers: { "content-type": "application/json", origin: app.base, ...headers },
      },
      (res) => {
        let text = "";
        res.on("data", (chunk: Buffer) => (text += chunk.toString()));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, retryAfter: Number(res.headers["x-retry-after"] ?? 0), body: text }),
        );
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

const signIn = (app: RunningApp, email: string, password: string, from: string, headers?: Record<string, string>) =>
  post(app, "/sign-in/email", { email, password }, from, headers);

async function signUp(app: RunningApp, email: string, from: string, headers?: Record<string, string>) {
  return post(app, "/sign-up/email", { name: "Probe", email, password: PASSWORD }, from, headers);
}

beforeAll(async () => {
  db = await pgDatabase(`signin_${RUN}`);
  [direct, proxied] = await Promise.all([
    startApp({ port: portFor(8), databaseUrl: db.url, env: { TRUSTED_PROXIES: "" } }),
    startApp({ port: portFor(9), databaseUrl: db.url, env: { TRUSTED_PROXIES: PROXY } }),
  ]);
});
afterAll(async () => {
  await Promise.all([direct?.stop(), proxied?.stop()]);
  await db?.close();
});

describe("X-Forwarded-For counts only from a trusted proxy", () => {
  it("limits sign-in per address however the client rotates the header: 429 after 30 a minute", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 36; i++) {
      const answer = await signIn(direct, `nobody-${i}-${RUN}@example.test`, "wrong-password", "127.0.0.3", {
        "x-forwarded-for": `198.51.100.${i + 1}`,
      });
      statuses.push(answer.status);
    }
    expect(statuses.slice(0, 30).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429, 429, 429, 429, 429]);
  });

  it("limits sign-up per address the same way", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) {
      const answer = await signUp(direct, `rotating-${i}-${RUN}@example.test`, "127.0.0.4", {
        "x-forwarded-for": `198.51.100.${i + 1}`,
      });
      statuses.push(answer.status);
    }
    expect(statuses.slice(0, 30).every((status) => status === 200)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
  });

  it("believes the proxy's X-Forwarded-For, and only the proxy's", async () => {
    // Through the proxy, 35 clients are 35 addresses: none is limited.
    for (let i = 0; i < 35; i++) {
      const answer = await signIn(proxied, `nobody-p${i}-${RUN}@example.test`, "wrong-password", PROXY, {
        "x-forwarded-for": `203.0.113.${i + 1}`,
      });
      expect(answer.status).toBe(401);
    }
    // Past the proxy, the same header from anyone else is ignored.
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      const answer = await signIn(proxied, `nobody-q${i}-${RUN}@example.test`, "wrong-password", "127.0.0.11", {
        "x-forwarded-for": `203.0.113.${i + 100}`,
      });
      statuses.push(answer.status);
    }
    expect(statuses.at(-1)).toBe(429);
  });
});

describe("the sign-in throttle, per account and address, in the database", () => {
  it("does not lock the owner out after wrong passwords from rotating addresses", async () => {
    const email = `owner-a-${RUN}@example.test`;
    expect((await signUp(direct, email, "127.0.0.20")).status).toBe(200);
    for (let i = 0; i < 6; i++) {
      const app = i % 2 ? proxied : direct;
      expect((await signIn(app, email, `guess-${i}`, `127.0.0.${21 + i}`)).status).toBe(401);
    }
    expect((await signIn(direct, email, PASSWORD, "127.0.0.20")).status).toBe(200);
  });

  it("makes one address wait, with backoff, on every server, while the owner signs in", async () => {
    const email = `owner-b-${RUN}@example.test`;
    expect((await signUp(direct, email, "127.0.0.30")).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await signIn(direct, email, `guess-${i}`, "127.0.0.31")).status).toBe(401);
    // The other server knows: the count is in the database.
    const limited = await signIn(proxied, email, "guess-5", "127.0.0.31");
    expect(limited.status).toBe(429);
    expect(limited.retryAfter).toBeGreaterThan(50);
    expect(limited.retryAfter).toBeLessThanOrEqual(60);
    expect((await signIn(direct, email, PASSWORD, "127.0.0.31")).status).toBe(429);
    expect((await signIn(proxied, email, PASSWORD, "127.0.0.30")).status).toBe(200);
    // Nothing that names the account or the address is stored.
    const rows = await db.query<{ key: string }>(`SELECT "key" FROM "signInThrottle"`);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.key).toMatch(/^[0-9a-f]{64}$/);
  });
});
