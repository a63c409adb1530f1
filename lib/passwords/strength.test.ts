import { describe, expect, it } from "vitest";
import { checkPassword, personalWords } from "./strength";

describe("checkPassword", () => {
  it("leaves length to the length rule", async () => {
    expect(await checkPassword("Ab1-xyz")).toEqual({ score: null, problem: "too_short" });
    expect(await checkPassword("x".repeat(129))).toEqual({ score: null, problem: "too_long" });
  });

  it("refuses passwords that are easy to guess, in English and German", async () => {
    for (const password of ["aaaaaaaa", "password1", "passwort1", "qwertzuiop", "Sonnenblume", "12345678"])
      expect((await checkPassword(password)).problem, password).toBe("too_guessable");
  });

  it("counts the person's own name and address as known words", async () => {
    const own = personalWords("Quirin Zwanzigacker", "quirin.zwanzigacker@example.test");
    expect(own).toEqual(["quirin", "zwanzigacker", "quirin", "zwanzigacker", "example", "test"]);
    for (const password of ["quirinzwanzigacker", "zwanzigacker1"]) {
      expect((await checkPassword(password)).problem, password).toBeNull();
      expect((await checkPassword(password, own)).problem, password).toBe("too_guessable");
    }
  });

  it("accepts unrelated words", async () => {
    for (const password of ["Lindenblatt-Kompass-Regen", "lamp river velvet spoon", "Kuchen-Gabel-Treppe"])
      expect((await checkPassword(password)).problem, password).toBeNull();
  });

  it("looks at no more than the start of a very long name", () => {
    expect(personalWords(`${"wort ".repeat(100_000)}`)).toHaveLength(32);
  });
});
