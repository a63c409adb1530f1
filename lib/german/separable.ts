// Split verbs across a clause. A separable particle ends the main clause ("teilte ein Firmensprecher
// mit" → mitteilen); a fixed phrase keeps its noun apart from the verb ("hatte … in Aussicht gestellt" →
// in Aussicht stellen). Both halves carry the whole verb as lemma and point at each other.
import { functionWord } from "./closed-class";
import { bandOf } from "./difficulty";
import { composedSenses, DIRECTIONS, PRODUCTIVE_PARTICLES, productiveVerb } from "./direction-verbs";
import { rankOf } from "./draft";
import { governs } from "./governed-preposition";
import { PARTICLE_SET, verbLemmas } from "./lemmatize";
import type { Lexicon } from "./lexicon";
import { CLAUSE_REACH, COORDINATORS, clauseBounds, type Draft, type SentenceContext, wordAt } from "./sentence-context";

function senseOf(lex: Lexicon, verb: string) {
  const senses = verbSenses(lex, verb);
  if (senses.length) return senses;
  // Ding keeps some separable verbs in the old spelling, the first part apart: "zugute kommen".
  for (let i = 3; i < verb.length - 2; i++) {
    const spaced = verbSenses(lex, `${verb.slice(0, i)} ${verb.slice(i)}`);
    if (spaced.length) return spaced;
  }
  return senses;
}

function verbSenses(lex: Lexicon, verb: string) {
  return lex
    .entries(verb)
    .filter((e) => e.pos === "verb")
    .flatMap((e) => e.senses);
}

function setVerb(lex: Lexicon, d: Draft, lemma: string, text: string): void {
  const listed = senseOf(lex, lemma);
  const senses = listed.length ? listed : composedSenses(lex, lemma);
  const rank = rankOf(lex, lemma, text);
  d.a.lemma = lemma;
  d.a.pos = "verb";
  d.senses = senses;
  d.a.known = senses.length > 0;
  delete d.a.gender;
  delete d.a.plural;
  delete d.a.parts;
  if (rank === undefined) delete d.a.rank;
  else d.a.rank = rank;
  d.a.band = bandOf(rank);
}

/**
 * The verb of an idiom ("stellte … in Aussicht", "standen unter Wasser") keeps its own lemma, stellen, stehen, as
 * the dictionaries and the treebanks lemmatise it; it takes the idiom's senses, and the idiom is named apart.
 */
function setIdiom(lex: Lexicon, d: Draft, phrase: string, text: string): void {
  const lemma = d.a.lemma;
  setVerb(lex, d, phrase, text);
  d.a.lemma = lemma;
  d.a.idiom = phrase;
}

const COPULA_LEMMAS = new Set(["sein", "werden", "bleiben"]);

// "über Jahre hinweg", "über Parteigrenzen hinweg": hinweg after a span of time or a border is an adverb of
// the phrase (throughout, across), not the particle of the clause's verb ("wuchs über Jahre hinweg").
const SPAN = /(?:jahre|jahrzehnte|jahrhunderte|monate|wochen|tage|stunden|generationen|grenzen)$/i;
// "und so weiter" closes a list, no verb's particle.
const overTime = (before: string, particle: string) =>
  (particle === "hinweg" && SPAN.test(before)) || (particle === "weiter" && before.toLowerCase() === "so");

const presentToo = (lex: Lexicon, inf: string, form: string) => lex.conjugation(inf)?.P?.includes(form) ?? false;

