import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { inlinedStylesheets, readBuildStyleSources, styleSources } from "./build-styles";
import { styleHashSource } from "./headers";

const root = await mkdtemp(path.join(tmpdir(), "bruecke-styles-"));
afterAll(() => rm(root, { recursive: true, force: true }));

const manifest = (files: string[]) =>
  `globalThis.__RSC_MANIFEST["/page"] = {"entryCSSFiles":{"[project]/app/layout":[${files
    .map((file) => `{"path":"${file}","inlined":true,"content":"…"}`)
    .join(",")}]}};`;

describe("the build's style hash sources", () => {
  it("reads which stylesheets a page inlines from its manifest, each once", () => {
    expect(inlinedStylesheets(manifest(["static/chunks/a.css", "static/chunks/b.css", "static/chunks/a.css"]))).toEqual(
      ["static/chunks/a.css", "static/chunks/b.css"],
    );
    expect(inlinedStylesheets('{"path":"static/chunks/a.css","inlined":false}')).toEqual([]);
  });

  it("hashes each stylesheet alone and a page's stylesheets joined in either order", async () => {
    const css = new Map([
      ["static/chunks/a.css", "body{margin:0}"],
      ["static/chunks/b.css", ".list{gap:1rem}"],
    ]);
    const sources = await styleSources(css, [["static/chunks/a.css", "static/chunks/b.css"], ["static/gone.css"]]);
    expect(sources.sort()).toEqual(
      (
        await Promise.all(
          ["body{margin:0}", ".list{gap:1rem}", "body{margin:0}.list{gap:1rem}", ".list{gap:1rem}body{margin:0}"].map(
            styleHashSource,
          ),
        )
      ).sort(),
    );
  });

  it("reads a build folder: its stylesheets and its pages' manifests", async () => {
    await mkdir(path.join(root, "static", "chunks"), { recursive: true });
    await mkdir(path.join(root, "server", "app", "[locale]", "vocabulary"), { recursive: true });
    await writeFile(path.join(root, "static", "chunks", "a.css"), "body{margin:0}");
    await writeFile(path.join(root, "static", "chunks", "b.css"), ".list{gap:1rem}");
    await writeFile(path.join(root, "static", "chunks", "app.js"), "console.log(1)");
    await writeFile(
      path.join(root, "server", "app", "[locale]", "vocabulary", "page_client-reference-manifest.js"),
      manifest(["static/chunks/a.css", "static/chunks/b.css"]),
    );
    const sources = await readBuildStyleSources(root);
    expect(sources).toHaveLength(4);
    expect(sources).toContain(await styleHashSource("body{margin:0}.list{gap:1rem}"));
    await expect(readBuildStyleSources(path.join(root, "missing"))).rejects.toThrow();
  });
});
