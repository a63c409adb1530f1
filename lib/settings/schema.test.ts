import { describe, expect, it } from "vitest";
import { adoptTimeZoneInput, settingsForm, settingsInput } from "./schema";

const valid = { level: "B2", timeZone: "Europe/Berlin", dailyGoal: 30, dailyNewLimit: 10 } as const;

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const failedPaths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join(".")) ?? [];

describe("settingsInput", () => {
  it("accepts every level and the ends of each range", () => {
    for (const level of ["A1", "A2", "B1", "B2", "C1"] as const)
      expect(settingsInput.safeParse({ ...valid, level }).success).toBe(true);
    expect(settingsInput.parse({ ...valid, dailyGoal: 1, dailyNewLimit: 0 })).toMatchObject({
      dailyGoal: 1,
      dailyNewLimit: 0,
    });
    expect(settingsInput.parse({ ...valid, dailyGoal: 500, dailyNewLimit: 500 })).toMatchObject({
      dailyGoal: 500,
      dailyNewLimit: 500,
    });
  });

  it("rejects an unknown level", () => {
    expect(failedPaths(settingsInput.safeParse({ ...valid, level: "C2" }))).toEqual(["level"]);
    expect(failedPaths(settingsInput.safeParse({ ...valid, level: "b1" }))).toEqual(["level"]);
  });

  it.each([
    ["dailyGoal", 0],
    ["dailyGoal", 501],
    ["dailyGoal", 2.5],
    ["dailyGoal", Number.NaN],
    ["dailyNewLimit", -1],
    ["dailyNewLimit", 501],
    ["dailyNewLimit", 0.5],
  ])("rejects %s = %s", (field, value) => {
    expect(failedPaths(settingsInput.safeParse({ ...valid, [field]: value }))).toEqual([field]);
  });

  it.each(["Mars/Olympus_Mons", "", "Europe/Berlin; DROP TABLE", "+01:00", "x".repeat(200)])(
    "rejects the time zone %j",
    (timeZone) => {
      expect(failedPaths(settingsInput.safeParse({ ...valid, timeZone }))).toEqual(["timeZone"]);
    },
  );

  it("stores a zone under the name the list uses", () => {
    expect(settingsInput.parse({ ...valid, timeZone: "europe/berlin" }).timeZone).toBe("Europe/Berlin");
    expect(settingsInput.parse({ ...valid, timeZone: "Etc/UTC" }).timeZone).toBe("UTC");
    expect(settingsInput.parse({ ...valid, timeZone: "UTC" }).timeZone).toBe("UTC");
  });
});

describe("settingsForm", () => {
  it("reads the posted fields", () => {
    expect(
      settingsForm.parse(form({ level: "A2", timeZone: "Asia/Tokyo", dailyGoal: "25", dailyNewLimit: "0" })),
    ).toEqual({
      level: "A2",
      timeZone: "Asia/Tokyo",
      dailyGoal: 25,
      dailyNewLimit: 0,
    });
  });

  it("rejects blank and missing fields instead of reading them as 0", () => {
    const result = settingsForm.safeParse(
      form({ level: "A2", timeZone: "Asia/Tokyo", dailyGoal: "25", dailyNewLimit: " " }),
    );
    expect(failedPaths(result)).toEqual(["dailyNewLimit"]);
    expect(failedPaths(settingsForm.safeParse(form({})))).toEqual(["level", "timeZone", "dailyGoal", "dailyNewLimit"]);
  });
});

describe("adoptTimeZoneInput", () => {
  it("accepts a browser's zone under another name for it, and nothing unknown", () => {
    expect(adoptTimeZoneInput.parse({ timeZone: "Europe/Kyiv" }).timeZone).toMatch(/^Europe\/Ki/);
    expect(adoptTimeZoneInput.safeParse({ timeZone: "Nowhere/Special" }).success).toBe(false);
    expect(adoptTimeZoneInput.safeParse({ timeZone: 42 }).success).toBe(false);
  });
});
