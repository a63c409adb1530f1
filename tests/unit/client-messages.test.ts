// The reader sends only its own message namespaces, and every other route sends all of them: a client
// component whose messages were left out would show raw keys. These checks keep both true as code moves.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GLOBAL_NAMESPACES, READER_NAMESPACES } from "@/i18n/client-namespaces";

const root = path.resolve(import.meta.dirname, "../..");

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith(".test.ts"))
    .map((f) => path.join(dir, f));
}

function namespacesUsed(files: string[]): string[] {
  const used = new Set<string>();
  for (const file of files) {
    const text = readFileSync(path.join(root, file), "utf8");
    if (!text.startsWith('"use client"')) continue;
    for (const m of text.matchAll(/useTranslations\("([A-Za-z]+)"\)/g)) used.add(m[1]!);
  }
  return [...used].sort();
}

describe("client messages", () => {
  it("the reader's list covers every namespace its client components use", () => {
    // The reader's own components, and what the root layout renders around every page.
    const around = [
      "components/locale-switcher.tsx",
      "lib/auth/components/account-nav.tsx",
      "lib/settings/components/time-zone-detector.tsx",
      "app/[locale]/error.tsx",
    ];
    const used = namespacesUsed([...filesUnder("lib/reading/components"), ...around]);
    expect(used.length).toBeGreaterThan(1);
    const sent = new Set<string>([...GLOBAL_NAMESPACES, ...READER_NAMESPACES]);
    expect(used.filter((ns) => !sent.has(ns))).toEqual([]);
  });

  it("every route below the root has a layout that sends its messages (the root sends the global ones only)", () => {
    const dir = path.join(root, "app/[locale]");
    const routes = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== "[...rest]");
    expect(routes.length).toBeGreaterThan(3);
    const missing = routes.filter((d) => !readdirSync(path.join(dir, d.name)).includes("layout.tsx"));
    expect(missing.map((d) => d.name)).toEqual([]);
  });
});
