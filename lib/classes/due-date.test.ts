import { describe, expect, it } from "vitest";
import { dayInZone, endOfDayInZone, safeTimeZone } from "./due-date";

describe("due dates", () => {
  it("end at the last millisecond of the day in the teacher's zone", () => {
    expect(endOfDayInZone("2026-01-15", "UTC").toISOString()).toBe("2026-01-15T23:59:59.999Z");
    expect(endOfDayInZone("2026-01-15", "Europe/Berlin").toISOString()).toBe("2026-01-15T22:59:59.999Z");
    expect(endOfDayInZone("2026-07-15", "Europe/Berlin").toISOString()).toBe("2026-07-15T21:59:59.999Z");
    expect(endOfDayInZone("2026-03-29", "Europe/Berlin").toISOString()).toBe("2026-03-29T21:59:59.999Z"); // clocks changed that morning
    expect(endOfDayInZone("2026-01-15", "America/New_York").toISOString()).toBe("2026-01-16T04:59:59.999Z");
  });

  it("round-trip to the calendar day", () => {
    expect(dayInZone(endOfDayInZone("2026-10-25", "Europe/Berlin"), "Europe/Berlin")).toBe("2026-10-25");
  });

  it("reject garbage and fall back to UTC for unknown zones", () => {
    expect(() => endOfDayInZone("15.01.2026", "UTC")).toThrow(RangeError);
    expect(safeTimeZone("Mars/Olympus")).toBe("UTC");
    expect(safeTimeZone(null)).toBe("UTC");
    expect(safeTimeZone("Europe/Vienna")).toBe("Europe/Vienna");
  });
});
