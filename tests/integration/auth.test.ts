// Accounts through better-auth's HTTP handler (the path the browser takes, the only one it rate-limits),
// on a fresh database: PGlite by default, PostgreSQL when BRUECKE_TEST_PG_URL is set.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DEMO_USERS, seedDemoUsers } from "@/lib/auth/demo-users";
import { PEER_HEADER, trustPeerHeader } from "@/lib/server/client-address";
import { consumeSignInAttempt, SIGN_IN_THROTTLE, throttleKey } from "@/lib/server/login-throttle";
import { createTestDatabase, type TestDatabase, testDatabaseKind } from "../support/test-db";

type HandleAuthRequest = typeof import("@/lib/server/auth")["handleAuthRequest"];

const ORIGIN = "http://localhost:3000";
let test: TestDatabase;
let handleAuthRequest: HandleAuthRequest;
let auth: typeof import("@/lib/server/auth")["auth"];
let nextIp = 1;
/**
 * A fresh client address, so the per-address limit of one test does not spill into another. It arrives as
 * scripts/serve.mjs passes the socket's address on (PEER_HEADER), the way app/api/auth hands requests over.
 */
const freshIp = () => `203.0.113.${nextIp++}`;

interface CallOptions {
  ip?: string | null;
  cookie?: string;
  forwardedFor?: string;
}

async function call(path: string, body: unknown, { ip = freshIp(), cookie, forwardedFor }: CallOptions = {}) {
  const headers = new Headers({ "content-type": "application/json", origin: ORIGIN });
  if (ip) headers.set(PEER_HEADER, ip);
  if (forwardedFor) headers.set("x-forwarded-for", forwardedFor);
  if (cookie) headers.set("cookie", cookie);
  const response = await handleAuthRequest(
    new Request(`${ORIGIN}/api/auth${path}`, { method: "POST", headers, body: JSON.stringify(body) }),
  );
  const json = (await response.json().catch(() => null)) as {
    code?: string;
    message?: string;
    user?: Record<string, unknown>;
  } | null;
  return { response, json };
}

const signUp = (body: Record<string, unknown>, options?: CallOptions) => call("/sign-up/email", body, options);
const signIn = (email: string, password: string, options?: CallOptions) =>
  call("/sign-in/email", { email, password }, options);

/** "name=value" of the session cookie, for the next request's Cookie header. */
function sessionCookie(response: Response): string {
  const line = response.headers.getSetCookie().find((c) => c.includes("session_token="));
  if (!line) throw new Error("no session cookie set");
  return line.split(";")[0] ?? "";
}

async function session(cookie: string) {
  return auth.api.getSession({ headers: new Headers({ cookie }) });
}

beforeAll(async () => {
  vi.stubEnv("BETTER_AUTH_SECRET", "integration-tests-secret-0123456789abcdef");
  test = await createTestDatabase();
  trustPeerHeader();
  ({ auth, handleAuthRequest } = await import("@/lib/server/auth"));
});

afterAll(async () => {
  vi.unstubAllEnvs();
  trustPeerHeader(false);
  await test?.close();
});

