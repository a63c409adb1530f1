// Hand-curated corrections to Ding, written for this project (same licence as the asset they end up in).
// Keep it small: only very common words whose automatic sense ranking is poor, known Ding data errors,
// and a few words the seed texts need that Ding lacks.
import type { PosCode } from "./ding-entries";

export interface Override {
  pos: PosCode;
  /** Put first, in this order; Ding's other senses follow. */
  glosses?: string[];
  gender?: "m" | "f" | "n";
  plural?: string;
  /** Never shown as a compound: the parts would mislead (Festland is not "party land"). */
  whole?: boolean;
  /** A plural-only noun (Eltern): Ding lists it only as the plural of a technical singular. */
  pluralOnly?: boolean;
}

export const OVERRIDES: Record<string, Override> = {
  // Ding tags Zoll {n} on the "inch" line; the customs duty is der Zoll.
  Zoll: { pos: "n", gender: "m", plural: "Zölle", glosses: ["customs duty", "tariff", "customs", "inch"] },
  Baumilliardär: {
    pos: "n",
    gender: "m",
    plural: "Baumilliardäre",
    glosses: ["property tycoon", "construction billionaire"],
  },
  Festland: { pos: "n", whole: true, glosses: ["mainland", "continent"] },
  // Loanwords Ding lacks.
  "E-Commerce": { pos: "n", gender: "m", glosses: ["e-commerce", "online trade"] },
  Fake: { pos: "n", gender: "m", plural: "Fakes", glosses: ["fake", "forgery"] },
  Administration: { pos: "n", gender: "f", plural: "Administrationen", glosses: ["administration", "government"] },
  // Frequent words whose usual sense Ding lists late.
  sein: { pos: "v", glosses: ["to be"] },
  haben: { pos: "v", glosses: ["to have"] },
  werden: { pos: "v", glosses: ["to become", "will", "to get"] },
  machen: { pos: "v", glosses: ["to make", "to do"] },
  einstellen: { pos: "v", glosses: ["to hire", "to employ", "to stop", "to adjust"] },
  Job: { pos: "n", glosses: ["job"] },
  Geschäft: { pos: "n", glosses: ["business", "deal", "shop", "store"] },
  Mitarbeiter: { pos: "n", glosses: ["employee", "staff member", "co-worker"] },
  Führung: { pos: "n", glosses: ["leadership", "management", "lead", "guided tour"] },
  Zukunft: { pos: "n", glosses: ["future"] },
  Gespräch: { pos: "n", glosses: ["conversation", "talk", "discussion"] },
  Haltung: { pos: "n", glosses: ["attitude", "stance", "posture"] },
  Unternehmen: { pos: "n", glosses: ["company", "business", "enterprise"] },
  Sprecher: { pos: "n", glosses: ["spokesperson", "spokesman", "speaker"] },
  Piraterie: { pos: "n", glosses: ["piracy"] },
  Arbeitsplatz: { pos: "n", glosses: ["job", "workplace", "place of work"] },
  Zugang: { pos: "n", glosses: ["access", "entrance"] },
  Ware: { pos: "n", glosses: ["goods", "merchandise", "product"] },
  Besuch: { pos: "n", glosses: ["visit", "visitors", "attendance"] },
  Vergangenheit: { pos: "n", glosses: ["past", "history"] },
  Marke: { pos: "n", glosses: ["brand", "trademark", "stamp"] },
  // Homograph: die Mutter (mother, Mütter) outranks die Mutter (nut, Muttern) in running text.
  Mutter: { pos: "n", gender: "f", plural: "Mütter", glosses: ["mother"] },
  Eltern: { pos: "n", pluralOnly: true, glosses: ["parents"] },
  Bau: { pos: "n", plural: "Bauten", glosses: ["construction", "building"] },
  vorstellen: { pos: "v", glosses: ["to present", "to introduce", "to imagine"] },
};
