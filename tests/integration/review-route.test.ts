// POST /api/review/grade (the review page's way to grade) with real better-auth sessions, on a fresh
// database: PGlite by default, PostgreSQL when BRUECKE_TEST_PG_URL is set.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { cardSelect } from "@/lib/review/data";
import { sessionCard } from "@/lib/review/grade-sql";
import { gradeCard } from "@/lib/review/mutations";
import { PEER_HEADER, trustPeerHeader } from "@/lib/server/client-address";
import { saveWord } from "@/lib/vocabulary/mutations";
import { createTestDatabase, type TestDatabase, testDatabaseKind } from "../support/test-db";

const ORIGIN = "http://localhost:3000";
let test: TestDatabase;
let handleAuthRequest: typeof import("@/lib/server/auth")["handleAuthRequest"];
let POST: typeof import("@/app/api/review/grade/route")["POST"];
let seq = 0;

beforeAll(async () => {
  vi.stubEnv("BETTER_AUTH_SECRET", "integration-tests-secret-0123456789abcdef");
  test = await createTestDatabase();
  trustPeerHeader();
  ({ handleAuthRequest } = await import("@/lib/server/auth"));
  ({ POST } = await import("@/app/api/review/grade/route"));
});
afterAll(async () => {
  vi.unstubAllEnvs();
  trustPeerHeader(false);
  await test?.close();
});

