import { mkdtempSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadActionIds, pagePath, parseActionResult, unescapeFlight } from "./next-wire";

/** The Next release whose manifest and wire format next-wire.ts was written against and checked with. */
const WRITTEN_FOR = "16.4";

describe("the test client's adapter to Next's internals", () => {
  it(`was written for Next ${WRITTEN_FOR}: after an upgrade, check the manifest and flight format, then move this`, () => {
    const installed = createRequire(import.meta.url)("next/package.json") as { version: string };
    expect(installed.version.split(".").slice(0, 2).join(".")).toBe(WRITTEN_FOR);
  });

  it("reads action ids and one page that bundles each from the server-reference manifest", async () => {
    const dist = mkdtempSync(path.join(tmpdir(), "next-wire-"));
    await mkdir(path.join(dist, "server"));
    writeFileSync(
      path.join(dist, "server/server-reference-manifest.json"),
      JSON.stringify({
        node: {
          "7f3a": {
            workers: { "app/[locale]/(learner)/review/page": {}, "app/[locale]/(learner)/progress/page": {} },
            filename: "lib/review/actions.ts",
            exportedName: "gradeCard",
          },
          // An action without a name (inline) is not callable by name and left out.
          "7f3b": { workers: { "app/[locale]/page": {} } },
        },
        edge: {},
      }),
    );
    const actions = loadActionIds(dist);
    expect([...actions]).toEqual([
      ["lib/review/actions.ts#gradeCard", { id: "7f3a", worker: "app/[locale]/(learner)/progress/page" }],
    ]);
  });

  it("turns a page worker into its URL: groups dropped, locale and params filled in", () => {
    expect(pagePath("app/[locale]/(learner)/review/page")).toBe("/en/review");
    expect(pagePath("app/[locale]/read/[passageId]/page", { passageId: "p 1" }, "de")).toBe("/de/read/p%201");
    expect(pagePath("app/[locale]/(teacher)/classes/[classId]/page")).toBe("/en/classes/x");
  });

  it("finds an action's return value in its flight response, and nothing when the action threw", () => {
    const ok = '0:{"a":"$@1","f":"","b":"build-id"}\n1:{"ok":true,"data":{"status":"LEARNING"}}\n';
    expect(parseActionResult(ok)).toEqual({ ok: true, data: { status: "LEARNING" } });
    expect(parseActionResult('0:{"a":"$@1","f":"","b":"x"}\n1:E{"digest":"123"}\n')).toBeUndefined();
    expect(parseActionResult("<!DOCTYPE html><html>…")).toBeUndefined();
  });

  it("reads props embedded in a page's flight script as plain JSON", () => {
    const html = String.raw`<script>self.__next_f.push([1,"5:[\"$\",\"div\",null,{\"cardId\":\"c1\",\"version\":2}]"])</script>`;
    expect(unescapeFlight(html)).toContain('"cardId":"c1","version":2');
  });
});
