import { describe, expect, it } from "vitest";
import { CHOSEN_UTC, DEFAULT_TIME_ZONE, supportedTimeZone, timeZoneList } from "./time-zones";

describe("time zones", () => {
  it("lists UTC first, each zone once, every one under its own name", () => {
    const zones = timeZoneList();
    expect(zones[0]).toBe("UTC");
    expect(new Set(zones).size).toBe(zones.length);
    expect(zones).toContain("Europe/Berlin");
    for (const zone of zones) expect(supportedTimeZone(zone)).toBe(zone);
  });

  it("a chosen UTC is UTC to Intl, yet not the default", () => {
    expect(CHOSEN_UTC).not.toBe(DEFAULT_TIME_ZONE);
    expect(supportedTimeZone(CHOSEN_UTC)).toBe("UTC");
  });

  it("knows nothing outside the list", () => {
    expect(supportedTimeZone("Nowhere/Special")).toBeNull();
    expect(supportedTimeZone("")).toBeNull();
  });
});
