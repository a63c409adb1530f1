// The lexicon builder on a few Ding lines (shortened): the verbs and adjectives a noun's sense is given with.
import { describe, expect, it } from "vitest";
import { collectDing } from "./ding-entries";
import { foldNounCollocations } from "./noun-collocations";

describe("the verbs a noun's sense is given with", () => {
  const NOUNS = [
    "Spur {f} | Spuren {pl} :: trace | traces",
    "Spur {f} (Fährte) | einer Spur nachgehen | eine heiße Spur verfolgen :: lead | to follow a lead | to follow a hot lead",
    "Fahrspur {f}; Spur {f} [auto] | die Spur wechseln | die linke Spur :: traffic lane; lane | to change lanes | the left-hand lane",
    "Streit {m} | Streite {pl} :: dispute | disputes",
    "Streit {m}; Zank {m} | in Streit geraten | mit jdm. Streit haben :: quarrel; row | to get into a quarrel | to have a row with sb.",
    "Bank {f} | Bänke {pl} | auf der Bank sitzen | die Bank verlassen :: bench | benches | to sit on the bench | to leave the bench",
    "Bank {f} [fin.] | Banken {pl} | die Bank verlassen :: bank | banks | to leave the bank",
    "etw. verfolgen {vt} :: to pursue sth.",
    "etw. wechseln {vt} :: to change sth.",
    "geraten {vi} :: to get into",
    "sitzen {vi} :: to sit",
    "etw. verlassen {vt} :: to leave sth.",
    "nachgehen {vi} :: to follow",
    "links {adv}; link {adj} :: left",
  ].join("\n");
  const data = collectDing(NOUNS);
  foldNounCollocations(data.entries, data.collocations);
  const sense = (noun: string, gloss: string) =>
    data.entries.get(`${noun}\tn`)?.senses.find((s) => s.glosses.includes(gloss));
  const verbsOf = (noun: string, gloss: string) => sense(noun, gloss)?.verbs;

  it("gives the sense the English names the verb of the item, with a preposition before the noun", () => {
    expect(verbsOf("Spur", "lead")).toEqual(["nachgehen", "verfolgen"]);
    expect(verbsOf("Spur", "lane")).toEqual(["wechseln"]);
    expect(verbsOf("Streit", "quarrel")).toEqual(["in+geraten"]);
    expect(verbsOf("Bank", "bench")).toEqual(["auf+sitzen"]);
  });

  it("keeps no verb that items give with two senses, and none too light to tell them apart", () => {
    expect(verbsOf("Bank", "bench")).not.toContain("verlassen");
    expect(verbsOf("Bank", "bank")).toBeUndefined();
    expect(verbsOf("Streit", "quarrel")).not.toContain("haben");
    expect(verbsOf("Spur", "trace")).toBeUndefined();
  });

  it("gives the sense the English names the adjective of an item, as the lexicon has it (linke: link)", () => {
    expect(sense("Spur", "lane")?.adjectives).toEqual(["link"]);
    expect(sense("Spur", "lead")?.adjectives).toBeUndefined();
  });
});
