// The CSP hash sources of the build's stylesheets. next.config.mjs inlines the CSS into each page (one
// render-blocking request fewer, so a phone shows the text as soon as the HTML arrives), and React renders
// those <style> elements without the request's nonce (Next hands React the nonce for scripts only): the
// policy allows them by hash instead. React puts all of a page's stylesheets into one <style>, so besides
// each file the hashes cover each page's files joined, in any order. Read once per process from the build
// folder (NEXT_DIST_DIR, as in next.config.mjs and scripts/serve.mjs).
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { styleHashSource } from "./headers";

let sources: Promise<string[]> | undefined;

/** Hash sources for every <style> the build's pages can carry; none without a build (a first `next dev`). */
export function buildStyleSources(distDir = process.env.NEXT_DIST_DIR || ".next"): Promise<string[]> {
  sources ??= readBuildStyleSources(path.resolve(distDir)).catch(() => []);
  return sources;
}

export async function readBuildStyleSources(distDir: string): Promise<string[]> {
  const files = await filesUnder(path.join(distDir, "static"), ".css");
  const css = new Map<string, string>();
  for (const file of files) css.set(`static/${file}`, await readFile(path.join(distDir, "static", file), "utf8"));
  const manifests = await filesUnder(path.join(distDir, "server", "app"), "_client-reference-manifest.js").catch(
    () => [],
  );
  const pages = await Promise.all(
    manifests.map(async (file) =>
      inlinedStylesheets(await readFile(path.join(distDir, "server", "app", file), "utf8")),
    ),
  );
  return styleSources(css, pages);
}

async function filesUnder(dir: string, suffix: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).filter((file) => file.endsWith(suffix)).sort();
}

/**
 * The stylesheets a page's client reference manifest marks as inlined (`"path":"static/…css","inlined":true`
 * in its entryCSSFiles), each once.
 */
export function inlinedStylesheets(manifest: string): string[] {
  return [...new Set([...manifest.matchAll(/"path":"(static\/[^"]+\.css)","inlined":true/g)].map((m) => m[1]!))];
}

/** Hash sources of each stylesheet alone and of each page's stylesheets joined in every order. */
export async function styleSources(css: ReadonlyMap<string, string>, pages: readonly string[][]): Promise<string[]> {
  const texts = new Set(css.values());
  for (const page of pages) {
    const known = page.filter((file) => css.has(file));
    if (known.length > 1) for (const order of orders(known)) texts.add(order.map((file) => css.get(file)).join(""));
  }
  return Promise.all([...texts].map(styleHashSource));
}

function orders<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    orders([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}
