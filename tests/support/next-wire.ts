// The two things the test client needs of Next's internals, kept here so a Next upgrade that changes
// them breaks one small file and its test (next-wire.test.ts names the version this was written for):
// - server-action ids, from the build's server-reference manifest (.next/server/server-reference-manifest.json);
// - an action's return value, from its RSC ("flight") response, and flight data embedded in a page.
import { readFileSync } from "node:fs";
import path from "node:path";

export interface ActionRef {
  id: string;
  /** A page whose bundle holds the action, e.g. "app/[locale]/(learner)/review/page". */
  worker: string;
}

/** "lib/review/actions.ts#gradeCard" → its id and a page to post it to. */
export function loadActionIds(distDir: string): Map<string, ActionRef> {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  const actions = new Map<string, ActionRef>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    const worker = Object.keys(entry.workers).sort()[0];
    if (entry.filename && entry.exportedName && worker)
      actions.set(`${entry.filename}#${entry.exportedName}`, { id, worker });
  }
  return actions;
}

/** The URL path of a page worker: route groups dropped, [params] filled in (unknown ones with "x"). */
export function pagePath(worker: string, params: Record<string, string> = {}, locale = "en"): string {
  const segments = worker
    .replace(/^app\//, "")
    .replace(/\/page$/, "")
    .split("/")
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .map((segment) => {
      const param = /^\[(?:\.\.\.)?(.+)\]$/.exec(segment)?.[1];
      if (!param) return segment;
      if (param === "locale") return locale;
      return encodeURIComponent(params[param] ?? "x");
    });
  return `/${segments.join("/")}`;
}

/** The return value in a server action's RSC response: row 0 says which row holds it ("$@1"). */
export function parseActionResult(text: string): unknown {
  const rows = new Map<string, string>();
  for (const line of text.split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) rows.set(line.slice(0, colon), line.slice(colon + 1));
  }
  try {
    const head = JSON.parse(rows.get("0") ?? "null") as { a?: string } | null;
    const ref = typeof head?.a === "string" && head.a.startsWith("$@") ? head.a.slice(2) : null;
    const row = ref ? rows.get(ref) : undefined;
    return row === undefined || row.startsWith("E") ? undefined : JSON.parse(row);
  } catch {
    return undefined;
  }
}

/**
 * A page's HTML with the flight data's escaped quotes undone: the props of client components are embedded
 * as JSON inside JavaScript strings (`\"cardId\":\"…\"`), and callers look for them as plain JSON.
 */
export function unescapeFlight(html: string): string {
  return html.replace(/\\"/g, '"');
}
