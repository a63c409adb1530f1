import { describe, expect, it } from "vitest";
import { hasMeaning, mergeMeaning } from "./meaning";

describe("mergeMeaning", () => {
  it("appends the senses the entry lacks, after a semicolon", () => {
    expect(mergeMeaning("way", "path")).toBe("way; path");
    expect(mergeMeaning("way; route", "Path, way")).toBe("way; route; Path");
    expect(mergeMeaning("", "path")).toBe("path");
  });

  it("changes nothing when every sense is there already", () => {
    expect(mergeMeaning("way, path", "PATH")).toBe("way, path");
    expect(mergeMeaning("way", "  ")).toBe("way");
  });
});

describe("hasMeaning", () => {
  it("ignores case and separators, and needs every sense", () => {
    expect(hasMeaning("way; path", "Path")).toBe(true);
    expect(hasMeaning("way; path", "path, route")).toBe(false);
    expect(hasMeaning("way", "")).toBe(false);
  });
});
