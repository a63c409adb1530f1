// Meanings of one entry are kept in one gloss field, separated by semicolons (as the reader saves them).
// Pure.

const SEPARATOR = /\s*[;,]\s*/;

const senses = (gloss: string) =>
  gloss
    .split(SEPARATOR)
    .map((sense) => sense.trim())
    .filter(Boolean);

/** Whether every sense of `added` is already in `gloss` (ignoring case and spacing). */
export function hasMeaning(gloss: string, added: string): boolean {
  const known = new Set(senses(gloss).map((sense) => sense.toLocaleLowerCase("en")));
  const wanted = senses(added);
  return wanted.length > 0 && wanted.every((sense) => known.has(sense.toLocaleLowerCase("en")));
}

/** `gloss` with the senses of `added` it lacks appended after a semicolon, in the order typed. */
export function mergeMeaning(gloss: string, added: string): string {
  const known = new Set(senses(gloss).map((sense) => sense.toLocaleLowerCase("en")));
  const fresh: string[] = [];
  for (const sense of senses(added)) {
    const key = sense.toLocaleLowerCase("en");
    if (known.has(key)) continue;
    known.add(key);
    fresh.push(sense);
  }
  const base = gloss.trim();
  return [base, ...fresh].filter(Boolean).join("; ");
}
