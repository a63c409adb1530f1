// English words of a translation, each with a key that inflected forms share: "announced", "announces"
// and "announce" → "announc"; irregular forms go to their base first ("stood" → "stand", "has" → "have").
// Porter's stemmer (npm `stemmer`, MIT) does the regular endings.
import { stemmer } from "stemmer";

export interface EnglishWord {
  text: string;
  /** Index of the sentence (translation segment) the word is in. */
  sentence: number;
  /** Character offsets of `text` in that sentence. */
  start: number;
  end: number;
  key: string;
}

// Base form: its irregular forms. Verbs whose past or participle a stemmer cannot reach, plus plurals.
const IRREGULAR = `be:am,is,are,was,were,been,being have:has,had,having do:does,did,done go:goes,went,gone
make:made take:took,taken give:gave,given get:got,gotten come:came become:became keep:kept hold:held
stand:stood understand:understood withstand:withstood see:saw,seen say:said tell:told sell:sold
bring:brought buy:bought think:thought seek:sought teach:taught catch:caught fight:fought build:built
send:sent spend:spent lend:lent bend:bent lead:led feed:fed meet:met leave:left lose:lost mean:meant
pay:paid lay:laid find:found know:knew,known grow:grew,grown throw:threw,thrown draw:drew,drawn
withdraw:withdrew,withdrawn show:shown fly:flew,flown begin:began,begun run:ran drink:drank,drunk
sing:sang,sung swim:swam,swum ring:rang,rung sink:sank,sunk win:won speak:spoke,spoken break:broke,broken
choose:chose,chosen freeze:froze,frozen steal:stole,stolen wake:woke,woken write:wrote,written
ride:rode,ridden rise:rose,risen arise:arose,arisen drive:drove,driven eat:ate,eaten fall:fell,fallen
forget:forgot,forgotten forgive:forgave,forgiven hide:hid,hidden shake:shook,shaken bite:bit,bitten
wear:wore,worn tear:tore,torn bear:bore,borne swear:swore,sworn strike:struck hang:hung stick:stuck
dig:dug sit:sat lie:lay,lain feel:felt deal:dealt sleep:slept sweep:swept weep:wept shoot:shot light:lit
hear:heard shine:shone slide:slid undertake:undertook,undertaken overcome:overcame mistake:mistook,mistaken
forbid:forbade,forbidden foresee:foresaw,foreseen uphold:upheld
man:men woman:women child:children person:people foot:feet tooth:teeth mouse:mice goose:geese
good:better,best bad:worse,worst far:further,farther,furthest`;

const BASE = new Map<string, string>();
for (const group of IRREGULAR.split(/\s+/)) {
  const [base = "", forms = ""] = group.split(":");
  for (const form of forms.split(",")) BASE.set(form, base);
}

/** The key an English word shares with its other inflected forms (lower case; "'s" dropped). */
export function englishKey(word: string): string {
  const lower = word
    .toLowerCase()
    .replace(/['’]s$/, "")
    .replace(/[’']/g, "'");
  const base = BASE.get(lower) ?? lower;
  // British and American spellings meet: organise/organize, organisation/organization.
  const american = base.replace(/is(e|es|ed|ing|ation|ations)$/, "iz$1");
  return stemmer(american);
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** The words of each sentence (segment) of a translation, with offsets and keys. */
export function englishWords(sentences: readonly string[]): EnglishWord[] {
  const out: EnglishWord[] = [];
  sentences.forEach((text, sentence) => {
    for (const m of text.matchAll(WORD)) {
      const start = m.index ?? 0;
      // "bus-network" is two words for matching ("bus network"), each lit on its own.
      let offset = 0;
      for (const piece of m[0].split("-")) {
        const from = start + offset;
        out.push({ text: piece, sentence, start: from, end: from + piece.length, key: englishKey(piece) });
        offset += piece.length + 1;
      }
    }
  });
  return out;
}

/** English sentences of a paragraph (Intl.Segmenter, with "Mr." and initials kept inside a sentence). */
export function splitEnglishSentences(paragraph: string): string[] {
  const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
  const out: string[] = [];
  for (const { segment } of segmenter.segment(paragraph)) {
    const text = segment.trim();
    if (!text) continue;
    const prev = out[out.length - 1];
    if (prev && /(?:\b(?:Mr|Mrs|Ms|Dr|St|Prof|Jr|Sr|vs|etc|e\.g|i\.e|U\.S|U\.K)|\b\p{Lu})\.$/u.test(prev))
      out[out.length - 1] = `${prev} ${text}`;
    else out.push(text);
  }
  return out;
}