/** The separable verb a finite form makes with a particle: (teilte, mit) → mitteilen; of several the commonest. */
function joinWith(lex: Lexicon, finite: string, particle: string, before = ""): string | undefined {
  const candidates: string[] = [];
  const direct = lex.separable(finite, particle);
  if (direct) candidates.push(direct);
  for (const hit of verbLemmas(lex, finite)) {
    // A participle is no finite verb, but an -ieren verb's 3rd person looks like one (probiert … aus), and so
    // does an inseparable verb's (gehört … dazu, verkauft … weiter): the form tables list it as both.
    if (hit.participle && !hit.inf.endsWith("ieren") && !presentToo(lex, hit.inf, finite)) continue;
    const joined = particle + hit.inf;
    // The old spelling apart, not for a copula or haben: "sei … bereit" is no "bereit sein". Nor for wieder:
    // "again" is written apart from its verb ("Das Bad öffnet wieder": öffnen), and a wieder verb that means
    // "back" is written as one word, which the dictionary lists (wiederholen, wiederkommen).
    const spaced =
      !COPULA_LEMMAS.has(hit.inf) &&
      hit.inf !== "haben" &&
      particle !== "wieder" &&
      verbSenses(lex, `${particle} ${hit.inf}`).length;
    if (lex.isVerb(joined) || spaced) candidates.push(joined);
  }
  if (candidates.length === 0 && PRODUCTIVE_PARTICLES.has(particle) && !overTime(before, particle)) {
    const motion = verbLemmas(lex, finite).find((hit) => !hit.participle && productiveVerb(lex, particle, hit.inf));
    if (motion) return particle + motion.inf;
  }
  if (candidates.length === 0 && BOUND_PARTICLES.has(particle)) {
    const verb = verbLemmas(lex, finite).find((hit) => !hit.participle && !LIGHT_VERBS.has(hit.inf));
    if (verb) return particle + verb.inf;
  }
  return lex.mostFrequent(candidates);
}

// Particles that are no word of their own, neither adverb nor preposition nor adjective: closing a clause,
// such a word can only be its verb's particle, also where the dictionary lacks the whole ("Geben Sie das
// Salz hinzu": hinzugeben; "rief die Kinder herbei": herbeirufen), as a zu-infinitive of one is by its form
// (hinzuzugeben). Not with a copula or a modal verb: "Was ist los?", "Ich muss heim".
const BOUND_PARTICLES = new Set(["hinzu", "herbei", "heran", "herauf", "zurecht", "heim", "teil", "dar", "los"]);

// After the verbal bracket only a comparison may follow: "setzte mehr Autos ab als erwartet", "sieht aus wie …".
const AFTER_BRACKET = new Set(["als", "wie"]);

// A particle of direction may have the goal after the bracket: "flog weiter nach Warschau", "kam zurück
// nach Hause", "ging hinaus in den Garten". Only these, and only before a preposition of direction, so
// that "stieg um bis zu 5 Prozent" or "rechnen mit in etwa 100 Gästen" keep their prepositions.
const GOAL_AFTER = new Set([...DIRECTIONS, "weiter", "vorbei", "heim", "los"]);
const GOAL_PREPOSITIONS = new Set([
  "nach",
  "in",
  "ins",
  "zu",
  "zum",
  "zur",
  "an",
  "ans",
  "auf",
  "aufs",
  "über",
  "durch",
]);
// A goal of a preposition, an article, an adjective and its noun at most: "weiter in die nächste Stadt".
const GOAL_LENGTH = 4;

/**
 * Whether token p closes its clause (or is followed only by a comparison, by a particle's goal, or by a
 * zu-infinitive placed after the bracket without a comma: "hörte auf zu rauchen", "fing an zu weinen").
 */
function endsClause(tokens: SentenceContext["tokens"], p: number): boolean {
  const [, to] = clauseBounds(tokens, p);
  if (to === p || AFTER_BRACKET.has(tokens[p + 1]?.text ?? "")) return true;
  if (goalAfter(tokens, p)) return true;
  const infinitive = wordAt(tokens, p + 2)?.text ?? "";
  return tokens[p + 1]?.text === "zu" && /^\p{Ll}+e?n$/u.test(infinitive) && to === p + 2;
}

/** Whether the direction at p has its goal after it, at the end of the clause: "flog weiter nach Warschau". */
function goalAfter(tokens: SentenceContext["tokens"], p: number): boolean {
  const [, to] = clauseBounds(tokens, p);
  // "bis hinauf zur Burg": after bis the direction and its goal are one phrase, no particle.
  const goal =
    GOAL_AFTER.has(tokens[p]?.text ?? "") &&
    GOAL_PREPOSITIONS.has(tokens[p + 1]?.text ?? "") &&
    tokens[p - 1]?.text !== "bis";
  // A preposition that closes the clause has no goal: it is the particle ("nimmt weiter zu", "steigen weiter an").
  return goal && to > p + 1 && to - p <= GOAL_LENGTH;
}

// A way's course: "Der Weg führt hinauf zum Gipfel", "Die Strecke verlief zurück zum Feldberg". What moves
// joins its direction before a goal (flog weiter nach Warschau); a way does not move, and its direction
// and goal are one phrase of the course, no particle: führen, verlaufen.
const COURSE_VERBS = new Set(["führen", "verlaufen"]);

