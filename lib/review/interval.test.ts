import { describe, expect, it } from "vitest";
import { intervalParts } from "./interval";

const MIN = 60_000;
const DAY = 24 * 60 * MIN;

describe("intervalParts", () => {
  it.each([
    [0, 1, "minute"],
    [10 * MIN, 10, "minute"],
    [3 * 60 * MIN, 3, "hour"],
    [DAY, 1, "day"],
    [12.4 * DAY, 12, "day"],
    [61 * DAY, 2, "month"],
    [400 * DAY, 1.1, "year"],
  ] as const)("%d ms → %d %s", (ms, value, unit) => {
    expect(intervalParts(ms)).toEqual({ value, unit });
  });
});
