// Senses Ding files under another headword than the word a reader meets, added to that word's entry:
// a plural line ("Kiefern {pl} (Pinus) [bot.] | Gemeine Kiefer {f} | … :: pines") gives its singular die
// Kiefer the pine beside der Kiefer, the jaw; a verb with its object ("Geld (auf ein Konto) überweisen ::
// to transfer money") gives the verb alone its sense ("überweisen: to transfer").
import { entryFor, type RawEntry, type RawSense } from "./ding-entries";

/** A plural-only headword and the singulars its line names with a gender ("Gemeine Kiefer {f}"). */
export interface PluralLine {
  plural: string;
  sense: RawSense;
  singulars: { word: string; gender: "m" | "f" | "n" }[];
}

/** A verb headword with a noun object in front ("Geld überweisen", "ein Fahrzeug abstellen"). */
export interface ObjectLine {
  verb: string;
  noun: string;
  /** The preposition before the noun in an example ("zu Tränen rühren"). */
  prep?: string;
  sense: RawSense;
  /** From an example column ("Prüfung {f} | … | eine Prüfung bestehen"), not a headword. */
  example?: true;
}

// English nouns that end in -s in the singular too: "news" is not the plural of "new" (Nachrichten {pl}
// :: news gave die Nachricht the gloss "new").
const SINGULAR_IN_S = new Set([
  "news",
  "means",
  "series",
  "species",
  "headquarters",
  "crossroads",
  "barracks",
  "gallows",
  "whereabouts",
  "physics",
  "mathematics",
  "economics",
  "politics",
  "ethics",
  "athletics",
  "gymnastics",
  "statistics",
  "linguistics",
  "electronics",
  "measles",
  "mumps",
  "diabetes",
]);

/** "pines" → "pine", "stone pines" → "stone pine", where English has the singular; else unchanged. */
export function singularGloss(gloss: string, english: ReadonlyMap<string, number>): string {
  const m = /^(.*?)(\p{Ll}+)$/u.exec(gloss);
  if (!m) return gloss;
  const [, before = "", last = ""] = m;
  if (SINGULAR_IN_S.has(last)) return gloss;
  const options = last.endsWith("ies")
    ? [`${last.slice(0, -3)}y`]
    : last.endsWith("es")
      ? [last.slice(0, -1), last.slice(0, -2)]
      : last.endsWith("s") && !last.endsWith("ss")
        ? [last.slice(0, -1)]
        : [];
  const singular = options.find((w) => (english.get(w) ?? 0) >= 2);
  return singular ? before + singular : gloss;
}

const knows = (e: RawEntry, gloss: string) =>
  e.senses.some((s) => s.glosses.some((g) => g.toLowerCase() === gloss.toLowerCase()));

/** Adds each plural line's sense to its singular's entry, with the gender and plural the line gives. */
export function foldPlurals(
  entries: Map<string, RawEntry>,
  lines: readonly PluralLine[],
  english: ReadonlyMap<string, number>,
): number {
  let added = 0;
  for (const line of lines) {
    const counts = new Map<string, number>();
    for (const s of line.singulars)
      counts.set(`${s.word}\t${s.gender}`, (counts.get(`${s.word}\t${s.gender}`) ?? 0) + 1);
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
    if (!best) continue;
    const [word = "", gender] = best.split("\t") as [string, "m" | "f" | "n"];
    // "Fichtenbäume {pl}; Fichten {pl} (Picea) | gemeine Fichte {f} | …": Ding names many trees, plants and
    // animals only so; the singular a reader meets (die Fichte) gets an entry of its own.
    const entry = entryFor(entries, word, "n", { gender });
    if (entry.pluralOnly) continue;
    const glosses = [...new Set(line.sense.glosses.map((g) => singularGloss(g, english)))];
    if (glosses.some((g) => knows(entry, g))) continue;
    entry.senses.push({ ...line.sense, glosses, gender, plural: line.plural });
    entry.plurals.set(line.plural, (entry.plurals.get(line.plural) ?? 0) + 1);
    added++;
  }
  return added;
}

