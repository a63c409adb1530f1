// A noun takes its sense of the field its clause speaks of, where Ding labels one sense with that field: a
// part of the body makes it medicine, "Er hatte ständig Pickel im Gesicht" is Pickel "pimple", not "pick";
// "eine Schiene für das Handgelenk" Schiene "splint", not "rail". A garment or its cloth makes it textiles:
// "Das Kleid ist am Saum mit Spitze besetzt" is Spitze "lace", not "peak". A computer or a file makes it
// computing: "Löschen Sie den Verlauf im Browser" is Verlauf "history", not "course". Each field is a short
// closed list of nouns (a compound counts by its last part: Handgelenk, Brautkleid).
import { CLOTHES, clauseHas, isNounOf } from "./kind-sense";
import type { MeaningChoice } from "./meaning";
import { clauseWords, type Draft, type SentenceContext } from "./sentence-context";

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

interface Field {
  /** Ding's label of the field's senses. */
  domain: string;
  nouns: ReadonlySet<string>;
  /** Verbs that speak of the field too ("den Verlauf löschen"): only with a noun that has its sense. */
  verbs?: ReadonlySet<string>;
  /**
   * Told by verbs alone, the field outranks only a first sense in another field of its own, not a first
   * sense with none, which is the general word: "Sie singt mit klarer Stimme" is "voice", not [mus.] "voice type".
   */
  againstOtherFieldOnly?: boolean;
  /** For nouns only: a verb of trade keeps its plain first sense ("verkauft an Kunden" is "to sell", not "to purvey"). */
  nounsOnly?: boolean;
}

/** Parts of the body and those who treat them: medicine. */
const MEDICINE: Field = {
  domain: "med.",
  nouns: words(`Körper Gesicht Haut Kopf Stirn Nase Wange Kinn Lippe Zunge Hals Nacken Schulter Arm Ellbogen
    Handgelenk Hand Finger Daumen Bein Knie Knöchel Fuß Zeh Rücken Wirbelsäule Brust Bauch Hüfte Magen Darm
    Lunge Leber Niere Muskel Sehne Gelenk Knochen Arzt Ärztin Patient Patientin Krankenhaus Klinik`),
};

/** Garments and their cloth: textiles. */
const TEXTILES: Field = {
  domain: "textil.",
  nouns: new Set([...CLOTHES.nouns, ...words(`Stoff Saum Kragen Ärmel Gewebe Garn Nähmaschine Schneider Schneiderin`)]),
};

/** Computers and what they hold: computing. */
const COMPUTING: Field = {
  domain: "comp.",
  nouns: words(`Computer Rechner Laptop Tablet Smartphone Browser Datei Ordner Festplatte Bildschirm Tastatur
    Programm Software App Internet Webseite Server`),
  verbs: words(`speichern herunterladen hochladen installieren downloaden anklicken klicken löschen`),
};

/** Cooking and eating: "Dieses Gericht schmeckt am besten mit frischem Brot" is [cook.] "dish", not [jur.] "law court". */
const COOKING: Field = {
  domain: "cook.",
  nouns: new Set(),
  verbs: words(`essen kochen braten backen schmecken servieren zubereiten würzen garen grillen frittieren dünsten
    verspeisen aufessen nachwürzen abschmecken einkehren speisen frühstücken`),
  againstOtherFieldOnly: true,
};

/** Making music: "Am Sonntag musiziert die Kapelle" is [mus.] "band", not [arch., relig.] "chapel". */
const MUSIC: Field = {
  domain: "mus.",
  nouns: new Set(),
  verbs: words(`singen komponieren dirigieren musizieren proben`),
  againstOtherFieldOnly: true,
};

/** Words of grammar: "Nomen werden nach Kasus und Numerus gebeugt" is beugen [ling.] "to decline", not "to bend". */
const GRAMMAR: Field = {
  domain: "ling.",
  nouns: words(`Grammatik Kasus Numerus Genus Nominativ Akkusativ Dativ Genitiv Singular Plural Nomen Substantiv Verb
    Adjektiv Adverb Pronomen Präposition Konjunktion Endung Konjugation Deklination Wortart Infinitiv Partizip`),
};

/** Shops and their customers: trade. "Legen Sie den Artikel in den Warenkorb" is [econ.] "item", not "article". */
const TRADE: Field = {
  domain: "econ.",
  nouns: words(`Warenkorb Kasse Kunde Kundin Kundschaft Laden Onlineshop Webshop Sortiment Bestellung Händler
    Händlerin Supermarkt Kaufhaus Einzelhandel Versandhandel`),
  nounsOnly: true,
};

/**
 * The laboratory: chemistry. "Die Proben werden in der Zentrifuge geschleudert" is schleudern [chem.]
 * "to centrifuge", not "to throw"; "Im Labor wurde eine neue Verbindung hergestellt" Verbindung "compound".
 */
const CHEMISTRY: Field = {
  domain: "chem.",
  nouns: words(`Labor Zentrifuge Reagenzglas Pipette Petrischale Reagenz Chemiker Chemikerin Laborantin Laborant
    Chemikalie Kolben Bunsenbrenner`),
};

const FIELDS = [MEDICINE, TEXTILES, COMPUTING, COOKING, MUSIC, GRAMMAR, TRADE, CHEMISTRY];

/**
 * The first sense of noun or verb `i` labelled with a field its clause has a word of, at its first gloss;
 * undefined where that is the first sense already or no field applies. A verb is told by the field's nouns
 * only ("in der Zentrifuge geschleudert", "nach Kasus gebeugt"), not by another verb.
 */
export function fieldSense(
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const senses = drafts[i]?.senses ?? [];
  if (senses.length < 2) return undefined;
  const d = drafts[i];
  const verb = d?.a.pos === "verb";
  // A verb's preposition says more than its field: "hat sich von der Operation erholt" is erholen von "to
  // recover from", though a patient is there.
  if (verb && d) {
    const clause = new Set(clauseWords(ctx, d, i));
    if (senses.some((s) => s.prep && clause.has(s.prep))) return undefined;
  }
  for (const field of FIELDS) {
    const at = senses.findIndex((s) => s.domains.includes(field.domain));
    if (at <= 0 || (field.againstOtherFieldOnly && !senses[0]?.domains.length) || (verb && field.nounsOnly)) continue;
    const speaks = (o: Draft | null | undefined) =>
      isNounOf(field.nouns, o) || (!verb && o?.a.pos === "verb" && field.verbs?.has(o.a.lemma) === true);
    if (clauseHas(ctx, drafts, i, speaks)) return { sense: { sense: at, gloss: 0 } };
  }
  return undefined;
}
