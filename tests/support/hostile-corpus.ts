// The hostile input corpus (tests/fixtures/hostile, see its README) plus the generated 1 MB case.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface HostileInput {
  name: string;
  bytes: Uint8Array;
  /** The bytes as a browser would put them in a text field: UTF-8, invalid sequences replaced. */
  text: string;
}

const DIR = path.join(process.cwd(), "tests/fixtures/hostile");

/** What any script in the corpus sets when it runs. */
export const PWNED = "__pwned";

export function hostileCorpus(): HostileInput[] {
  const files = readdirSync(DIR)
    .filter((name) => name !== "README.md")
    .sort()
    .map((name) => {
      const bytes = new Uint8Array(readFileSync(path.join(DIR, name)));
      return { name, bytes, text: new TextDecoder().decode(bytes) };
    });
  const seed = readFileSync(path.join(process.cwd(), "content/articles/article-2017-01-alibaba-trump.de.txt"), "utf8");
  const megabyte = seed.repeat(Math.ceil(1_000_000 / seed.length)).slice(0, 1_000_000);
  return [...files, { name: "one-megabyte (generated)", bytes: new TextEncoder().encode(megabyte), text: megabyte }];
}

/** Markup from the corpus that must never reach a page unescaped. */
export const RAW_MARKUP = [
  /<script>window\.__pwned/i,
  /<img src=x onerror/i,
  /<svg onload/i,
  /<iframe srcdoc/i,
  /href="javascript:/i,
  /<a href="javascript:/i,
];
