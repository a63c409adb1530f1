import { describe, expect, it } from "vitest";
import { demoUsersRequested } from "./demo-users";

describe("demoUsersRequested", () => {
  it("is off unless BRUECKE_DEMO=1, on any database", () => {
    expect(demoUsersRequested({})).toBe(false);
    expect(demoUsersRequested({ DATABASE_URL: "" })).toBe(false);
    expect(demoUsersRequested({ BRUECKE_DEMO: "yes" })).toBe(false);
    expect(demoUsersRequested({ BRUECKE_DEMO: "0" })).toBe(false);
    expect(demoUsersRequested({ BRUECKE_DEMO: "1" })).toBe(true);
  });
});
