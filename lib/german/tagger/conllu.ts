// Reads Universal Dependencies CoNLL-U text into sentences of surface tokens. Contractions written as one
// word ("zum" = zu + dem) stay one token, as the engine's tokenizer sees them, tagged with the first part's
// tag (ADP) and lemma (zu).

export interface UdToken {
  form: string;
  lemma: string;
  /** Universal part-of-speech tag: NOUN, PROPN, VERB, AUX, ADJ, ADV, ADP, DET, PRON, … */
  upos: string;
  /** Morphological features ("Case=Nom|Gender=Masc"), "_" when none. */
  feats: string;
  /** The treebank's own fine tag (STTS in GSD: KOKOM, KOUI, APPR), "_" when none. */
  xpos?: string;
}

export interface UdSentence {
  id: string;
  text: string;
  tokens: UdToken[];
}

export function parseConllu(text: string): UdSentence[] {
  const out: UdSentence[] = [];
  let current: UdSentence = { id: "", text: "", tokens: [] };
  let skipUntil = 0;
  const flush = () => {
    if (current.tokens.length) out.push(current);
    current = { id: "", text: "", tokens: [] };
    skipUntil = 0;
  };
  for (const line of text.split("\n")) {
    if (line === "") {
      flush();
      continue;
    }
    if (line.startsWith("#")) {
      const m = /^# (sent_id|text) = (.*)$/.exec(line);
      if (m?.[1] === "sent_id") current.id = m[2] ?? "";
      if (m?.[1] === "text") current.text = m[2] ?? "";
      continue;
    }
    const cols = line.split("\t");
    if (cols.length < 10) continue;
    const [id = "", form = "", lemma = "", upos = "", xpos = "_", feats = "_"] = cols;
    if (id.includes(".")) continue; // empty nodes
    const range = /^(\d+)-(\d+)$/.exec(id);
    if (range) {
      current.tokens.push({ form, lemma: "", upos: "", feats: "_" });
      skipUntil = Number(range[2]);
      continue;
    }
    const n = Number(id);
    const contraction = current.tokens.at(-1);
    if (n <= skipUntil && contraction) {
      // First part of a contraction names it: zum → ADP "zu".
      if (contraction.upos === "") Object.assign(contraction, { lemma, upos, feats, xpos });
      continue;
    }
    current.tokens.push({ form, lemma, upos, feats, xpos });
  }
  flush();
  return out;
}
