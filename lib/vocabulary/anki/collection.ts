// The JSON that Anki's schema-11 collection keeps in its `col` row: the Brücke note type, its deck and the
// default deck options. Field names and required keys follow Anki's own schema-11 structs (rslib/src/notetype,
// decks, deckconfig: schema11.rs). Pure.
import { ANKI_DECK, ANKI_FIELDS, ANKI_NOTETYPE } from "./note";

// Fixed ids, so a second import finds the same note type and deck instead of making copies. The note type's
// mod only changes with its template (bump TEMPLATE_VERSION): Anki then updates the note type too.
export const NOTETYPE_ID = 1_733_097_600_000;
export const DECK_ID = 1_733_097_600_001;
const TEMPLATE_VERSION = 1;
const NOTETYPE_MOD = 1_733_097_600 + TEMPLATE_VERSION;

export interface TemplateLabels {
  cardName: string;
  plural: string;
}

const QUESTION = `<div class="german">{{German}}</div>
{{#Example}}<div class="example">{{Example}}</div>{{/Example}}`;

function answer(labels: TemplateLabels): string {
  return `{{FrontSide}}
<hr id="answer">
<div class="meaning">{{Meaning}}</div>
<div class="grammar">{{Part of speech}}{{#Plural}} · ${labels.plural} {{Plural}}{{/Plural}}</div>
{{#Example translation}}<div class="translation">{{Example translation}}</div>{{/Example translation}}
{{#Notes}}<div class="notes">{{Notes}}</div>{{/Notes}}
{{#Source}}<div class="source">{{Source}}</div>{{/Source}}`;
}

const CSS = `.card {
  font-family: "Noto Sans", "Segoe UI", Arial, sans-serif;
  font-size: 20px;
  line-height: 1.45;
  text-align: center;
  color: #1d2430;
  background: #fbfaf7;
  padding: 1.5em 1em;
}
.card.nightMode, .nightMode .card { color: #e8e6e1; background: #1f2329; }
.german { font-size: 2em; font-weight: 700; }
.example { margin-top: 0.75em; font-size: 1.05em; }
.example b { color: #1f5fbf; }
.nightMode .example b { color: #8ab4ff; }
hr#answer { margin: 1em auto; max-width: 24em; border: 0; border-top: 1px solid #c9c4b8; }
.meaning { font-size: 1.4em; font-weight: 600; }
.grammar { margin-top: 0.3em; color: #666; font-size: 0.9em; }
.translation { margin-top: 0.75em; font-style: italic; }
.notes { margin-top: 0.75em; font-size: 0.9em; }
.source { margin-top: 1em; color: #888; font-size: 0.75em; }`;

const LATEX_PRE =
  "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n";
const LATEX_POST = "\\end{document}";

export function notetypeJson(labels: TemplateLabels) {
  return {
    id: NOTETYPE_ID,
    name: ANKI_NOTETYPE,
    type: 0,
    mod: NOTETYPE_MOD,
    usn: -1,
    sortf: 0,
    did: DECK_ID,
    tmpls: [
      {
        name: labels.cardName,
        ord: 0,
        qfmt: QUESTION,
        afmt: answer(labels),
        bqfmt: "",
        bafmt: "",
        did: null,
        bfont: "",
        bsize: 0,
      },
    ],
    flds: ANKI_FIELDS.map((name, ord) => ({
      name,
      ord,
      sticky: false,
      rtl: false,
      font: "Arial",
      size: 20,
      media: [],
    })),
    css: CSS,
    latexPre: LATEX_PRE,
    latexPost: LATEX_POST,
    latexsvg: false,
    // The one card needs the German field.
    req: [[0, "any", [0]]],
    tags: [],
    vers: [],
  };
}

function deckJson(id: number, name: string, mod: number) {
  return {
    id,
    mod,
    name,
    usn: -1,
    lrnToday: [0, 0],
    revToday: [0, 0],
    newToday: [0, 0],
    timeToday: [0, 0],
    collapsed: false,
    browserCollapsed: false,
    desc: "",
    dyn: 0,
    conf: 1,
    extendNew: 0,
    extendRev: 0,
  };
}

/** Anki's default deck options (DeckConfSchema11::default), which every collection has as id 1. */
const DEFAULT_DECK_CONFIG = {
  id: 1,
  mod: 0,
  name: "Default",
  usn: 0,
  maxTaken: 60,
  autoplay: true,
  timer: 0,
  replayq: true,
  dyn: false,
  new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20 },
  rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
  lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
};

/** The `col` row's JSON columns. */
export function collectionJson(labels: TemplateLabels, noteCount: number, modSeconds: number) {
  return {
    conf: {
      activeDecks: [1],
      curDeck: 1,
      newSpread: 0,
      collapseTime: 1200,
      timeLim: 0,
      estTimes: true,
      dueCounts: true,
      curModel: NOTETYPE_ID,
      nextPos: noteCount + 1,
      sortType: "noteFld",
      sortBackwards: false,
      addToCur: true,
    },
    models: { [NOTETYPE_ID]: notetypeJson(labels) },
    decks: { 1: deckJson(1, "Default", modSeconds), [DECK_ID]: deckJson(DECK_ID, ANKI_DECK, modSeconds) },
    dconf: { 1: DEFAULT_DECK_CONFIG },
    tags: {},
  };
}
