// Saved words that exercise every export rule: quotes, '#', tabs, line breaks, markup, homographs, plural-only
// nouns, tags with spaces, a passage title. Shared by the export tests.
import type { ExportRow } from "../export-format";

const base = {
  surface: "",
  gender: null,
  plural: null,
  grammar: null,
  note: null,
  tags: [],
  status: "NEW",
  context: null,
  contextTranslation: null,
  passageTitle: null,
  createdAt: new Date("2026-01-02T03:04:05Z"),
  updatedAt: new Date("2026-01-03T04:05:06Z"),
} satisfies Partial<ExportRow>;

export const TRICKY_ROWS: ExportRow[] = [
  {
    ...base,
    id: "w1",
    lemma: "Weg",
    surface: "Weg",
    pos: "noun",
    gender: "m",
    plural: "Wege",
    gloss: "way, path",
    grammar: "der Weg, des Weges",
    context: "Der Weg ist lang.\nSehr lang.",
    contextTranslation: "The way is long.\nVery long.",
    passageTitle: "Alibaba-Gründer Jack Ma trifft Donald Trump",
    tags: ['"quoted tag', "two words"],
  },
  { ...base, id: "w2", lemma: "weg", surface: "weg", pos: "adv", gloss: "away", context: "Er ist weg." },
  { ...base, id: "w3", lemma: "weg", surface: "weg", pos: "part", gloss: "off (separable prefix)" },
  {
    ...base,
    id: "w4",
    lemma: "#Hashtag",
    surface: "#Hashtag",
    pos: "other",
    gloss: 'a "tag"\twith a tab',
    note: "<script>alert(1)</script> & more",
    tags: ["#hash"],
  },
  {
    ...base,
    id: "w5",
    lemma: '"Zitat"',
    surface: '"Zitat"',
    pos: "noun",
    gender: "n",
    gloss: "quotation",
    context: 'Er sagte "Zitat" und ging.',
  },
  {
    ...base,
    id: "w6",
    lemma: "Einkünfte",
    surface: "Einkünften",
    pos: "noun",
    plural: "Einkünfte",
    gloss: "income",
    context: "Von den Einkünften lebt er.",
  },
];

/** Part-of-speech labels as the export gets them from the messages. */
export const POS_LABEL = (pos: string) => ({ noun: "noun", adv: "adverb", part: "particle" })[pos] ?? "word";

/** What each row must become, field by field (ANKI_FIELDS order), with its tags: written out by hand. */
export const EXPECTED_NOTES = [
  {
    guid: "bruecke-w1",
    fields: [
      "der Weg",
      "die Wege",
      "noun · der Weg, des Weges",
      "way, path",
      "Der <b>Weg</b> ist lang.<br>Sehr lang.",
      "The way is long.<br>Very long.",
      "Alibaba-Gründer Jack Ma trifft Donald Trump",
      "",
    ],
    tags: ["bruecke", "bruecke::Alibaba-Gründer_Jack_Ma_trifft_Donald_Trump", '"quoted_tag', "two_words"],
  },
  {
    guid: "bruecke-w2",
    fields: ["weg (adverb)", "", "adverb", "away", "Er ist <b>weg</b>.", "", "", ""],
    tags: ["bruecke"],
  },
  {
    guid: "bruecke-w3",
    fields: ["weg (particle)", "", "particle", "off (separable prefix)", "", "", "", ""],
    tags: ["bruecke"],
  },
  {
    guid: "bruecke-w4",
    fields: [
      "#Hashtag",
      "",
      "word",
      "a &quot;tag&quot;\twith a tab",
      "",
      "",
      "",
      "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more",
    ],
    tags: ["bruecke", "#hash"],
  },
  {
    guid: "bruecke-w5",
    fields: [
      "das &quot;Zitat&quot;",
      "",
      "noun",
      "quotation",
      "Er sagte <b>&quot;Zitat&quot;</b> und ging.",
      "",
      "",
      "",
    ],
    tags: ["bruecke"],
  },
  {
    guid: "bruecke-w6",
    fields: ["die Einkünfte", "die Einkünfte", "noun", "income", "Von den <b>Einkünften</b> lebt er.", "", "", ""],
    tags: ["bruecke"],
  },
];
