// Compares one hand-written golden line ("text | lemma | pos | gender | plural | parts") with an analysis.
import type { WordAnalysis } from "../types";

export interface Expectation {
  text: string;
  lemma: string[];
  pos: string[];
  gender?: string;
  plural?: { options: string[]; optional: boolean };
  parts?: string;
}

export function parseExpectation(line: string): Expectation {
  const [text = "", lemma = "", pos = "", gender, plural, parts] = line.split("|").map((f) => f.trim());
  const e: Expectation = { text, lemma: lemma.split("/"), pos: pos.split("/") };
  // Lemmas like "People's Daily" or "E-Commerce-Anbieter" contain no "/", so splitting is safe.
  if (gender) e.gender = gender;
  if (plural !== undefined && plural !== "") {
    const optional = plural.endsWith("?");
    e.plural = { options: plural.replace(/\?$/, "").split("/"), optional };
  }
  if (parts) e.parts = parts;
  return e;
}

/** "kurz+Nachricht(en)+Plattform" from the analysis' parts. */
export function partsString(w: WordAnalysis): string | undefined {
  return w.parts?.map((p) => p.lemma + (p.link ? `(${p.link})` : "")).join("+");
}

/** Human-readable differences; empty when the analysis matches. */
export function mismatches(e: Expectation, w: WordAnalysis | null | undefined): string[] {
  if (!w) return [`no analysis for "${e.text}"`];
  const out: string[] = [];
  if (w.text !== e.text) out.push(`token "${w.text}" where "${e.text}" was expected`);
  if (!e.lemma.includes(w.lemma)) out.push(`lemma ${w.lemma} ≠ ${e.lemma.join("/")}`);
  if (!e.pos.includes(w.pos)) out.push(`pos ${w.pos} ≠ ${e.pos.join("/")}`);
  if (e.pos.includes("noun") && w.pos === "noun") {
    const gender = e.gender === "-" ? undefined : e.gender;
    if (w.gender !== gender) out.push(`gender ${w.gender ?? "none"} ≠ ${gender ?? "none"}`);
    if (e.plural) {
      const ok = w.plural === undefined ? e.plural.optional : e.plural.options.includes(w.plural);
      if (!ok) out.push(`plural ${w.plural ?? "none"} ≠ ${e.plural.options.join("/")}`);
    }
    const parts = partsString(w);
    if ((e.parts ?? undefined) !== parts) out.push(`parts ${parts ?? "none"} ≠ ${e.parts ?? "none"}`);
  }
  return out;
}
