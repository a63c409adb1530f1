import { describe, expect, it } from "vitest";
import { roleForSignUp } from "./role";

describe("roleForSignUp", () => {
  it("makes a teacher only from the teachesClass flag", () => {
    expect(roleForSignUp({ teachesClass: true })).toBe("TEACHER");
    expect(roleForSignUp({ teachesClass: "on" })).toBe("TEACHER");
  });

  it.each([
    undefined,
    null,
    "TEACHER",
    {},
    { teachesClass: false },
    { teachesClass: "yes" },
    { teachesClass: 1 },
    { role: "TEACHER" },
    { role: "ADMIN" },
  ])("makes a learner from %j", (body) => {
    expect(roleForSignUp(body)).toBe("LEARNER");
  });
});
