import { describe, expect, it } from "vitest";
import { SortedRows, toSortedRows } from "./sorted-rows";

describe("SortedRows", () => {
  // Keys that are prefixes of others, a key with a space, a repeated key, a row without fields.
  const rows = new SortedRows(["New\tn1", "New York\tm", "Platz\tn", "Platz\tv", "Platzangst", "ab\ta\tb"].join("\n"));

  it("finds the first row of a key, not of a longer key sharing its start", () => {
    expect(rows.find("New")).toBe(0);
    expect(rows.find("New York")).toBe(1);
    expect(rows.find("Platz")).toBe(2);
    expect(rows.isKey(3, "Platz")).toBe(true);
    expect(rows.isKey(4, "Platz")).toBe(false);
    expect(rows.row(3)).toBe("Platz\tv");
  });

  it("misses keys before, between and after the rows, and the empty key", () => {
    for (const key of ["A", "Ne", "New Y", "Platza", "b", "ab\ta", ""]) expect(rows.find(key)).toBe(-1);
  });

  it("gives a row's fields after the key", () => {
    expect(rows.get("Platzangst")).toBe("");
    expect(rows.get("ab")).toBe("a\tb");
    expect(rows.values("ab")).toEqual(["a", "b"]);
    expect(rows.values("Platzangst")).toEqual([]);
    expect(rows.get("zz")).toBeUndefined();
  });

  it("has no rows in an empty text", () => {
    expect(new SortedRows("").find("a")).toBe(-1);
    expect(new SortedRows("").isKey(0, "")).toBe(false);
  });
});

describe("toSortedRows", () => {
  it("sorts by key in code-unit order and keeps each key's values in order", () => {
    const text = toSortedRows(
      new Map([
        ["ärger", ["x"]],
        ["b", ["2", "1"]],
        ["B", ["3"]],
      ]),
    );
    expect(text).toBe("B\t3\nb\t2\t1\närger\tx");
    expect(new SortedRows(text).values("b")).toEqual(["2", "1"]);
  });
});
