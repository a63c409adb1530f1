import { describe, expect, it } from "vitest";
import { dayRange } from "@/lib/time/days";
import { daysGoalMet, knownOverTime, niceCeiling, ratio, seriesFor, totalsByDay } from "./stats";

describe("totalsByDay", () => {
  it("adds buckets up per local day", () => {
    const totals = totalsByDay(
      [
        { at: new Date("2026-03-28T22:45:00Z"), count: 2, correct: 1 }, // 23:45 CET, 28 March
        { at: new Date("2026-03-28T23:00:00Z"), count: 3, correct: 3 }, // 00:00 CET, 29 March
        { at: new Date("2026-03-29T21:45:00Z"), count: 1 }, // 23:45 CEST, 29 March
      ],
      "Europe/Berlin",
    );
    expect(Object.fromEntries(totals)).toEqual({
      "2026-03-28": { count: 2, correct: 1 },
      "2026-03-29": { count: 4, correct: 3 },
    });
    expect(seriesFor(["2026-03-27", "2026-03-28", "2026-03-29"], totals)).toEqual([
      { day: "2026-03-27", count: 0, correct: 0 },
      { day: "2026-03-28", count: 2, correct: 1 },
      { day: "2026-03-29", count: 4, correct: 3 },
    ]);
  });
});

describe("knownOverTime", () => {
  it("counts words known by the end of each day, including those known before the range", () => {
    const since = [
      new Date("2026-01-01T10:00:00Z"),
      new Date("2026-02-03T23:30:00Z"),
      new Date("2026-02-04T08:00:00Z"),
    ];
    expect(knownOverTime(since, "UTC", dayRange("2026-02-05", 3))).toEqual([
      { day: "2026-02-03", count: 2 },
      { day: "2026-02-04", count: 3 },
      { day: "2026-02-05", count: 3 },
    ]);
    // 23:30 UTC on 3 February is already 4 February in Berlin.
    expect(knownOverTime(since, "Europe/Berlin", ["2026-02-03"])).toEqual([{ day: "2026-02-03", count: 1 }]);
  });
});

describe("small helpers", () => {
  it("counts days that met the goal", () => {
    expect(daysGoalMet([{ count: 20 }, { count: 19 }, { count: 25 }], 20)).toBe(2);
    expect(daysGoalMet([{ count: 5 }], 0)).toBe(0);
  });

  it("divides safely", () => {
    expect(ratio(3, 4)).toBe(0.75);
    expect(ratio(0, 0)).toBeNull();
  });

  it.each([
    [0, 1],
    [1, 1],
    [3, 5],
    [7, 10],
    [12, 20],
    [20, 20],
    [51, 100],
    [240, 500],
  ])("niceCeiling(%i) = %i", (value, expected) => {
    expect(niceCeiling(value)).toBe(expected);
  });
});