describe(`accounts through the auth handler (${testDatabaseKind()})`, () => {
  it("signs up a learner, stores a hashed password and sets a safe session cookie", async () => {
    const { response, json } = await signUp({
      name: "Anna Probe",
      email: "Anna@Example.test",
      password: "correct horse",
    });
    expect(response.status).toBe(200);
    expect(json?.user).toMatchObject({ name: "Anna Probe", email: "anna@example.test", role: "LEARNER" });

    const cookie = response.headers.getSetCookie().find((c) => c.includes("session_token="));
    expect(cookie).toMatch(/^better-auth\.session_token=/);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).toMatch(/;\s*Path=\//i);
    expect(cookie).not.toMatch(/;\s*Secure/i); // plain http outside production

    const user = await test.db.user.findUniqueOrThrow({
      where: { email: "anna@example.test" },
      include: { accounts: true },
    });
    expect(user.role).toBe("LEARNER");
    expect(user.accounts).toHaveLength(1);
    expect(user.accounts[0]?.providerId).toBe("credential");
    expect(user.accounts[0]?.password).not.toContain("correct horse");
  });

  it("finds the session from the cookie, with the role and the saved level (the reader's key vocabulary)", async () => {
    const { response } = await signUp({
      name: "Bert Session",
      email: "bert@example.test",
      password: "bert-Zugspitze-Wanderweg",
    });
    const found = await session(sessionCookie(response));
    expect(found?.user).toMatchObject({
      name: "Bert Session",
      email: "bert@example.test",
      role: "LEARNER",
      level: "B1",
    });
    // Settings save the level straight to the row; the next request's session carries it.
    await test.db.user.update({ where: { email: "bert@example.test" }, data: { level: "C1" } });
    expect((await session(sessionCookie(response)))?.user).toMatchObject({ level: "C1" });
    expect(await session("better-auth.session_token=forged.value")).toBeNull();
  });

  it("signs in with the right password, case-insensitively by email", async () => {
    await signUp({ name: "Clara", email: "clara@example.test", password: "clara-Zugspitze-Wanderweg" });
    const { response, json } = await signIn("CLARA@example.test", "clara-Zugspitze-Wanderweg");
    expect(response.status).toBe(200);
    expect(json?.user).toMatchObject({ email: "clara@example.test" });
    expect((await session(sessionCookie(response)))?.user.email).toBe("clara@example.test");
  });

  it("answers a wrong password and an unknown email alike (no account enumeration)", async () => {
    await signUp({ name: "Dora", email: "dora@example.test", password: "dora-Zugspitze-Wanderweg" });
    const wrong = await signIn("dora@example.test", "not-her-password");
    const unknown = await signIn("nobody@example.test", "dora-Zugspitze-Wanderweg");
    expect(wrong.response.status).toBe(401);
    expect(unknown.response.status).toBe(401);
    expect(wrong.json).toEqual(unknown.json);
    expect(wrong.json?.code).toBe("INVALID_EMAIL_OR_PASSWORD");
    expect(wrong.response.headers.getSetCookie()).toEqual([]);
  });

  it("refuses a taken email and a short password with their own codes", async () => {
    await signUp({ name: "Emil", email: "emil@example.test", password: "emil-Zugspitze-Wanderweg" });
    const taken = await signUp({ name: "Emil 2", email: "EMIL@example.test", password: "other-Zugspitze-Wanderweg" });
    expect(taken.response.status).toBe(422);
    expect(taken.json?.code).toBe("USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL");
    const short = await signUp({ name: "Kurz", email: "kurz@example.test", password: "1234567" });
    expect(short.response.status).toBe(400);
    expect(short.json?.code).toBe("PASSWORD_TOO_SHORT");
    expect(await test.db.user.count({ where: { email: "kurz@example.test" } })).toBe(0);
  });

  it("signs out: the session is gone", async () => {
    const { response } = await signUp({
      name: "Fritz",
      email: "fritz@example.test",
      password: "fritz-Zugspitze-Wanderweg",
    });
    const cookie = sessionCookie(response);
    const out = await call("/sign-out", {}, { cookie });
    expect(out.response.status).toBe(200);
    expect(out.response.headers.getSetCookie().some((c) => /session_token=;/.test(c) && /Max-Age=0/i.test(c))).toBe(
      true,
    );
    expect(await session(cookie)).toBeNull();
  });
});

