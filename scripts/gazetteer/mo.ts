// Reads a GNU gettext .mo catalogue (little- or big-endian) into a map from message id to translation.
import { readFileSync } from "node:fs";

const MAGIC = 0x950412de;

export function readMo(path: string): Map<string, string> {
  const buf = readFileSync(path);
  const little = buf.readUInt32LE(0) === MAGIC;
  if (!little && buf.readUInt32BE(0) !== MAGIC) throw new Error(`${path} is not a .mo file`);
  const u32 = (at: number) => (little ? buf.readUInt32LE(at) : buf.readUInt32BE(at));
  const count = u32(8);
  const originals = u32(12);
  const translations = u32(16);
  const text = (table: number, k: number) => {
    const length = u32(table + 8 * k);
    const offset = u32(table + 8 * k + 4);
    return buf.toString("utf8", offset, offset + length);
  };
  const out = new Map<string, string>();
  for (let k = 0; k < count; k++) {
    const id = text(originals, k);
    // Plural forms and the header (empty id) are not names.
    if (id && !id.includes("\0")) out.set(id, text(translations, k).split("\0")[0] ?? "");
  }
  return out;
}
