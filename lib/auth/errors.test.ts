import { describe, expect, it } from "vitest";
import { authFailure, retryAfterSeconds } from "./errors";

describe("authFailure", () => {
  it.each([
    [{ status: 401, code: "INVALID_EMAIL_OR_PASSWORD" }, "invalid_credentials"],
    [{ status: 401 }, "invalid_credentials"],
    [{ status: 422, code: "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL" }, "email_taken"],
    [{ status: 422, code: "USER_ALREADY_EXISTS" }, "email_taken"],
    [{ status: 400, code: "PASSWORD_TOO_SHORT" }, "weak_password"],
    [{ status: 400, code: "PASSWORD_TOO_WEAK" }, "guessable_password"],
    [{ status: 400, code: "INVALID_PASSWORD" }, "wrong_current_password"],
    [{ status: 400, code: "PASSWORD_TOO_LONG" }, "password_too_long"],
    [{ status: 400, code: "INVALID_EMAIL" }, "invalid_email"],
    [{ status: 400, code: "NAME_TOO_LONG" }, "name_too_long"],
    [{ status: 400, code: "NAME_REQUIRED" }, "name_required"],
    [{ status: 400, code: "NAME_INVALID" }, "name_invalid"],
    [{ status: 429 }, "rate_limited"],
    [{ status: 429, code: "TOO_MANY_ATTEMPTS" }, "rate_limited"],
    [{ status: 0 }, "network"],
    [{ status: 502 }, "unavailable"],
    [{ status: 500, code: "FAILED_TO_CREATE_USER" }, "unavailable"],
    [{ status: 403, code: "INVALID_ORIGIN" }, "unknown"],
    [null, "unknown"],
  ] as const)("maps %j to %s", (reply, expected) => {
    expect(authFailure(reply)).toBe(expected);
  });
});

describe("retryAfterSeconds", () => {
  it("reads the header and falls back to a minute", () => {
    expect(retryAfterSeconds("42")).toBe(42);
    expect(retryAfterSeconds("0.2")).toBe(1);
    expect(retryAfterSeconds(null)).toBe(60);
    expect(retryAfterSeconds("soon")).toBe(60);
    expect(retryAfterSeconds("-5")).toBe(60);
    expect(retryAfterSeconds("999999")).toBe(3600);
  });
});
