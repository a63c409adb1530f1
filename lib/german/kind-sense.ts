// A verb takes the sense that a kind of thing in its clause calls for. An event is called off: "Der
// Unterricht fällt am Montag aus" is ausfallen "to be cancelled", not "to fall out"; "Das Stadtfest wurde
// abgesagt" absagen "to cancel", not "to put off". A door is locked: "Hast du die Haustür abgeschlossen?" is
// abschließen "to lock", not "to finish". One moves into a flat: "Sie haben ihre neue Wohnung bezogen" is
// beziehen "to move into", not "to obtain". Each kind is a short closed list of nouns (a compound counts by
// its last part: Stadtfest, Haustür, Mietwohnung) and the English of the sense it selects. quantity-sense.ts,
// device-sense.ts and building-sense.ts choose the same way with what their kinds need besides.
import type { Lexicon, LexSense } from "./lexicon";
import type { MeaningChoice } from "./meaning";
import { clauseBounds, type Draft, type SentenceContext } from "./sentence-context";

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

export interface ThingKind {
  nouns: ReadonlySet<string>;
  /** The English of the sense the kind selects, one gloss. */
  gloss: RegExp;
  /** Whether a sense with a preposition ("to move into sth.") may be that sense. */
  withPreposition?: boolean;
  /** Verbs whose first sense is what they do to the kind, which the kind's gloss must not displace. */
  notFor?: ReadonlySet<string>;
}

/** Events that take place at a time, and the trains, buses and ferries that run at one ("Der Zug fällt aus"). */
export const EVENTS: ThingKind = {
  nouns: words(`Unterricht Vorlesung Seminar Kurs Konzert Vorstellung Aufführung Spiel Partie Rennen Flug Fest Feier
    Party Veranstaltung Sitzung Treffen Termin Training Reise Ausflug Konferenz Tagung Gottesdienst Festival
    Turnier Wettkampf Lesung Führung Besuch Demonstration Streik Zug Bus Fähre Zugverbindung`),
  gloss: /^to (?:be )?(?:cancel|cancelled|canceled|call off|called off)$/,
};

/**
 * Days and years that mark something: they are observed or celebrated, not committed ("Die Stadt begeht ihr
 * achthundertjähriges Jubiläum": begehen "to observe", not "to commit", which it is with a crime or a mistake).
 */
export const ANNIVERSARIES: ThingKind = {
  nouns: words(`Jubiläum Jahrestag Geburtstag Namenstag Hochzeitstag Gedenktag Feiertag Festtag Bestehen Gründungstag`),
  gloss: /^to (?:observe|celebrate|commemorate)$/,
};

/** Events moved to another time: "Das Konzert wurde auf nächsten Monat verlegt" is "to reschedule", not "to lay". */
export const RESCHEDULED: ThingKind = {
  nouns: EVENTS.nouns,
  gloss: /^to (?:postpone|put off|reschedule|defer|move|shift)$/,
};
/** Costs are borne: "Die Versicherung übernimmt die Kosten" is übernehmen "to bear", not "to take over". */
export const COSTS: ThingKind = {
  nouns: words(`Kosten Gebühr Miete Rechnung`),
  gloss: /^to (?:bear|cover costs|defray costs|meet costs)$/,
};
/**
 * Things with a lock; not a building, which "schließt" as a business does (das Gasthaus schließt um zehn).
 * Locking is ab-, auf- and zuschließen's; schließen alone closes ("Schließ die Tür!" is "to close").
 */
export const LOCKABLE: ThingKind = {
  nouns: words(`Tür Tor Pforte Schrank Spind Schublade Koffer Kofferraum Auto Wagen Wohnung Zimmer Keller Garage
    Fahrrad Safe Tresor`),
  gloss: /^to (?:lock|lock up|unlock)$/,
  notFor: words("schließen"),
};

/** Dwellings: one moves into or out of them. */
export const DWELLINGS: ThingKind = {
  nouns: words(`Wohnung Haus Zimmer Appartement Apartment Büro Heim Unterkunft Quartier Villa Hütte Wohnheim`),
  gloss: /^to move (?:in|into|out|out of)$/,
  withPreposition: true,
};

