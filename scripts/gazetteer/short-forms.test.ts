import { describe, expect, it } from "vitest";
import { readRivers, shortForms } from "./short-forms";

const rivers = readRivers("Main\triver\tm\nRuhr\triver\tf\nSaale\triver\tf\nHarz\trange\tm\n");

describe("shortForms", () => {
  it("drops the river or region after am, an der, vor der", () => {
    expect(shortForms("Frankfurt am Main", rivers)).toEqual(["Frankfurt am Main", "Frankfurt"]);
    expect(shortForms("Bad Homburg vor der Höhe", rivers)).toEqual(["Bad Homburg vor der Höhe", "Bad Homburg"]);
  });
  it("says a town with its river in brackets with the river's article", () => {
    expect(shortForms("Wetter (Ruhr)", rivers)).toEqual(["Wetter (Ruhr)", "Wetter", "Wetter an der Ruhr"]);
    expect(shortForms("Offenbach (Main)", rivers)).toEqual(["Offenbach (Main)", "Offenbach", "Offenbach am Main"]);
  });
  it("leaves a bracket that is no river alone", () => {
    expect(shortForms("Neustadt (Harz)", rivers)).toEqual(["Neustadt (Harz)", "Neustadt"]);
    expect(shortForms("Berlin", rivers)).toEqual(["Berlin"]);
  });
});
