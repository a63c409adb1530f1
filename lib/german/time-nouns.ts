// Nouns of time. A preposition before one opens an adverbial of time ("am Monatsende", "zur Pause", "in
// der Nacht"), not the object a verb's sense governs ("überweisen an", "führen zu").
import type { Draft } from "./sentence-context";

const TIME_NOUNS = new Set(
  `Zeit Moment Augenblick Weile Sekunde Minute Stunde Tag Woche Wochenende Monat Jahr Jahrzehnt Jahrhundert
  Morgen Vormittag Mittag Nachmittag Abend Nacht Mitternacht Anfang Beginn Mitte Ende Schluss Pause Halbzeit
  Frühling Frühjahr Sommer Herbst Winter Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag
  Januar Februar März April Mai Juni Juli August September Oktober November Dezember Uhr`.split(/\s+/),
);

// Prepositions that open adverbials of time; auf, für, über, um, gegen are left to the verb ("sich auf das
// Wochenende freuen").
const TEMPORAL = new Set(["an", "in", "zu", "vor", "nach", "seit", "bei", "von", "während"]);

/** Whether the noun (or a compound's last part: Monatsende, Sommerpause) names a time. */
export function timeNoun(d: Draft): boolean {
  return TIME_NOUNS.has(d.a.lemma) || TIME_NOUNS.has(d.a.parts?.at(-1)?.lemma ?? "");
}

// The possessives' bare forms end in -er but are no dative: "an unser Jubiläum".
const BARE_IN_ER = new Set(["unser", "euer"]);

/**
 * Whether a determiner after "an" is in the accusative: "an" of time takes the dative ("am Tag", "an
 * einem Abend", "an diesem Wochenende"), so "an den Tag", "an einen Abend", "an unseren Hochzeitstag"
 * is the object of a verb's "an" ("sich erinnern an", "denken an"). Dative forms end in -m or -er;
 * "den" and the other forms in -en are a dative only before a plural ("an den Wochenenden").
 */
function accusativeAfterAn(determiner: string, noun: Draft): boolean {
  const w = determiner.toLowerCase();
  if (/m$/.test(w) || (/er$/.test(w) && !BARE_IN_ER.has(w))) return false;
  const singular = noun.a.text.toLowerCase() === noun.a.lemma.toLowerCase();
  return singular || !w.endsWith("en");
}

/**
 * Whether the preposition (its contraction resolved) at token j opens a phrase of time: its noun, after
 * determiners, adjectives and numbers, is a noun of time, and "an" is followed by no accusative.
 */
export function opensTimePhrase(drafts: readonly (Draft | null)[], j: number, prep: string): boolean {
  if (!TEMPORAL.has(prep)) return false;
  const first = drafts[j + 1];
  for (let k = j + 1; k <= j + 4; k++) {
    const d = drafts[k];
    if (!d) return false;
    if (d.a.pos === "noun" || d.a.pos === "name") {
      if (prep === "an" && first && first !== d && first.a.pos === "det" && accusativeAfterAn(first.a.text, d))
        return false;
      return timeNoun(d);
    }
    if (d.a.pos !== "det" && d.a.pos !== "adj" && d.a.pos !== "num") return false;
  }
  return false;
}