/** Books and papers one reads: opened at a page, not hit ("Er schlug die Zeitung auf": to open). */
export const READING: ThingKind = {
  nouns: words(`Buch Zeitung Zeitschrift Heft Magazin Katalog Lexikon Wörterbuch Atlas Kapitel Seite Akte Roman
    Bibel Kalender Album Tagebuch Notizbuch`),
  gloss: /^to open$/,
};

/** What people fix between them: a time or a place to meet is agreed on, not picked out. */
export const ARRANGEMENTS: ThingKind = {
  nouns: words(`Termin Treffpunkt Treffen Zeitpunkt Uhrzeit Datum Verabredung`),
  gloss: /^to (?:agree on|arrange)$/,
};

/** What flies at a target: a ball or a shot hits, it meets no one ("Der Ball traf ihn": to hit). */
export const PROJECTILES: ThingKind = {
  nouns: words(`Ball Kugel Schuss Pfeil Stein Geschoss Projektil Schneeball Puck Kopfball Freistoß Blitz Rakete`),
  gloss: /^to (?:hit|strike)$/,
};

/** The police and those who hunt suspects: they catch someone, they do not hold him ("hat den Einbrecher gefasst"). */
export const POLICE: ThingKind = {
  nouns: words(`Polizei Polizist Polizistin Beamte Beamter Fahnder Fahnderin Ermittler Ermittlerin Kommissar
    Kommissarin Streife Kripo Sondereinheit`),
  gloss: /^to (?:catch|arrest|apprehend)$/,
};

/** Jobs a firm has: they are cut, not mined ("Die Firma will tausend Stellen abbauen": to reduce). */
export const JOBS: ThingKind = {
  nouns: words(`Stelle Arbeitsplatz Job Personal Belegschaft Personalstelle Planstelle`),
  gloss: /^to (?:cut|reduce|shed|axe|slash)$/,
};

/** What is broadcast: one follows a match on television, one does not chase it ("verfolgten das Endspiel"). */
export const BROADCASTS: ThingKind = {
  nouns: words(`Fernsehen Fernseher Übertragung Liveübertragung Sendung Livestream Endspiel Finale Debatte`),
  gloss: /^to (?:follow|watch)$/,
};

/** Liquids and what holds them: they leak, they do not peter out ("Eine Flasche Milch ist ausgelaufen"). */
export const LIQUIDS: ThingKind = {
  nouns: words(`Milch Wasser Öl Benzin Diesel Saft Bier Wein Flüssigkeit Flasche Tank Kanister Eimer Fass Tüte`),
  gloss: /^to leak$/,
};

/** Clothes: put on, taken off, worn ("Zieh dir eine Jacke an": to put on, not "to dress" or "to attract"). */
export const CLOTHES: ThingKind = {
  nouns: words(`Kleidung Jacke Mantel Anorak Hose Jeans Hemd Bluse Pullover Pulli Shirt T-Shirt Kleid Rock Anzug
    Sakko Jackett Weste Kostüm Uniform Schuh Stiefel Sandale Socke Strumpf Strumpfhose Mütze Hut Kappe Helm
    Handschuh Schal Krawatte Gürtel Badehose Badeanzug Bikini Schlafanzug Pyjama Trikot Brille Maske`),
  gloss: /^to (?:put on|take off|wear)$/,
};

/**
 * What is valid for a time: a term, a document, a contract. It expires, it does not go or peter out ("Die
 * Frist ist abgelaufen", "Der Vertrag läuft Ende des Jahres aus", "Der Gutschein verfällt").
 */
export const TERMS: ThingKind = {
  nouns: words(`Frist Vertrag Pass Ausweis Visum Garantie Gewährleistung Abo Abonnement Lizenz Mandat Amtszeit
    Laufzeit Gültigkeit Genehmigung Erlaubnis Führerschein Patent Gutschein Kreditkarte Haltbarkeitsdatum
    Mindesthaltbarkeitsdatum Ultimatum Waffenstillstand`),
  gloss: /^to (?:expire|lapse)$/,
};