const hasVerb = (drafts: readonly (Draft | null)[], from: number, to: number) =>
  drafts.slice(from, to).some((d) => d?.a.pos === "verb");

/**
 * Where to look for the verb of a clause-final particle: its clause, and when that has no verb, the clause
 * before it too, over a coordinator or comma that joins noun phrases ("bereiten Spiele und einen
 * Kuchenverkauf vor", "halten Sie die Ruhezeiten zwischen 22 und 6 Uhr ein"), not over one that ends on a verb.
 */
function verbSearchStart(lex: Lexicon, ctx: SentenceContext, drafts: readonly (Draft | null)[], p: number): number {
  let [from] = clauseBounds(ctx.tokens, p);
  // A clause opened by an imperative the particle joins is the particle's own ("Es zieht, mach bitte das
  // Fenster zu": zumachen, not zuziehen), though no form table lists the bare stem as a verb.
  if (imperativeOf(lex, ctx, drafts, from, p) !== undefined) return from;
  for (let hops = 0; hops < 3 && !hasVerb(drafts, from, p) && from > 1 && p - from < CLAUSE_REACH; hops++) {
    const joint = ctx.tokens[from - 1];
    if (!joint || (joint.text !== "," && !COORDINATORS.has(joint.text))) break;
    // A clause that ends on its verb is whole ("Wenn du Zeit hast, ruf mich an"): no list of noun phrases.
    if (drafts[from - 2]?.a.pos === "verb") break;
    [from] = clauseBounds(ctx.tokens, from - 2);
  }
  return from;
}

/**
 * The imperative singular is often the bare stem ("Zieh dir eine Jacke an", "Mach das Licht aus"), which
 * no form table lists and the tagger may take for a noun: the separable verb it makes with the particle.
 */
function imperativeJoin(lex: Lexicon, stem: string, particle: string): string | undefined {
  for (const inf of [`${stem}en`, `${stem}n`]) if (lex.isVerb(inf) && lex.isVerb(particle + inf)) return particle + inf;
  return undefined;
}

/**
 * The clause-initial imperative the particle at p joins, after a "bitte" of politeness ("Bitte mach das
 * Fenster zu") or an adverb that opens the clause ("Also mach die Tür zu", "Dann ruf mich an", "Jetzt pack
 * die Sachen ein": instructions chain their steps so), and the separable verb they make. The adverb is
 * passed over only where the word after it makes the verb with the particle.
 */
function imperativeOf(
  lex: Lexicon,
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  from: number,
  p: number,
): { v: number; joined: string } | undefined {
  const bitte = wordAt(ctx.tokens, from)?.text.toLowerCase() === "bitte";
  const opener = bitte || drafts[from]?.a.pos === "adv";
  // "Bitte mach das Licht aus": the word after bitte is tried first, as bitte is mostly the word of
  // politeness, not the imperative of bitten (ausbitten); "Bitte ihn herein" still finds hereinbitten.
  const starts = bitte ? [from + 1, from] : [from, from + 1];
  for (const start of opener && from + 1 < p ? starts : [from]) {
    const v = imperativeAt(drafts, start, p);
    const stem = v === undefined ? undefined : wordAt(ctx.tokens, v)?.text.toLowerCase();
    const joined = stem && imperativeJoin(lex, stem, ctx.tokens[p]?.text ?? "");
    if (v !== undefined && joined) return { v, joined };
  }
  return undefined;
}

/** A clause-initial word that may be an imperative, where nothing else in the clause is a verb. */
function imperativeAt(drafts: readonly (Draft | null)[], from: number, p: number): number | undefined {
  const d = drafts[from];
  // "Räum bitte dein Zimmer auf": bitte after an imperative is the word of politeness, not bitten.
  const others = drafts.slice(from + 1, p).filter((x) => x?.a.text.toLowerCase() !== "bitte");
  if (!d || d.a.partnerIndex !== undefined || hasVerb(others, 0, others.length)) return undefined;
  return from;
}

function link(lex: Lexicon, ctx: SentenceContext, drafts: (Draft | null)[], v: number, p: number, joined: string) {
  const vd = drafts[v];
  const pd = drafts[p];
  const vt = ctx.tokens[v]?.text ?? "";
  const particle = ctx.tokens[p]?.text ?? "";
  if (!vd || !pd) return;
  setVerb(lex, vd, joined, vt);
  setVerb(lex, pd, joined, vt);
  for (const [d, partner] of [
    [vd, p],
    [pd, v],
  ] as const) {
    d.a.particle = particle;
    d.a.partnerIndex = partner;
  }
}

