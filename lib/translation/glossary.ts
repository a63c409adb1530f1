// A class glossary as the teacher types it, one pair per line: "Baumilliardär = property tycoon"
// (also "→", "->" or a tab). Pure.
import { MAX_GLOSSARY_ENTRIES, TEXT_LIMITS } from "@/lib/limits";
import { withoutBidiControls } from "@/lib/text-input";

export { MAX_GLOSSARY_ENTRIES };

const MAX_TERM_CHARS = TEXT_LIMITS.glossaryTerm;
const SEPARATOR = /\s*(?:=|→|->|\t)\s*/;

export interface ParsedGlossary {
  entries: Record<string, string>;
  /** 1-based numbers of lines that are not "German = English". */
  invalidLines: number[];
}

export function parseGlossary(text: string): ParsedGlossary {
  const entries: Record<string, string> = {};
  const invalidLines: number[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    // Bidi controls would make a term read differently in the class page than DeepL matches it.
    const line = withoutBidiControls(raw).trim();
    if (line === "" || line.startsWith("#")) return;
    const [source, target, ...rest] = line.split(SEPARATOR).map((part) => part.trim());
    if (!source || !target || rest.length > 0 || source.length > MAX_TERM_CHARS || target.length > MAX_TERM_CHARS) {
      invalidLines.push(index + 1);
      return;
    }
    // DeepL allows each source term once: the later line wins, as in a dictionary edited top to bottom.
    entries[source] = target;
  });
  return { entries, invalidLines };
}

export function formatGlossary(entries: Record<string, string>): string {
  return Object.entries(entries)
    .map(([source, target]) => `${source} = ${target}`)
    .join("\n");
}

/** Entries stored as JSON: anything that is not a string → string map is treated as empty. */
export function readGlossaryEntries(value: unknown): Record<string, string> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === "string"));
}
