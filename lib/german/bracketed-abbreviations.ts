// "die Europäische Arzneimittel-Agentur (EMA)", "das Technische Hilfswerk (THW)": a word in capitals in
// brackets right after a name is that name's abbreviation or another name beside it (a person's party), a name
// too, whatever the dictionary lists under the letters (EMA: an intrusion alarm system).
import { nameDraft } from "./draft";
import type { Draft } from "./sentence-context";
import type { Token } from "./types";

const CAPITALS = /^\p{Lu}[\p{Lu}\d]{1,5}$/u;

export function bracketedAbbreviations(tokens: readonly Token[], drafts: (Draft | null)[]): void {
  tokens.forEach((t, i) => {
    const d = drafts[i];
    if (t.type !== "word" || !CAPITALS.test(t.text) || !d || d.a.pos === "name") return;
    if (tokens[i - 1]?.text !== "(" || tokens[i + 1]?.text !== ")") return;
    if (drafts[i - 2]?.a.pos !== "name") return;
    drafts[i] = nameDraft(t.text, t.text, undefined, false);
  });
}