/** What is recorded: "Die Band nimmt ein neues Album auf" is aufnehmen "to record", not "to include". */
export const RECORDINGS: ThingKind = {
  nouns: words(`Album Song Lied Platte Schallplatte CD Single Hörbuch Podcast Interview Video Sprachnachricht
    Hörspiel Sendung Rede`),
  gloss: /^to record$/,
};
/** Candidates: a party fields them ("stellt einen Kandidaten auf": to nominate, not "to establish"). */
export const CANDIDATES: ThingKind = {
  nouns: words(`Kandidat Kandidatin Bewerber Bewerberin Spitzenkandidat Spitzenkandidatin Nachfolger Nachfolgerin`),
  gloss: /^to (?:nominate|field)$/,
};
/** Activities that are stopped: "Das Verfahren wurde eingestellt" is einstellen "to stop", not "to hire". */
export const DISCONTINUED: ThingKind = {
  nouns: words(`Verfahren Ermittlung Betrieb Produktion Erscheinen Suche Zahlung Förderung Kampfhandlung
    Handel Verkauf Vertrieb Bauarbeit Arbeit Angriff Feuer Streik Dienst Unterstützung Lieferung`),
  gloss: /^to (?:stop|cease|discontinue|suspend|abandon)$/,
};
/** Things one carries and puts down somewhere: "Ich habe meine Brille verlegt" is "to mislay", not "to lay". */
export const BELONGINGS: ThingKind = {
  nouns: words(`Brille Schlüssel Schlüsselbund Handy Portemonnaie Geldbeutel Geldbörse Brieftasche Ausweis Pass
    Führerschein Fernbedienung Handtasche Regenschirm Schirm Armbanduhr Ring Notizbuch Kopfhörer`),
  gloss: /^to (?:mislay|misplace)$/,
};
/** What is posted: "Ich habe das Paket bei der Post aufgegeben" is aufgeben "to post", not "to give up". */
export const POSTED: ThingKind = {
  nouns: words(`Paket Päckchen Brief Einschreiben Postkarte Telegramm Paketsendung Warensendung`),
  gloss: /^to (?:post|mail)$/,
};
/**
 * The lemmas by which `d` belongs to a kind of thing: a common noun's own, and a compound's last part's
 * (Haustür: Tür); none for a name or another part of speech.
 */
export function kindLemmas(d: Draft | null | undefined): string[] {
  if (d?.a.pos !== "noun" || d.a.name) return [];
  const last = d.a.parts?.at(-1)?.lemma;
  return last ? [d.a.lemma, last] : [d.a.lemma];
}

/** Whether `d` is a common noun in `nouns`, or a compound whose last part is. */
export function isNounOf(nouns: ReadonlySet<string>, d: Draft | null | undefined): boolean {
  return kindLemmas(d).some((lemma) => nouns.has(lemma));
}

/** Whether the clause of token `i` has another word that passes `test` (given its draft and its index). */
export function clauseHas(
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
  test: (d: Draft | null | undefined, j: number) => boolean,
): boolean {
  const [from, to] = clauseBounds(ctx.tokens, i);
  for (let j = from; j <= to; j++) if (j !== i && test(drafts[j], j)) return true;
  return false;
}

/**
 * Where none of the card's senses fits: the first sense kept for the alignment only that `fits`, which then
 * joins the card (d.senses) as its last sense, as an object's does; its index, or undefined.
 */
export function joinRareSense(lex: Lexicon, d: Draft, fits: (s: LexSense) => boolean): number | undefined {
  const own = d.senses ?? [];
  const rare = lex.alignOnlySenses(own).find(fits);
  if (!rare) return undefined;
  d.senses = [...own, rare];
  return own.length;
}

/**
 * The first sense with a gloss that passes `test` (no reflexive one; none with a preposition unless
 * `withPreposition`), at that gloss; undefined where it is the first sense already or there is none.
 */
export function senseGlossed(
  senses: readonly LexSense[],
  test: (gloss: string) => boolean,
  withPreposition = false,
): MeaningChoice | undefined {
  const choice = firstGlossed(senses, test, (s) => (withPreposition || !s.prep) && !s.reflexive);
  return (choice?.sense?.sense ?? 0) > 0 ? choice : undefined;
}

/** The first sense that `accept`s and has a gloss passing `test`, at that gloss. */
export function firstGlossed(
  senses: readonly LexSense[],
  test: (gloss: string) => boolean,
  accept: (sense: LexSense) => boolean = () => true,
): MeaningChoice | undefined {
  const at = senses.findIndex((s) => accept(s) && s.glosses.some(test));
  if (at < 0) return undefined;
  return { sense: { sense: at, gloss: Math.max(0, senses[at]?.glosses.findIndex(test) ?? 0) } };
}