describe(`roles (${testDatabaseKind()})`, () => {
  it("ignores a role sent by the client", async () => {
    const { response, json } = await signUp({
      name: "Mallory",
      email: "mallory@example.test",
      password: "mallory-Zugspitze-Wanderweg",
      role: "TEACHER",
    });
    expect(response.status).toBe(200);
    expect(json?.user?.role).toBe("LEARNER");
    expect((await test.db.user.findUniqueOrThrow({ where: { email: "mallory@example.test" } })).role).toBe("LEARNER");
  });

  it("makes a teacher from the 'I teach a class' flag", async () => {
    const { response } = await signUp({
      name: "Tina Teach",
      email: "tina@example.test",
      password: "tina-Zugspitze-Wanderweg",
      teachesClass: true,
    });
    expect(response.status).toBe(200);
    expect((await session(sessionCookie(response)))?.user).toMatchObject({ role: "TEACHER" });
    // Anything but the flag itself stays a learner.
    await signUp({
      name: "Odd",
      email: "odd@example.test",
      password: "odd-Zugspitze-Wanderweg",
      teachesClass: "yes please",
    });
    expect((await test.db.user.findUniqueOrThrow({ where: { email: "odd@example.test" } })).role).toBe("LEARNER");
  });

  it("does not let a learner make themselves a teacher later", async () => {
    const { response } = await signUp({
      name: "Lars",
      email: "lars@example.test",
      password: "lars-Zugspitze-Wanderweg",
    });
    const cookie = sessionCookie(response);
    const update = await call("/update-user", { role: "TEACHER" }, { cookie });
    expect(update.response.status).toBe(400);
    expect((await test.db.user.findUniqueOrThrow({ where: { email: "lars@example.test" } })).role).toBe("LEARNER");
  });

  it("keeps the level out of better-auth's input: only the settings form (with its checks) saves it", async () => {
    const { response } = await signUp({ name: "Lea", email: "lea@example.test", password: "lea-Zugspitze-Wanderweg" });
    const update = await call("/update-user", { level: "not a level" }, { cookie: sessionCookie(response) });
    expect(update.response.status).toBe(400);
    expect((await test.db.user.findUniqueOrThrow({ where: { email: "lea@example.test" } })).level).toBe("B1");
  });
});

