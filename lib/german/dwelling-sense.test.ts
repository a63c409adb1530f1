import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a verb with a dwelling", () => {
  it("takes its sense of moving in: Wohnung beziehen", () => {
    expect(word(analyse("Im Mai haben sie ihre neue Wohnung bezogen."), "bezogen").glosses[0]).toBe("to move in");
  });

  it("leaves the first sense without a dwelling", () => {
    expect(word(analyse("Er bezieht eine kleine Rente."), "bezieht").glosses[0]).not.toBe("to move in");
  });
});
