// Dotted abbreviations the tokenizer keeps as one word ("z. B.", "Dr."). Ding spells them inconsistently,
// and the card should show the full form.
import type { FunctionWord } from "./closed-class";

const TABLE: Record<string, FunctionWord> = {
  "z.b.": { lemma: "zum Beispiel", pos: "adv", glosses: ["for example", "e.g."] },
  "d.h.": { lemma: "das heißt", pos: "conj", glosses: ["that is", "i.e."] },
  "u.a.": { lemma: "unter anderem", pos: "adv", glosses: ["among other things", "among others"] },
  "v.a.": { lemma: "vor allem", pos: "adv", glosses: ["above all", "especially"] },
  "z.t.": { lemma: "zum Teil", pos: "adv", glosses: ["partly", "in part"] },
  "u.u.": { lemma: "unter Umständen", pos: "adv", glosses: ["possibly", "under certain circumstances"] },
  "o.ä.": { lemma: "oder Ähnliches", pos: "adv", glosses: ["or similar"] },
  "u.ä.": { lemma: "und Ähnliches", pos: "adv", glosses: ["and the like"] },
  "s.o.": { lemma: "siehe oben", pos: "adv", glosses: ["see above"] },
  "s.u.": { lemma: "siehe unten", pos: "adv", glosses: ["see below"] },
  "i.d.r.": { lemma: "in der Regel", pos: "adv", glosses: ["as a rule", "usually"] },
  "u.v.m.": { lemma: "und vieles mehr", pos: "adv", glosses: ["and much more"] },
  "v.chr.": { lemma: "vor Christus", pos: "adv", glosses: ["BC", "before Christ"] },
  "n.chr.": { lemma: "nach Christus", pos: "adv", glosses: ["AD", "after Christ"] },
  "bzw.": { lemma: "beziehungsweise", pos: "conj", glosses: ["or", "respectively"] },
  "usw.": { lemma: "und so weiter", pos: "adv", glosses: ["and so on", "etc."] },
  "etc.": { lemma: "et cetera", pos: "adv", glosses: ["etc.", "and so on"] },
  "ca.": { lemma: "circa", pos: "adv", glosses: ["about", "approximately"] },
  "evtl.": { lemma: "eventuell", pos: "adv", glosses: ["possibly", "perhaps"] },
  "ggf.": { lemma: "gegebenenfalls", pos: "adv", glosses: ["if necessary", "where applicable"] },
  "inkl.": { lemma: "inklusive", pos: "prep", glosses: ["including"] },
  "vgl.": { lemma: "vergleiche", pos: "other", glosses: ["compare", "cf."] },
  "dr.": { lemma: "Doktor", pos: "noun", glosses: ["Dr", "doctor"] },
  "prof.": { lemma: "Professor", pos: "noun", glosses: ["Prof.", "professor"] },
  "nr.": { lemma: "Nummer", pos: "noun", glosses: ["number", "no."] },
  "mio.": { lemma: "Million", pos: "noun", glosses: ["million"] },
  "mrd.": { lemma: "Milliarde", pos: "noun", glosses: ["billion"] },
  "jh.": { lemma: "Jahrhundert", pos: "noun", glosses: ["century"] },
  "str.": { lemma: "Straße", pos: "noun", glosses: ["street"] },
  "st.": { lemma: "Sankt", pos: "other", glosses: ["Saint", "St."] },
};

const GENDER: Record<string, "m" | "f" | "n"> = {
  Doktor: "m",
  Professor: "m",
  Nummer: "f",
  Million: "f",
  Milliarde: "f",
  Jahrhundert: "n",
  Straße: "f",
};

/** Abbreviations of several dotted parts, as their parts in lower case: ["z", "b"], ["v", "chr"]. */
export const MULTI_PART_ABBREVIATIONS: readonly (readonly string[])[] = Object.keys(TABLE)
  .map((key) => key.split(".").filter((part) => part !== ""))
  .filter((parts) => parts.length > 1);

/**
 * A multi-part abbreviation as a regular expression source, any case, its parts with their dots and a space
 * or none between: "z. B.", "z.B.", "Z. B.".
 */
export function multiPartPattern(parts: readonly string[]): string {
  const anyCase = (part: string) => [...part].map((c) => `[${c}${c.toUpperCase()}]`).join("");
  return parts.map((part) => `${anyCase(part)}\\.`).join(String.raw`\s?`);
}

/** The full form of a dotted abbreviation, spaces and case ignored ("Z. B." = "z.B."). */
export function abbreviation(text: string): (FunctionWord & { gender?: "m" | "f" | "n" }) | undefined {
  const entry = TABLE[text.replace(/\s+/g, "").toLowerCase()];
  if (!entry) return undefined;
  const gender = GENDER[entry.lemma];
  return gender ? { ...entry, gender } : entry;
}

/** Titles after which a capitalised word is a name, not a noun (Dr. Müller, Frau Koch). */
export const TITLES = new Set([
  "Dr.",
  "Prof.",
  "Herr",
  "Herrn",
  "Frau",
  "Präsident",
  "Präsidentin",
  "Kanzler",
  "Kanzlerin",
  "Minister",
  "Ministerin",
]);
