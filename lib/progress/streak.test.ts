import { describe, expect, it } from "vitest";
import { dayKey } from "@/lib/time/days";
import { computeStreak } from "./streak";

describe("computeStreak", () => {
  it("is zero without activity", () => {
    expect(computeStreak([], "2026-05-10")).toEqual({ current: 0, activeToday: false, longest: 0 });
  });

  it("counts consecutive days up to today", () => {
    expect(computeStreak(["2026-05-08", "2026-05-09", "2026-05-10", "2026-05-05"], "2026-05-10")).toEqual({
      current: 3,
      activeToday: true,
      longest: 3,
    });
  });

  it("keeps yesterday's streak alive until today is over", () => {
    expect(computeStreak(["2026-05-08", "2026-05-09"], "2026-05-10")).toEqual({
      current: 2,
      activeToday: false,
      longest: 2,
    });
  });

  it("breaks after a missed day", () => {
    expect(computeStreak(["2026-05-01", "2026-05-02", "2026-05-03", "2026-05-08"], "2026-05-10")).toEqual({
      current: 0,
      activeToday: false,
      longest: 3,
    });
  });

  it("counts across month and year ends, and ignores duplicates and future days", () => {
    const days = ["2025-12-30", "2025-12-31", "2026-01-01", "2026-01-01", "2026-01-03"];
    expect(computeStreak(days, "2026-01-01")).toEqual({ current: 3, activeToday: true, longest: 3 });
  });

  it("uses the learner's calendar days, not UTC ones (Berlin, spring-forward night)", () => {
    // 00:30 CET on 29 March and 23:30 CEST on 30 March: consecutive local days, UTC days 28 and 30 March.
    const reviews = [new Date("2026-03-28T23:30:00Z"), new Date("2026-03-30T21:30:00Z")];
    const now = new Date("2026-03-30T21:45:00Z");
    const local = reviews.map((r) => dayKey(r, "Europe/Berlin"));
    expect(computeStreak(local, dayKey(now, "Europe/Berlin")).current).toBe(2);
    const utc = reviews.map((r) => dayKey(r, "UTC"));
    expect(computeStreak(utc, dayKey(now, "UTC")).current).toBe(1);
  });

  it("counts the 25-hour fall-back day once (New York)", () => {
    // 00:10 EDT and 23:50 EST on 1 November are the same local day; then 00:10 on 2 November.
    const zone = "America/New_York";
    const events = ["2026-11-01T04:10:00Z", "2026-11-02T04:50:00Z", "2026-11-02T05:10:00Z"].map((iso) =>
      dayKey(new Date(iso), zone),
    );
    expect(events).toEqual(["2026-11-01", "2026-11-01", "2026-11-02"]);
    expect(computeStreak(events, dayKey(new Date("2026-11-02T12:00:00Z"), zone))).toEqual({
      current: 2,
      activeToday: true,
      longest: 2,
    });
  });

  it("reads today in the learner's zone: late evening in Los Angeles is already tomorrow in UTC", () => {
    const zone = "America/Los_Angeles";
    const yesterdayEvening = dayKey(new Date("2026-07-10T03:00:00Z"), zone); // 20:00 on 9 July
    const now = new Date("2026-07-11T02:00:00Z"); // 19:00 on 10 July
    expect(computeStreak([yesterdayEvening], dayKey(now, zone))).toMatchObject({ current: 1, activeToday: false });
  });
});
