// The lexicon asset's container (data/lexicon/*.json.gz): one JSON header line, then each text field's
// characters one after the other, the header giving each field's length. Loading is one inflate, one UTF-8
// decode and a slice per field. As plain JSON the same data took 2½ times as long to load: JSON.parse must
// copy every field to undo the escaping of its tabs and line breaks (12 MB for Ding's rows alone).

/** A field ending in "[]" holds a list: its items joined by line breaks (none may contain one). */
type FieldValue = string | readonly string[];

interface Header {
  /** The name and length (UTF-16 code units) of each field, in the order of the text after the header. */
  fields: [string, number][];
  [meta: string]: unknown;
}

const LIST = "[]";

/** `meta` (numbers, short strings) goes in the header as JSON; `fields` follow it as text. */
export function packAsset(meta: Record<string, string | number>, fields: Record<string, FieldValue>): string {
  const lengths: [string, number][] = [];
  const parts: string[] = [];
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === "string") {
      lengths.push([name, value.length]);
      parts.push(value);
    } else {
      if (value.some((item) => item.includes("\n")))
        throw new Error(`list field ${name} has an item with a line break`);
      const text = value.join("\n");
      lengths.push([name + LIST, text.length]);
      parts.push(text);
    }
  }
  const header: Header = { ...meta, fields: lengths };
  return `${JSON.stringify(header)}\n${parts.join("")}`;
}

/** The header's meta and every field; undefined when `text` is no such container (an older JSON asset). */
export function unpackAsset(text: string): Record<string, unknown> | undefined {
  const end = text.indexOf("\n");
  if (end < 0) return undefined;
  let header: Partial<Header>;
  try {
    header = JSON.parse(text.slice(0, end)) as Partial<Header>;
  } catch {
    return undefined;
  }
  if (!Array.isArray(header.fields)) return undefined;
  const { fields, ...meta } = header;
  const out: Record<string, unknown> = meta;
  let at = end + 1;
  for (const [name, length] of fields) {
    const value = text.slice(at, at + length);
    at += length;
    if (name.endsWith(LIST)) out[name.slice(0, -LIST.length)] = value === "" ? [] : value.split("\n");
    else out[name] = value;
  }
  if (at !== text.length) throw new Error(`asset text has ${text.length - at} characters its header does not name`);
  return out;
}
