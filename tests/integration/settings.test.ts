import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/server/session";
import { settingsForUser } from "@/lib/settings/data";
import { createTestDatabase, type TestDatabase, testDatabaseKind } from "../support/test-db";

const viewer = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock("@/lib/server/session", () => ({ getViewer: async () => viewer.current }));

const actions = await import("@/lib/settings/actions");

let test: TestDatabase;
let seq = 0;

async function createUser(overrides: { timeZone?: string; level?: string } = {}) {
  seq++;
  return test.db.user.create({
    data: { id: `settings-user-${seq}`, name: `User ${seq}`, email: `settings${seq}@example.test`, ...overrides },
  });
}

const as = (user: { id: string; name: string; email: string }) => {
  viewer.current = { id: user.id, name: user.name, email: user.email, role: "LEARNER" };
};

const preferences = (id: string) =>
  test.db.user.findUniqueOrThrow({
    where: { id },
    select: { level: true, timeZone: true, dailyGoal: true, dailyNewLimit: true },
  });

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const valid = { level: "B2", timeZone: "Europe/Berlin", dailyGoal: 40, dailyNewLimit: 7 } as const;

beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(async () => {
  await test?.close();
});
beforeEach(() => {
  viewer.current = null;
});

describe(`settings (${testDatabaseKind()})`, () => {
  it("saves the signed-in user's settings and touches no other row", async () => {
    const [user, other] = [await createUser(), await createUser()];
    const otherBefore = await preferences(other.id);
    as(user);
    expect(await actions.updateSettings(valid)).toEqual({ ok: true, data: valid });
    expect(await preferences(user.id)).toEqual(valid);
    expect(await preferences(other.id)).toEqual(otherBefore);
  });

  it("ignores any user id smuggled into the input", async () => {
    const [user, other] = [await createUser(), await createUser()];
    as(user);
    const smuggled = { ...valid, userId: other.id, id: other.id } as typeof valid;
    expect(await actions.updateSettings(smuggled)).toMatchObject({ ok: true });
    expect((await preferences(other.id)).level).toBe("B1");
  });

  it("saves from the posted form too", async () => {
    const user = await createUser();
    as(user);
    const result = await actions.saveSettings(
      null,
      form({ level: "A1", timeZone: "America/New_York", dailyGoal: "5", dailyNewLimit: "0" }),
    );
    expect(result).toEqual({
      ok: true,
      data: { level: "A1", timeZone: "America/New_York", dailyGoal: 5, dailyNewLimit: 0 },
    });
    expect(await preferences(user.id)).toMatchObject({ level: "A1", timeZone: "America/New_York", dailyNewLimit: 0 });
  });

  it("rejects invalid input with invalid_input and the failing fields, and changes nothing", async () => {
    const user = await createUser();
    as(user);
    const before = await preferences(user.id);
    expect(await actions.updateSettings({ ...valid, timeZone: "Mars/Olympus_Mons" })).toMatchObject({
      ok: false,
      error: "invalid_input",
      fields: { timeZone: expect.any(Array) },
    });
    expect(await actions.updateSettings({ ...valid, dailyGoal: 0 })).toMatchObject({
      ok: false,
      error: "invalid_input",
      fields: { dailyGoal: expect.any(Array) },
    });
    expect(await actions.updateSettings({ ...valid, dailyNewLimit: 501 })).toMatchObject({
      ok: false,
      error: "invalid_input",
      fields: { dailyNewLimit: expect.any(Array) },
    });
    expect(await actions.updateSettings({ ...valid, level: "C2" as "C1" })).toMatchObject({
      ok: false,
      error: "invalid_input",
      fields: { level: expect.any(Array) },
    });
    expect(
      await actions.saveSettings(null, form({ level: "B1", timeZone: "UTC", dailyGoal: "", dailyNewLimit: "3" })),
    ).toMatchObject({
      ok: false,
      error: "invalid_input",
      fields: { dailyGoal: expect.any(Array) },
    });
    expect(await preferences(user.id)).toEqual(before);
  });

  it("refuses anonymous callers", async () => {
    const user = await createUser();
    const before = await preferences(user.id);
    expect(await actions.updateSettings(valid)).toEqual({ ok: false, error: "unauthenticated" });
    expect(
      await actions.saveSettings(null, form({ level: "A1", timeZone: "UTC", dailyGoal: "5", dailyNewLimit: "5" })),
    ).toEqual({ ok: false, error: "unauthenticated" });
    expect(await actions.adoptBrowserTimeZone({ timeZone: "Europe/Berlin" })).toEqual({
      ok: false,
      error: "unauthenticated",
    });
    expect(await preferences(user.id)).toEqual(before);
  });
});

describe(`adoptBrowserTimeZone (${testDatabaseKind()})`, () => {
  it("replaces the default UTC once", async () => {
    const user = await createUser();
    as(user);
    expect(await actions.adoptBrowserTimeZone({ timeZone: "Asia/Tokyo" })).toEqual({
      ok: true,
      data: { adopted: true },
    });
    expect((await preferences(user.id)).timeZone).toBe("Asia/Tokyo");
    expect(await actions.adoptBrowserTimeZone({ timeZone: "Europe/Berlin" })).toEqual({
      ok: true,
      data: { adopted: false },
    });
    expect((await preferences(user.id)).timeZone).toBe("Asia/Tokyo");
  });

  it("does not overwrite a zone the user chose, UTC included", async () => {
    const chosen = await createUser({ timeZone: "America/Chicago" });
    as(chosen);
    expect(await actions.adoptBrowserTimeZone({ timeZone: "Europe/Berlin" })).toEqual({
      ok: true,
      data: { adopted: false },
    });
    expect((await preferences(chosen.id)).timeZone).toBe("America/Chicago");

    const utc = await createUser();
    as(utc);
    expect(await actions.updateSettings({ ...valid, timeZone: "UTC" })).toEqual({
      ok: true,
      data: { ...valid, timeZone: "UTC" },
    });
    expect(await actions.adoptBrowserTimeZone({ timeZone: "Europe/Berlin" })).toEqual({
      ok: true,
      data: { adopted: false },
    });
    expect(await settingsForUser(utc.id)).toMatchObject({ timeZone: "UTC" });
  });

  it("changes only the caller's row and refuses unknown zones", async () => {
    const [user, other] = [await createUser(), await createUser()];
    as(user);
    expect(await actions.adoptBrowserTimeZone({ timeZone: "Nowhere/Special" })).toMatchObject({
      ok: false,
      error: "invalid_input",
    });
    expect(await actions.adoptBrowserTimeZone({ timeZone: "Europe/Kyiv" })).toMatchObject({
      ok: true,
      data: { adopted: true },
    });
    expect((await preferences(user.id)).timeZone).toMatch(/^Europe\/Ki/);
    expect((await preferences(other.id)).timeZone).toBe("UTC");
  });

  it("leaves a browser reporting UTC alone", async () => {
    const user = await createUser();
    as(user);
    expect(await actions.adoptBrowserTimeZone({ timeZone: "Etc/UTC" })).toEqual({ ok: true, data: { adopted: false } });
    expect((await preferences(user.id)).timeZone).toBe("UTC");
  });
});
