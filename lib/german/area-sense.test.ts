import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a noun right before a place's name", () => {
  it("names the area around it: im Raum Hannover", () => {
    expect(word(analyse("Im Raum Hannover kam es am Morgen zu langen Staus."), "Raum").glosses[0]).toBe("area");
    expect(word(analyse("Im Raum Stuttgart regnet es."), "Raum").glosses[0]).toBe("area");
  });

  it("keeps its first sense before anything else, a person's name included", () => {
    expect(word(analyse("Der Raum ist groß."), "Raum").glosses[0]).toBe("room");
    expect(word(analyse("Im Raum stand Peter."), "Raum").glosses[0]).toBe("room");
  });
});