// First parts of separable verbs that are also adjectives, nouns, adverbs or prepositions, so the
// lemmatiser must not strip them from a word (Unterschrift, Schwerpunkt): at the end of a clause they
// join its verb when the dictionary has the whole ("fiel ihm schwer" → schwerfallen, "tut mir leid" →
// leidtun, "geht um sieben unter" → untergehen; "gab bekannt" → bekanntgeben, "stellte sicher" →
// sicherstellen, "tankt voll" → volltanken). "gut" and "richtig" are left out: "macht das gut" is
// rarely gutmachen (to make amends); so is "schwarz": "malt die Wand schwarz" is no schwarzmalen.
// So are the spoken short forms of heraus, herein, herauf, herunter, herüber: raus, rein, rauf, runter, rüber
// ("Schau doch mal rein": reinschauen, "Er geht kurz raus": rausgehen; Reingewinn is rein + Gewinn).
const OTHER_PARTICLES = new Set([
  "raus",
  "rein",
  "rauf",
  "runter",
  "rüber",
  "abhanden",
  "acht",
  "auseinander",
  "beiseite",
  "bekannt",
  "dabei",
  "davon",
  "dazu",
  "durch",
  "entlang",
  "fehl",
  "fern",
  "fertig",
  "hinab",
  "herab",
  "hinterher",
  "irre",
  "kaputt",
  "kennen",
  "klar",
  "krank",
  "leid",
  "nahe",
  "offen",
  "preis",
  "satt",
  "sauber",
  "schief",
  "schwer",
  "sicher",
  "spazieren",
  "stand",
  "still",
  "tot",
  "über",
  "überein",
  "umher",
  "unter",
  "wahr",
  "weh",
  "wider",
  "zufrieden",
  "zugute",
  "zuvor",
]);

/**
 * "Wie kam es dazu?", "Es kam dazu, dass …": with es as its only subject, kommen governs zu (es kommt zu
 * etwas, it comes to that), so dazu is its object, not the particle of dazukommen ("Es kam ein Gast dazu").
 */
function impersonalKommenZu(drafts: readonly (Draft | null)[], from: number, v: number, p: number): boolean {
  if (drafts[p]?.a.text !== "dazu" || drafts[v]?.a.lemma !== "kommen") return false;
  const others = drafts.slice(from, p).filter((d, k) => d && from + k !== v);
  const es = others.some((d) => d?.a.text.toLowerCase() === "es");
  return es && !others.some((d) => d && ["noun", "name", "pron"].includes(d.a.pos) && d.a.text.toLowerCase() !== "es");
}

function joinParticles(lex: Lexicon, ctx: SentenceContext, drafts: (Draft | null)[]): void {
  const tokens = ctx.tokens;
  for (let p = 0; p < tokens.length; p++) {
    const t = wordAt(tokens, p);
    if (!t || !(PARTICLE_SET.has(t.text) || OTHER_PARTICLES.has(t.text)) || !endsClause(tokens, p) || !drafts[p])
      continue;
    // "springt weiter als sein Bruder": before als, weiter is the comparative of weit (further), no particle.
    if (t.text === "weiter" && tokens[p + 1]?.text === "als") continue;
    let found = false;
    const from = verbSearchStart(lex, ctx, drafts, p);
    for (let v = from; v < p && !found; v++) {
      const vt = wordAt(tokens, v);
      const vd = drafts[v];
      if (!vt || !vd || vd.a.pos !== "verb" || vd.a.partnerIndex !== undefined) continue;
      if (impersonalKommenZu(drafts, from, v, p)) break;
      if (COURSE_VERBS.has(vd.a.lemma) && goalAfter(tokens, p)) break;
      const joined = joinWith(lex, vt.text.toLowerCase(), t.text, tokens[p - 1]?.text);
      // The other first parts join only a verb with a meaning to show: an empty card teaches less than
      // the verb and the adjective apart.
      // After sein, werden or bleiben the word is a predicative adjective: "Die Frage bleibt offen".
      const other = !PARTICLE_SET.has(t.text);
      if (joined && (!other || (senseOf(lex, joined).length > 0 && !COPULA_LEMMAS.has(vd.a.lemma)))) {
        link(lex, ctx, drafts, v, p, joined);
        found = true;
      }
    }
    // The imperative opens the particle's own clause, also where a clause before it was searched for the
    // verb: "Falls etwas unklar ist, ruf mich bitte an."
    const [own] = clauseBounds(tokens, p);
    for (const start of found ? [] : new Set([own, from])) {
      const imperative = imperativeOf(lex, ctx, drafts, start, p);
      if (!imperative) continue;
      link(lex, ctx, drafts, imperative.v, p, imperative.joined);
      break;
    }
  }
}