// "to sail into port", "to move sb. to tears": the English of a German preposition's noun.
const LEADING_PREPOSITION = /^(?:into|in|to|onto|on|at|from|out of|off|for|with|under|over|through|by|towards?) /;
const PLACEHOLDER_OBJECT = /^(?:sb\.|sth\.|sb\.\/sth\.) /;
const DETERMINER = /^(?:a|an|the|one's|sb's|sb\.'s|your|his|her|their|some) /;
// The preposition the verb governs after its object: "to invest money in (sth.)" is "to invest" with money.
const GOVERNED = / (?:in|into|on|onto|at|for|to|with|from|about|against|over|of)(?: (?:sth|sb)\.)?$/;

/** The noun's English words, singular and plural: "money", "vehicle", "vehicles". */
function nounGlosses(noun: RawEntry | undefined): Set<string> {
  const out = new Set<string>();
  for (const s of noun?.senses ?? [])
    for (const g of s.glosses) {
      const lower = g.toLowerCase();
      out.add(lower);
      out.add(`${lower}s`);
    }
  return out;
}

const NOT_ADJECTIVES = new Set(
  "a an the one's his her their your its my our some any no in on at out up off down over back away into onto with for from by of to under through about around across along".split(
    " ",
  ),
);

/**
 * Whether the English object is the noun's gloss, or that gloss after adjectives: "hot lead" names Spur
 * "lead" as "lead" does ("eine heiße Spur verfolgen :: to follow a hot lead").
 */
function namesObject(objects: ReadonlySet<string>, object: string): boolean {
  if (objects.has(object)) return true;
  const words = object.split(" ");
  for (let k = 1; k < words.length && k <= 2; k++) {
    // Only adjectives before it: "to take out an insurance" is no "to take" of Versicherung, "to be in
    // mourning" no "to be" of Trauer.
    if (words.slice(0, k).some((w) => NOT_ADJECTIVES.has(w) || !/^[a-z-]+$/.test(w))) return false;
    if (objects.has(words.slice(k).join(" "))) return true;
  }
  return false;
}

/** Adds each verb-with-object line's sense, without the object, to the verb's entry. */
export function foldObjects(entries: Map<string, RawEntry>, lines: readonly ObjectLine[]): number {
  const byPlural = new Map<string, RawEntry>();
  for (const e of entries.values())
    if (e.pos === "n") for (const p of e.plurals.keys()) if (!byPlural.has(p)) byPlural.set(p, e);
  let added = 0;
  const folded = new Map<string, RawSense>();
  for (const line of lines) {
    const verb = entries.get(`${line.verb}\tv`);
    if (!verb) continue;
    const nounEntry = entries.get(`${line.noun}\tn`) ?? byPlural.get(line.noun);
    const objects = nounGlosses(nounEntry);
    if (!nounEntry || objects.size === 0) continue;
    // After a preposition the noun is named as the engine's lemma names it ("zu Tränen rühren": Träne).
    const noun = line.prep ? nounEntry.hw : line.noun;
    const glosses: string[] = [];
    for (const g of line.sense.glosses) {
      // "to transfer money" → "to transfer"; "to park a vehicle" → "to park"; "to move sb. to tears" → "to
      // move" where the German has the preposition too.
      const m = /^(to \S+) (.+)$/.exec(g);
      const afterObject = m?.[2]?.replace(PLACEHOLDER_OBJECT, "") ?? "";
      const english = line.prep ? LEADING_PREPOSITION.exec(afterObject)?.[0] : "";
      if (english === undefined) continue;
      const object = afterObject.slice(english.length).replace(DETERMINER, "").replace(GOVERNED, "").toLowerCase();
      if (!m?.[1] || !object || !namesObject(objects, object)) continue;
      // With a preposition, a sense the verb has already, the plain verb's first ("ins Bett gehen :: to go to
      // bed" is gehen "to go", not "to go to"), else with the English preposition ("auf Widerstand stoßen ::
      // to meet with resistance" is stoßen "to meet with"); never a new one.
      const gloss = line.prep ? [m[1], `${m[1]} ${english.trim()}`].find((x) => knows(verb, x)) : m[1];
      if (gloss && !glosses.includes(gloss)) glosses.push(gloss);
    }
    if (glosses.length === 0) continue;
    const fresh = glosses.filter((g) => !knows(verb, g));
    // The noun says which sense a sentence with it means (eine Entscheidung treffen: "to make"), also
    // where the verb's own lines have the gloss.
    for (const s of verb.senses)
      if (s.glosses.some((g) => glosses.includes(g)) && !s.objects?.includes(noun))
        s.objects = [...(s.objects ?? []), noun];
    if (fresh.length === 0) {
      // Each further object the sense is given with is evidence it is a main one (bestehen "to pass": a
      // test, an exam, a doping test), counted like the columns of a line.
      const earlier = line.example && folded.get(`${line.verb}\t${glosses[0]}`);
      if (earlier) earlier.nCols++;
      continue;
    }
    const sense = { ...line.sense, glosses: fresh, objects: [noun] };
    verb.senses.push(sense);
    for (const g of fresh) folded.set(`${line.verb}\t${g}`, sense);
    added++;
  }
  return added;
}

const LINKS = ["", "s", "es", "n", "en", "e"];
const MIN_COMPOUNDS = 2;
const TWO_WORDS = /^(\p{Ll}+) (\p{Ll}{3,})$/u;

/** The lower-case glosses of an entry's senses, and their single words. */
function glossWords(e: RawEntry): Set<string> {
  const out = new Set<string>();
  for (const s of e.senses)
    for (const g of s.glosses) {
      const lower = g.toLowerCase();
      out.add(lower);
      for (const w of lower.split(/[^\p{Ll}]+/u)) if (w) out.add(w);
    }
  return out;
}

/**
 * A compound noun glossed as its first part's English and one more word gives its last part that word:
 * "Abendkarte {f} :: evening menu" (Abend: evening) and "Getränkekarte {f} :: drinks menu" give die Karte
 * "menu", which Ding files only under compounds. Only where the last part is a noun of the compound's
 * gender whose own glosses lack the word, and two compounds at least say so (one alone is often no
 * compound of the two meanings: Bahnhof "railway station"); never on the card, for a translation to choose.
 */
export function foldCompoundHeads(entries: Map<string, RawEntry>): number {
  const nouns = new Map<string, RawEntry>();
  for (const e of entries.values())
    if (e.pos === "n" && !e.hw.includes(" ") && !e.pluralOnly && e.hw.length >= 3) nouns.set(e.hw.toLowerCase(), e);
  const words = new Map<RawEntry, Set<string>>();
  const wordsOf = (e: RawEntry) => {
    let w = words.get(e);
    if (!w) {
      w = glossWords(e);
      words.set(e, w);
    }
    return w;
  };
  const found: { head: RawEntry; sense: RawSense }[] = [];
  for (const c of entries.values()) {
    if (c.pos !== "n" || c.hw.includes(" ") || c.hw.length < 7 || !c.gender) continue;
    const lower = c.hw.toLowerCase();
    for (let k = 3; k <= lower.length - 3; k++) {
      const head = nouns.get(lower.slice(k));
      if (!head || head.gender !== c.gender) continue;
      const mod = lower.slice(0, k);
      const modifiers = LINKS.filter((l) => mod.endsWith(l))
        .map((l) => nouns.get(mod.slice(0, mod.length - l.length)))
        .filter((m): m is RawEntry => m !== undefined);
      if (modifiers.length === 0) continue;
      for (const s of c.senses) {
        if (s.fromExamples) continue;
        for (const g of s.glosses) {
          const m = TWO_WORDS.exec(g);
          const [, first = "", last = ""] = m ?? [];
          if (!m || !modifiers.some((x) => wordsOf(x).has(first)) || wordsOf(head).has(last)) continue;
          found.push({
            head,
            sense: {
              glosses: [last],
              penalty: s.penalty,
              domains: s.domains,
              nCols: 1,
              order: s.order,
              fromExamples: true,
              alignOnly: true,
              gender: c.gender,
            },
          });
        }
      }
      break;
    }
  }
  // Two compounds at least: one alone is often no compound of the two meanings (Bahnhof "railway station").
  const counts = new Map<string, number>();
  const key = (x: { head: RawEntry; sense: RawSense }) => `${x.head.hw}\t${x.sense.glosses[0]}`;
  for (const x of found) counts.set(key(x), (counts.get(key(x)) ?? 0) + 1);
  const done = new Set<string>();
  for (const x of found) {
    if ((counts.get(key(x)) ?? 0) < MIN_COMPOUNDS || done.has(key(x))) continue;
    done.add(key(x));
    x.head.senses.push(x.sense);
  }
  return found.length;
}