/** The sense of verb `i` that `kind` selects where its clause has a noun of that kind. */
export function kindSense(
  kind: ThingKind,
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const d = drafts[i];
  const senses = d?.senses ?? [];
  if (!d || senses.length < 2 || kind.notFor?.has(d.a.lemma)) return undefined;
  if (!clauseHas(ctx, drafts, i, (o) => isNounOf(kind.nouns, o))) return undefined;
  return senseGlossed(senses, (g) => kind.gloss.test(g), kind.withPreposition);
}

/**
 * As kindSense, for a verb or a noun (a stamp goes with an envelope: companion-sense.ts), and where none of the
 * card's senses has the kind's gloss, the first of Ding's rarer senses that has it joins the card: aufnehmen's
 * "to record" is beyond the card's first eight senses. A gloss of the first sense after its first is chosen too
 * (einstellen "to hire; to employ; to stop").
 */
export function rareKindSense(
  lex: Lexicon,
  kind: ThingKind,
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const test = (g: string) => kind.gloss.test(g);
  return rareWhere(lex, ctx, drafts, i, (o) => isNounOf(kind.nouns, o), test, kind.withPreposition);
}

/** glossedOrRare for word `i`, where its clause has another word that passes `inClause`. */
function rareWhere(
  lex: Lexicon,
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
  inClause: (o: Draft | null | undefined) => boolean,
  test: (gloss: string) => boolean,
  withPreposition = false,
): MeaningChoice | undefined {
  const d = drafts[i];
  if (!d || (d.senses ?? []).length < 2 || !clauseHas(ctx, drafts, i, inClause)) return undefined;
  return glossedOrRare(lex, d, test, withPreposition);
}

/**
 * The card's first sense with a gloss passing `test`, at that gloss (a later gloss of the first sense too: "to
 * hire; to employ; to stop"), else the first such sense of Ding's rarer ones, joined to the card; undefined
 * where the card's first gloss passes already or no sense has such a gloss.
 */
function glossedOrRare(
  lex: Lexicon,
  d: Draft,
  test: (gloss: string) => boolean,
  withPreposition = false,
): MeaningChoice | undefined {
  const own = senseGlossed(d.senses ?? [], test, withPreposition);
  if (own) return own;
  const inFirst = d.senses?.[0]?.glosses.findIndex(test) ?? -1;
  if (inFirst > 0) return { sense: { sense: 0, gloss: inFirst } };
  if (inFirst === 0) return undefined;
  const fits = (s: LexSense) => !s.reflexive && (withPreposition || !s.prep) && s.glosses.some(test);
  const at = joinRareSense(lex, d, fits);
  if (at === undefined) return undefined;
  return { sense: { sense: at, gloss: Math.max(0, d.senses?.[at]?.glosses.findIndex(test) ?? 0) } };
}

/** Things a noun may mean, told by the verbs of its clause: a bulb burns out, a castle is built. */
export interface KindByVerb {
  /** Lemmas of the verbs whose subject or object is such a thing. */
  verbs: ReadonlySet<string>;
  /** English for such a thing, a sense's gloss in lower case or its last word. */
  gloss: RegExp;
}

/** The first gloss of noun `i` naming `kind`, where its clause has one of the kind's verbs. */
export function nounSenseByVerb(
  kind: KindByVerb,
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const senses = drafts[i]?.senses ?? [];
  if (senses.length < 2) return undefined;
  // Called for nouns only, so the word itself is never one of the verbs.
  if (!clauseHas(ctx, drafts, i, (o) => o?.a.pos === "verb" && kind.verbs.has(o.a.lemma))) return undefined;
  // Chosen even where it is first already, so that no weaker rule after it picks another (Preis "award").
  return firstGlossed(senses, (g) => kind.gloss.test(g.toLowerCase()));
}

/** As nounSenseByVerb, where the card may lack the sense: Ding's rarer one joins it (Nachricht "message"). */
export function rareNounSenseByVerb(
  lex: Lexicon,
  kind: KindByVerb,
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const isKindVerb = (o: Draft | null | undefined) => o?.a.pos === "verb" && kind.verbs.has(o.a.lemma);
  return rareWhere(lex, ctx, drafts, i, isKindVerb, (g) => kind.gloss.test(g.toLowerCase()));
}
