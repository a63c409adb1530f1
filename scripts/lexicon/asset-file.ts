// One lexicon asset file, gzipped: `format` and `source` in its header line, every other field as text
// after it (lib/german/asset-text.ts explains why not JSON).
import { gzipSync } from "node:zlib";
import { packAsset } from "../../lib/german/asset-text";

type Fields = Record<string, string | readonly string[]>;

export function assetFile(header: { format: number; source: string }, fields: Fields): Buffer {
  // Deterministic: fields in the order given, and gzip writes no timestamp.
  return gzipSync(Buffer.from(packAsset(header, fields)), { level: 9 });
}
