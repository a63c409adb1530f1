// The other forms a gazetteer place name is written in: its short form without the river or region, and a
// town written with its river in brackets said with it (scripts/build-gazetteer.ts).

/** Rivers and their genders from landscapes.tsv rows `name  kind  gender` (Ruhr f, Main m). */
export function readRivers(tsv: string): ReadonlyMap<string, string> {
  const rivers = new Map<string, string>();
  for (const [name, kind, gender] of tsv.split("\n").map((l) => l.split("\t")))
    if (name && kind === "river" && (gender === "f" || gender === "m")) rivers.set(name, gender);
  return rivers;
}

/**
 * "Frankfurt am Main" is also "Frankfurt", "Bad Homburg vor der Höhe" also "Bad Homburg", "Halle (Saale)"
 * also "Halle"; a town written with its river in brackets is also said with it, "an der" a feminine river
 * and "am" a masculine one: "Wetter (Ruhr)" is "Wetter an der Ruhr", "Offenbach (Main)" "Offenbach am Main".
 */
export function shortForms(name: string, rivers: ReadonlyMap<string, string>): string[] {
  const short = name
    .replace(/\s*\(.*\)$/, "")
    .replace(/ (?:am|an der|im|in der|ob der|vor der|vor dem|bei|an|auf) .*$/, "");
  const out = short !== name && short.length > 2 ? [name, short] : [name];
  const river = /^(.+) \((\p{Lu}[\p{L}-]+)\)$/u.exec(name);
  const gender = river?.[2] ? rivers.get(river[2]) : undefined;
  if (river && gender) out.push(`${river[1]} ${gender === "f" ? "an der" : "am"} ${river[2]}`);
  return out;
}