describe(`rate limits (${testDatabaseKind()})`, () => {
  it("limits sign-in attempts per client address: 429 after 30 a minute", async () => {
    const ip = freshIp();
    // Malformed emails are refused before any password hashing, which keeps this quick.
    for (let i = 0; i < 30; i++)
      expect((await signIn(`not-an-email-${i}`, "whatever", { ip })).response.status).toBe(400);
    const limited = await signIn("someone@example.test", "whatever", { ip });
    expect(limited.response.status).toBe(429);
    expect(Number(limited.response.headers.get("x-retry-after"))).toBeGreaterThan(0);
    // Another address is not affected.
    expect((await signIn("someone@example.test", "whatever")).response.status).toBe(401);
  });

  it("still limits requests that carry no address header", async () => {
    // better-auth keys them as 127.0.0.1 in tests and development, and as one shared bucket in production.
    for (let i = 0; i < 30; i++) await signIn(`no-ip-${i}`, "whatever", { ip: null });
    expect((await signIn("someone@example.test", "whatever", { ip: null })).response.status).toBe(429);
  });

  it("believes no X-Forwarded-For from a client that is not a trusted proxy", async () => {
    const ip = freshIp();
    for (let i = 0; i < 30; i++) {
      const forwardedFor = `198.51.100.${i + 1}`;
      expect((await signIn(`rotating-${i}`, "whatever", { ip, forwardedFor })).response.status).toBe(400);
    }
    expect(
      (await signIn("someone@example.test", "whatever", { ip, forwardedFor: "198.51.100.99" })).response.status,
    ).toBe(429);
  });

  it("throttles guesses per account and address: the attacker waits, the owner at home signs in", async () => {
    await signUp({ name: "Gerda", email: "gerda@example.test", password: "gerda-Zugspitze-Wanderweg" });
    const attacker = freshIp();
    for (let i = 0; i < 5; i++)
      expect((await signIn("gerda@example.test", `guess-${i}`, { ip: attacker })).response.status).toBe(401);
    const limited = await signIn("Gerda@Example.test", "guess-5", { ip: attacker });
    expect(limited.response.status).toBe(429);
    expect(Number(limited.response.headers.get("x-retry-after"))).toBeGreaterThan(50);
    // While limited, even the right password waits at that address...
    expect((await signIn("gerda@example.test", "gerda-Zugspitze-Wanderweg", { ip: attacker })).response.status).toBe(
      429,
    );
    // ...but not at the owner's.
    expect((await signIn("gerda@example.test", "gerda-Zugspitze-Wanderweg")).response.status).toBe(200);
  });

  it("does not lock the owner out after wrong passwords from changing addresses", async () => {
    await signUp({ name: "Greta", email: "greta@example.test", password: "greta-Zugspitze-Wanderweg" });
    for (let i = 0; i < 8; i++) expect((await signIn("greta@example.test", `guess-${i}`)).response.status).toBe(401);
    expect((await signIn("greta@example.test", "greta-Zugspitze-Wanderweg")).response.status).toBe(200);
  });

  it("forgets an account's failed attempts at an address after a successful sign-in", async () => {
    await signUp({ name: "Hugo", email: "hugo@example.test", password: "hugo-Zugspitze-Wanderweg" });
    const ip = freshIp();
    for (let i = 0; i < 4; i++) await signIn("hugo@example.test", `typo-${i}`, { ip });
    expect((await signIn("hugo@example.test", "hugo-Zugspitze-Wanderweg", { ip })).response.status).toBe(200);
    expect(await test.db.signInThrottle.count({ where: { key: throttleKey("hugo@example.test", ip) } })).toBe(0);
    for (let i = 0; i < 4; i++)
      expect((await signIn("hugo@example.test", `typo-${i}`, { ip })).response.status).toBe(401);
  });

  it("backs off: each attempt after the free ones doubles the wait, up to the longest", async () => {
    const rule = { ...SIGN_IN_THROTTLE, free: 2, baseDelay: 60, maxDelay: 200 };
    const t0 = 1_900_000_000_000;
    const at = (seconds: number) =>
      consumeSignInAttempt(test.db, "ivo@example.test", "192.0.2.1", rule, t0 + seconds * 1000);
    expect(await at(0)).toEqual({ allowed: true, retryAfter: 0 });
    expect(await at(1)).toEqual({ allowed: true, retryAfter: 0 }); // the second free one; 60 s from here
    expect(await at(2)).toEqual({ allowed: false, retryAfter: 59 });
    expect(await at(30)).toEqual({ allowed: false, retryAfter: 31 }); // a refused attempt does not extend the wait
    expect(await at(61)).toEqual({ allowed: true, retryAfter: 0 }); // 120 s from here
    expect(await at(180)).toEqual({ allowed: false, retryAfter: 1 });
    expect(await at(181)).toEqual({ allowed: true, retryAfter: 0 }); // 240 s, capped at 200
    expect(await at(380)).toEqual({ allowed: false, retryAfter: 1 });
    expect(await at(381)).toEqual({ allowed: true, retryAfter: 0 });
    // Another address, and the same address in the same IPv6 /64, are counted on their own and together.
    expect((await consumeSignInAttempt(test.db, "ivo@example.test", "192.0.2.2", rule, t0 + 382_000)).allowed).toBe(
      true,
    );
    // After a day of quiet the account starts afresh at that address.
    expect(await at(381 + 86_400)).toEqual({ allowed: true, retryAfter: 0 });
    expect(await at(381 + 86_401)).toEqual({ allowed: true, retryAfter: 0 });
  });

  it("keys IPv6 addresses by their /64", () => {
    expect(throttleKey("a@example.test", "2001:db8:1:2::1")).toBe(
      throttleKey("A@example.test", "2001:db8:1:2:ffff::9"),
    );
    expect(throttleKey("a@example.test", "2001:db8:1:2::1")).not.toBe(throttleKey("a@example.test", "2001:db8:1:3::1"));
    expect(throttleKey("a@example.test", "192.0.2.1")).not.toBe(throttleKey("a@example.test", "192.0.2.2"));
  });

  it("counts attempts atomically under concurrency", async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, () => consumeSignInAttempt(test.db, "burst@example.test", "192.0.2.3")),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
  });
});

