import { describe, expect, it } from "vitest";
import { articleReadings, determinerReadings, singularGenders } from "./determiners";

describe("determinerReadings", () => {
  it("reads the definite article and the prepositions fused with it", () => {
    expect(determinerReadings("der")).toEqual(["m", "f", "pl"]);
    expect(determinerReadings("den")).toEqual(["m", "pl"]);
    expect(determinerReadings("zur")).toEqual(["f"]);
    expect(determinerReadings("ins")).toEqual(["n"]);
    expect(determinerReadings("überm")).toEqual(["m", "n"]);
  });

  it("reads dieser, jeder, welcher by their ending", () => {
    expect(determinerReadings("diese")).toEqual(["f", "pl"]);
    expect(determinerReadings("jedem")).toEqual(["m", "n"]);
    expect(determinerReadings("welchen")).toEqual(["m", "pl"]);
  });

  it("gives ein no plural, kein and the possessives one", () => {
    expect(determinerReadings("eine")).toEqual(["f"]);
    expect(determinerReadings("keine")).toEqual(["f", "pl"]);
    expect(determinerReadings("ihren")).toEqual(["m", "pl"]);
    expect(determinerReadings("eure")).toEqual(["f", "pl"]);
    expect(determinerReadings("ein")).toEqual(["m", "n"]);
  });

  it("knows no other word", () => {
    for (const word of ["eur", "euere", "seit", "einst", "Der", "jenseits"])
      expect(determinerReadings(word)).toBeUndefined();
  });
});

describe("articleReadings", () => {
  it("is the article and its fused prepositions only", () => {
    expect(articleReadings("am")).toEqual(["m", "n"]);
    expect(articleReadings("diese")).toBeUndefined();
    expect(articleReadings("ein")).toBeUndefined();
  });
});

describe("singularGenders", () => {
  it("leaves the plural out, and nothing is undefined", () => {
    expect(singularGenders(["m", "f", "pl"])).toEqual(["m", "f"]);
    expect(singularGenders(["pl"])).toBeUndefined();
    expect(singularGenders(undefined)).toBeUndefined();
  });
});