/** Where the words of `phrase` (all but its verb) occur in a row inside tokens [from, to]. */
function findWords(ctx: SentenceContext, words: readonly string[], from: number, to: number): number | undefined {
  for (let i = from; i + words.length - 1 <= to; i++) {
    if (words.every((w, k) => wordAt(ctx.tokens, i + k)?.text === w)) return i;
  }
  return undefined;
}

// Copulas make no idioms of their own: "Abkürzung auf dem Weg zu Wohlstand sein" is not "auf dem Weg sein".
// Nor do modal verbs: "musste … warten" is müssen with an infinitive, not Ding's "warten müssen".
const LIGHT_VERBS = new Set(["sein", "haben", "werden", "können", "müssen", "wollen", "sollen", "dürfen", "mögen"]);

function joinPhrases(lex: Lexicon, ctx: SentenceContext, drafts: (Draft | null)[]): void {
  const present = new Set(ctx.tokens.map((t) => t.text));
  drafts.forEach((d, v) => {
    if (d?.a.pos !== "verb" || d.a.partnerIndex !== undefined || LIGHT_VERBS.has(d.a.lemma)) return;
    const [from, to] = clauseBounds(ctx.tokens, v);
    let lower: string[] | undefined;
    const clauseWords = () => {
      lower ??= ctx.tokens.slice(from, to + 1).map((t) => t.text.toLowerCase());
      return lower;
    };
    let best: { phrase: string; at: number; words: readonly string[] } | undefined;
    for (const phrase of lex.phrasesEndingIn(d.a.lemma)) {
      const words = lex.cached("phrase", phrase, () => phrase.split(" ").slice(0, -1));
      if (!words.every((w) => present.has(w))) continue;
      // Idioms with a preposition ("in Aussicht stellen", "ins Konzept passen"), not plain object + verb
      // ("Geschäfte abwickeln", "einen Unterschied machen") nor a verb with an adverb or another verb ("gut
      // schmecken", "fallen lassen", "wählen gehen"): there the verb's own entry is the better card.
      if (!words.some((w) => functionWord(w).some((r) => r.pos === "prep"))) continue;
      // A preposition (and article) alone is the verb's government, no idiom: "reicht … bis zu den Alpen" is
      // reichen, not Ding's "bis reichen"; an idiom has more (in Aussicht stellen, vor sich gehen).
      const government = (w: string) => functionWord(w.toLowerCase()).some((r) => r.pos === "prep" || r.pos === "det");
      if (words.every(government)) continue;
      // Ding's "mit jdm. ins Bett gehen" is "to sleep with sb."; without a mit in the clause, "ins Bett gehen"
      // is going to bed. A phrase whose every sense needs a preposition the clause lacks is no idiom here.
      const senses = verbSenses(lex, phrase);
      if (senses.length && senses.every((s) => s.prep !== undefined && !governs(clauseWords(), s.prep))) continue;
      const at = findWords(ctx, words, from, to);
      if (at !== undefined && (!best || words.length > best.words.length)) best = { phrase, at, words };
    }
    if (!best) return;
    // The partner is the phrase's noun ("Aussicht"), or its content word ("gut" in "gut stellen").
    const noun = best.words.findIndex((w) => /^\p{Lu}/u.test(w));
    const nounAt = best.at + (noun >= 0 ? noun : best.words.length - 1);
    const partner = drafts[nounAt];
    if (!partner || partner.a.partnerIndex !== undefined) return;
    setIdiom(lex, d, best.phrase, ctx.tokens[v]?.text ?? "");
    d.a.partnerIndex = nounAt;
    partner.a.partnerIndex = v;
  });
}

export function joinSplitVerbs(lex: Lexicon, ctx: SentenceContext, drafts: (Draft | null)[]): void {
  joinParticles(lex, ctx, drafts);
  joinPhrases(lex, ctx, drafts);
}