describe(`the password rule and a password change (${testDatabaseKind()})`, () => {
  it("refuses a password that is easy to guess, and creates no account", async () => {
    for (const [i, password] of ["aaaaaaaa", "passwort1", "password123", "qwertzuiop", "Jonas-Jonas-1"].entries()) {
      const email = `weak-${i}@example.test`;
      const { response, json } = await signUp({ name: "Jonas Weak", email, password });
      expect(response.status, password).toBe(400);
      expect(json?.code).toBe("PASSWORD_TOO_WEAK");
      expect(await test.db.user.count({ where: { email } })).toBe(0);
    }
    // Length problems keep better-auth's own codes.
    expect((await signUp({ name: "Kurz", email: "short@example.test", password: "Ab1-xyz" })).json?.code).toBe(
      "PASSWORD_TOO_SHORT",
    );
  });

  it("changes the password only to a strong one, and ends every other session", async () => {
    const { response } = await signUp({
      name: "Paula",
      email: "paula@example.test",
      password: "paula-Zugspitze-Wanderweg",
    });
    const here = sessionCookie(response);
    const elsewhere = sessionCookie((await signIn("paula@example.test", "paula-Zugspitze-Wanderweg")).response);
    const weak = await call(
      "/change-password",
      { currentPassword: "paula-Zugspitze-Wanderweg", newPassword: "paula1234" },
      { cookie: here },
    );
    expect(weak.response.status).toBe(400);
    expect(weak.json?.code).toBe("PASSWORD_TOO_WEAK");
    expect(await session(elsewhere)).not.toBeNull();
    // The client asks to keep the other sessions; the server ends them anyway.
    const changed = await call(
      "/change-password",
      {
        currentPassword: "paula-Zugspitze-Wanderweg",
        newPassword: "Lindenblatt-Kompass-Regen",
        revokeOtherSessions: false,
      },
      { cookie: here },
    );
    expect(changed.response.status).toBe(200);
    expect(await session(elsewhere)).toBeNull();
    expect((await session(sessionCookie(changed.response)))?.user.email).toBe("paula@example.test");
    expect((await signIn("paula@example.test", "paula-Zugspitze-Wanderweg")).response.status).toBe(401);
    expect((await signIn("paula@example.test", "Lindenblatt-Kompass-Regen")).response.status).toBe(200);
  });
});

describe(`demo accounts (${testDatabaseKind()})`, () => {
  it("are seeded once, however often the seed runs, and can sign in", async () => {
    await seedDemoUsers(test.db);
    await seedDemoUsers(test.db);
    for (const demo of DEMO_USERS) {
      const users = await test.db.user.findMany({ where: { email: demo.email }, include: { accounts: true } });
      expect(users).toHaveLength(1);
      expect(users[0]).toMatchObject({ name: demo.name, role: demo.role });
      expect(users[0]?.accounts.map((a) => a.providerId)).toEqual(["credential"]);
      const { response, json } = await signIn(demo.email, demo.password);
      expect(response.status).toBe(200);
      expect(json?.user).toMatchObject({ name: demo.name, role: demo.role });
    }
  });
});

describe("session cookie in production", () => {
  it("is Secure, HttpOnly and SameSite=Lax, with the __Secure- prefix", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.resetModules();
    try {
      const production = (await import("@/lib/server/auth")).auth;
      const response = await production.handler(
        new Request(`${ORIGIN}/api/auth/sign-up/email`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": freshIp() },
          body: JSON.stringify({ name: "Prod", email: "prod@example.test", password: "prod-Zugspitze-Wanderweg" }),
        }),
      );
      expect(response.status).toBe(200);
      const cookie = response.headers.getSetCookie().find((c) => c.includes("session_token="));
      expect(cookie).toMatch(/^__Secure-better-auth\.session_token=/);
      expect(cookie).toMatch(/;\s*Secure/i);
      expect(cookie).toMatch(/;\s*HttpOnly/i);
      expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    } finally {
      vi.stubEnv("NODE_ENV", "test");
      vi.resetModules();
    }
  });
});
