// The trained tagger (data/ud-german/tagger.json.gz, built by `npm run build:tagger`), loaded on first use.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { fromStored, type StoredModel, type TaggerModel } from "./perceptron";

let shared: TaggerModel | null | undefined;

/** The tagger, or null when its asset is missing (the engine then keeps its word-by-word analysis). */
export function getTagger(): TaggerModel | null {
  if (shared !== undefined) return shared;
  const dir = process.env.BRUECKE_TAGGER_DIR || join(process.cwd(), "data/ud-german");
  const path = join(dir, "tagger.json.gz");
  shared = existsSync(path)
    ? fromStored(JSON.parse(gunzipSync(readFileSync(path)).toString("utf8")) as StoredModel)
    : null;
  return shared;
}
