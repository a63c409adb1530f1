// The layers as modules: lib/<feature>, lib/german, components, i18n … Biome bans the imports each layer
// may not make (biome.json); this test adds what a per-file linter cannot see: two modules that import
// each other, even through different files, are one module in disguise and must be cut.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOTS = ["lib", "components", "i18n"];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** lib/review/data.ts → "lib/review"; lib/env.ts → "lib/env"; components/x.tsx → "components". */
function moduleOf(file: string): string {
  const parts = file.split(path.sep);
  return parts[0] === "lib" ? `lib/${(parts[1] ?? "").replace(/\.tsx?$/, "")}` : (parts[0] ?? file);
}

function moduleGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of ROOTS.flatMap(sourceFiles)) {
    const from = moduleOf(file);
    for (const match of fs.readFileSync(file, "utf8").matchAll(/from "(@\/[^"]+|\.\.?\/[^"]+)"/g)) {
      const spec = match[1] ?? "";
      const target = spec.startsWith("@/") ? spec.slice(2) : path.normalize(path.join(path.dirname(file), spec));
      const to = moduleOf(target);
      if (to === from || to === "lib/generated") continue;
      const edges = graph.get(from) ?? new Map<string, string>();
      if (!edges.has(to)) edges.set(to, file);
      graph.set(from, edges);
    }
  }
  return graph;
}

describe("module layers", () => {
  it("has no two modules that import each other", () => {
    const graph = moduleGraph();
    const cycles: string[] = [];
    for (const [a, edges] of graph) {
      for (const [b, file] of edges) {
        const back = graph.get(b)?.get(a);
        if (back && a < b) cycles.push(`${a} ↔ ${b} (${file}; ${back})`);
      }
    }
    expect(cycles).toEqual([]);
  });

  it("keeps lib/german at the bottom: it imports no other part of the app", () => {
    const out = [...(moduleGraph().get("lib/german")?.keys() ?? [])].filter((to) => to !== "lib/errors");
    expect(out).toEqual([]);
  });

  it("sees the imports it checks (the graph is not empty)", () => {
    const graph = moduleGraph();
    expect(graph.get("lib/reading")?.has("lib/server")).toBe(true);
  });
});