/** A learner signed up through better-auth's handler: their id and "name=value" of the session cookie. */
async function learner() {
  seq++;
  const response = await handleAuthRequest(
    new Request(`${ORIGIN}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, [PEER_HEADER]: `203.0.113.${seq}` },
      body: JSON.stringify({ name: `L ${seq}`, email: `l${seq}@example.test`, password: "Zugspitze-Wanderweg-42" }),
    }),
  );
  const body = (await response.json()) as { user: { id: string } };
  const cookie = response.headers
    .getSetCookie()
    .find((c) => c.includes("session_token="))!
    .split(";")[0]!;
  return { id: body.user.id, cookie };
}

async function cardOf(userId: string, lemma: string) {
  const item = await saveWord(userId, { lemma, surface: lemma, pos: "noun", gender: "m", gloss: `gloss of ${lemma}` });
  return test.db.reviewCard.findUniqueOrThrow({ where: { itemId: item.id } });
}

function grade(body: unknown, headers: Record<string, string> = {}) {
  return POST(
    new Request(`${ORIGIN}/api/review/grade`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, host: "localhost:3000", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

const input = (card: { id: string; version: number }) => ({
  cardId: card.id,
  version: card.version,
  grade: 3,
  mode: "recognition",
  durationMs: 1200,
});

describe(`POST /api/review/grade (${testDatabaseKind()})`, () => {
  it("grades the signed-in learner's card once: the card, its word and one log row", async () => {
    const me = await learner();
    const card = await cardOf(me.id, "Brunnen");
    const response = await grade(input(card), { cookie: me.cookie });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as {
      logId: string;
      correct: boolean;
      card: { cardId: string; version: number };
    };
    expect(body).toMatchObject({ correct: true, card: { cardId: card.id, version: 1 } });
    const after = await test.db.reviewCard.findUniqueOrThrow({ where: { id: card.id }, include: { item: true } });
    expect(after).toMatchObject({ version: 1, reps: 1, item: { status: "LEARNING" } });
    expect(
      await test.db.reviewLog.findMany({ where: { cardId: card.id }, select: { id: true, userId: true } }),
    ).toEqual([{ id: body.logId, userId: me.id }]);
  });

  it("reads the card with the session exactly as Prisma reads it (dates, numbers, the word)", async () => {
    const me = await learner();
    const card = await cardOf(me.id, "Ufer");
    await gradeCard(me.id, { cardId: card.id, version: 0, grade: 2, mode: "recognition", durationMs: 1 });
    const token = decodeURIComponent(me.cookie.split("=")[1]!).split(".")[0]!;
    const expected = await test.db.reviewCard.findUniqueOrThrow({ where: { id: card.id }, select: cardSelect });
    expect(expected.lastReview).toBeInstanceOf(Date);
    expect(await sessionCard(test.db, token, card.id, new Date())).toEqual({ userId: me.id, card: expected });
    expect(await sessionCard(test.db, token, "no-such-card", new Date())).toEqual({ userId: me.id, card: null });
    expect(await sessionCard(test.db, `${token}x`, card.id, new Date())).toBeNull();
    expect(await sessionCard(test.db, token, card.id, new Date(Date.now() + 31 * 86_400_000))).toBeNull();
  });

  it("answers 401 without a session, with a forged or ended one, and writes nothing", async () => {
    const me = await learner();
    const card = await cardOf(me.id, "Quelle");
    const [name, value] = me.cookie.split("=") as [string, string];
    const token = decodeURIComponent(value).split(".")[0]!;
    for (const cookie of [
      undefined,
      `${name}=${token}`,
      `${name}=${encodeURIComponent(`${token}.${"A".repeat(43)}=`)}`,
    ]) {
      const response = await grade(input(card), cookie ? { cookie } : {});
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: "unauthenticated" });
    }
    await test.db.session.updateMany({ where: { userId: me.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await grade(input(card), { cookie: me.cookie })).status).toBe(401);
    await test.db.session.deleteMany({ where: { userId: me.id } });
    expect((await grade(input(card), { cookie: me.cookie })).status).toBe(401);
    expect(await test.db.reviewLog.count({ where: { cardId: card.id } })).toBe(0);
  });

  it("refuses someone else's card as not found, and a request from another origin", async () => {
    const [a, b] = [await learner(), await learner()];
    const card = await cardOf(a.id, "Geheimnis");
    const stolen = await grade(input(card), { cookie: b.cookie });
    expect(stolen.status).toBe(404);
    expect(await stolen.json()).toEqual({ error: "not_found" });
    const crossSite = await grade(input(card), { cookie: a.cookie, origin: "https://evil.example" });
    expect(crossSite.status).toBe(403);
    expect((await grade(input(card), { cookie: a.cookie, origin: "" })).status).toBe(403);
    expect(await test.db.reviewCard.findUniqueOrThrow({ where: { id: card.id } })).toMatchObject({ version: 0 });
    expect(await test.db.reviewLog.count({ where: { cardId: card.id } })).toBe(0);
  });

  it("gives one grade and one conflict for two tabs grading the same card, and refuses the stale retry", async () => {
    const me = await learner();
    const card = await cardOf(me.id, "Tisch");
    const responses = await Promise.all([
      grade(input(card), { cookie: me.cookie }),
      grade({ ...input(card), grade: 4 }, { cookie: me.cookie }),
    ]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    const conflict = responses.find((r) => r.status === 409)!;
    expect(await conflict.json()).toEqual({ error: "conflict" });
    expect((await grade(input(card), { cookie: me.cookie })).status).toBe(409);
    expect(await test.db.reviewLog.count({ where: { cardId: card.id } })).toBe(1);
    expect(await test.db.reviewCard.findUniqueOrThrow({ where: { id: card.id } })).toMatchObject({ version: 1 });
  });

  it("answers 422 with the fields for bad input, and for a body that is not JSON", async () => {
    const me = await learner();
    const card = await cardOf(me.id, "Fenster");
    const bad = await grade({ ...input(card), grade: 7, mode: "guess" }, { cookie: me.cookie });
    expect(bad.status).toBe(422);
    const body = (await bad.json()) as { error: string; fields: Record<string, string[]> };
    expect(body.error).toBe("invalid_input");
    expect(Object.keys(body.fields).sort()).toEqual(["grade", "mode"]);
    expect((await grade("{not json", { cookie: me.cookie })).status).toBe(422);
    expect((await grade({ ...input(card), answer: "a\u0000".repeat(400) }, { cookie: me.cookie })).status).toBe(422);
    expect(await test.db.reviewLog.count({ where: { cardId: card.id } })).toBe(0);
  });

  it("answers 413 for a body over 16 KiB, after the session check, and grades nothing", async () => {
    const me = await learner();
    const card = await cardOf(me.id, "Tür");
    const huge = { ...input(card), padding: "x".repeat(20_000) };
    const refused = await grade(huge, { cookie: me.cookie });
    expect(refused.status).toBe(413);
    expect(refused.headers.get("cache-control")).toBe("no-store");
    expect(await refused.json()).toEqual({ error: "invalid_input" });
    expect((await grade(huge)).status).toBe(401);
    expect(await test.db.reviewLog.count({ where: { cardId: card.id } })).toBe(0);
    expect((await grade({ ...input(card), padding: "x".repeat(1000) }, { cookie: me.cookie })).status).toBe(200);
  });
});
