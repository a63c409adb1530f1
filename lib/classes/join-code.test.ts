import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { formatJoinCode, generateJoinCode, JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, normalizeJoinCode } from "./join-code";

describe("join codes", () => {
  it("are 8 characters from an alphabet without look-alikes", () => {
    for (let i = 0; i < 200; i++) {
      const code = generateJoinCode(randomInt);
      expect(code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`));
    }
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01OIL]/);
    expect(JOIN_CODE_ALPHABET.length ** JOIN_CODE_LENGTH).toBeGreaterThan(5e11);
  });

  it("use the random source for every character", () => {
    expect(generateJoinCode(() => 0)).toBe("22222222");
    expect(generateJoinCode((max) => max - 1)).toBe("ZZZZZZZZ");
  });

  it("accept what learners type: lower case, spaces, the display hyphen", () => {
    expect(normalizeJoinCode(" abcd-efgh ")).toBe("ABCDEFGH");
    expect(normalizeJoinCode("ABCD EFGH")).toBe("ABCDEFGH");
    expect(normalizeJoinCode("ABCDEFG")).toBeNull();
    expect(normalizeJoinCode("ABCDEFG0")).toBeNull();
    expect(normalizeJoinCode("'; DROP--")).toBeNull();
    expect(formatJoinCode("ABCDEFGH")).toBe("ABCD-EFGH");
  });
});
