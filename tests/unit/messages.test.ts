import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MESSAGE_FILES } from "@/i18n/messages";
import { routing } from "@/i18n/routing";

const dir = path.join(process.cwd(), "messages");

function keys(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object") return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

function load(locale: string, file: string) {
  return JSON.parse(fs.readFileSync(path.join(dir, locale, `${file}.json`), "utf8")) as Record<string, unknown>;
}

describe("UI messages", () => {
  it.each(MESSAGE_FILES)("%s has the same keys in every locale", (file) => {
    const [first, ...others] = routing.locales;
    const reference = keys(load(first, file)).sort();
    for (const locale of others) expect(keys(load(locale, file)).sort()).toEqual(reference);
  });

  it("lists every message file and no namespace twice", () => {
    for (const locale of routing.locales) {
      const files = fs
        .readdirSync(path.join(dir, locale))
        .map((f) => f.replace(/\.json$/, ""))
        .sort();
      expect(files).toEqual([...MESSAGE_FILES].sort());
      const namespaces = MESSAGE_FILES.flatMap((file) => Object.keys(load(locale, file)));
      expect(new Set(namespaces).size).toBe(namespaces.length);
    }
  });

  it("has no empty strings", () => {
    for (const locale of routing.locales) {
      for (const file of MESSAGE_FILES) {
        const flat = JSON.stringify(load(locale, file));
        expect(flat).not.toMatch(/:""/);
      }
    }
  });
});
