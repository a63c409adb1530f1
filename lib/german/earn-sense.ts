// A verb of earning with money or an amount: "Als Pflegekraft verdient sie nicht besonders viel" is
// verdienen "to earn", not "to deserve"; "Sie verdient als Ärztin sehr gut"; "Er verdient sein Geld als
// Lehrer". One deserves a thing (den Sieg, eine Pause, mehr Respekt); one earns an amount, named by a sum
// of money or by viel, wenig, gut standing alone.
import { clauseHas, isNounOf, senseGlossed } from "./kind-sense";
import type { MeaningChoice } from "./meaning";
import type { Draft, SentenceContext } from "./sentence-context";

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

// Money and pay (or a compound's last part: Taschengeld, Stundenlohn).
const MONEY = words(`Geld Euro Dollar Cent Franken Lohn Gehalt Honorar Einkommen Rente Vermögen Million Millionen`);
// How much, said alone: "verdient gut", "verdient zu wenig".
const AMOUNTS = words(`viel wenig gut schlecht mehr weniger genug`);

/** Whether token j is an amount word standing alone: no noun, adjective or "als" after it ("mehr Respekt"). */
function amountAlone(ctx: SentenceContext, drafts: readonly (Draft | null)[], j: number): boolean {
  if (!AMOUNTS.has(ctx.tokens[j]?.text.toLowerCase() ?? "")) return false;
  const next = drafts[j + 1];
  return next?.a.pos !== "noun" && next?.a.pos !== "adj" && ctx.tokens[j + 1]?.text.toLowerCase() !== "als";
}

/** The sense of verb `i` glossed "to earn", where its clause has money or an amount standing alone. */
export function earnSense(
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const senses = drafts[i]?.senses ?? [];
  if (senses.length < 2) return undefined;
  const found = clauseHas(ctx, drafts, i, (o, j) => isNounOf(MONEY, o) || amountAlone(ctx, drafts, j));
  return found ? senseGlossed(senses, (g) => g === "to earn") : undefined;
}
