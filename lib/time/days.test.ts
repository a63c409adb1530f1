import { describe, expect, it } from "vitest";
import { dayKey, dayRange, dayToDate, endOfDayInZone, safeTimeZone, shiftDay } from "./days";

const at = (iso: string) => new Date(iso);

describe("dayKey", () => {
  it.each([
    // Berlin springs forward on 2026-03-29 (02:00 CET → 03:00 CEST)
    ["2026-03-28T22:59:00Z", "Europe/Berlin", "2026-03-28"],
    ["2026-03-28T23:30:00Z", "Europe/Berlin", "2026-03-29"],
    ["2026-03-29T21:59:00Z", "Europe/Berlin", "2026-03-29"],
    ["2026-03-29T22:00:00Z", "Europe/Berlin", "2026-03-30"],
    // New York falls back on 2026-11-01 (a 25-hour day)
    ["2026-11-01T04:00:00Z", "America/New_York", "2026-11-01"],
    ["2026-11-02T04:59:00Z", "America/New_York", "2026-11-01"],
    ["2026-11-02T05:00:00Z", "America/New_York", "2026-11-02"],
    // half-hour and far-off zones
    ["2026-06-01T18:29:00Z", "Asia/Kolkata", "2026-06-01"],
    ["2026-06-01T18:30:00Z", "Asia/Kolkata", "2026-06-02"],
    ["2026-06-01T10:00:00Z", "Pacific/Kiritimati", "2026-06-02"],
    ["2026-06-01T10:00:00Z", "Pacific/Pago_Pago", "2026-05-31"],
    ["2026-06-01T00:00:00Z", "UTC", "2026-06-01"],
  ])("%s in %s is %s", (instant, zone, day) => {
    expect(dayKey(at(instant), zone)).toBe(day);
  });
});

describe("day arithmetic", () => {
  it("steps over month, year and DST boundaries by calendar day", () => {
    expect(shiftDay("2026-03-29", 1)).toBe("2026-03-30");
    expect(shiftDay("2026-03-01", -1)).toBe("2026-02-28");
    expect(shiftDay("2028-03-01", -1)).toBe("2028-02-29");
    expect(shiftDay("2026-12-31", 1)).toBe("2027-01-01");
    expect(dayRange("2026-01-02", 4)).toEqual(["2025-12-30", "2025-12-31", "2026-01-01", "2026-01-02"]);
  });

  it("turns a day back into a date for labels", () => {
    expect(dayKey(dayToDate("2026-03-29"), "Pacific/Pago_Pago")).toBe("2026-03-29");
    expect(dayKey(dayToDate("2026-03-29"), "Asia/Tokyo")).toBe("2026-03-29");
  });

  it("falls back to UTC for unknown zones", () => {
    expect(safeTimeZone("Europe/Berlin")).toBe("Europe/Berlin");
    expect(safeTimeZone("Mars/Olympus_Mons")).toBe("UTC");
    expect(safeTimeZone("")).toBe("UTC");
    expect(safeTimeZone(null)).toBe("UTC");
  });
});

describe("due dates", () => {
  it("end at the last millisecond of the day in the teacher's zone", () => {
    expect(endOfDayInZone("2026-01-15", "UTC").toISOString()).toBe("2026-01-15T23:59:59.999Z");
    expect(endOfDayInZone("2026-01-15", "Europe/Berlin").toISOString()).toBe("2026-01-15T22:59:59.999Z");
    expect(endOfDayInZone("2026-07-15", "Europe/Berlin").toISOString()).toBe("2026-07-15T21:59:59.999Z");
    expect(endOfDayInZone("2026-03-29", "Europe/Berlin").toISOString()).toBe("2026-03-29T21:59:59.999Z"); // clocks changed that morning
    expect(endOfDayInZone("2026-01-15", "America/New_York").toISOString()).toBe("2026-01-16T04:59:59.999Z");
  });

  it("round-trip to the calendar day", () => {
    expect(dayKey(endOfDayInZone("2026-10-25", "Europe/Berlin"), "Europe/Berlin")).toBe("2026-10-25");
  });

  it("reject garbage and fall back to UTC for unknown zones", () => {
    expect(() => endOfDayInZone("15.01.2026", "UTC")).toThrow(RangeError);
    expect(safeTimeZone("Mars/Olympus")).toBe("UTC");
    expect(safeTimeZone(null)).toBe("UTC");
    expect(safeTimeZone("Europe/Vienna")).toBe("Europe/Vienna");
  });
});
