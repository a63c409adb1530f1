import { describe, expect, it } from "vitest";
import { englishWords } from "./english";
import { type Gap, gapLinks, gapNouns, gapVerbs, subordinateVerb } from "./translation-gaps";

const texts = (sentence: string, taken: number[] = []) => {
  const english = englishWords([sentence]);
  return gapNouns(english, new Set(taken)).map((g) => g.words.map((i) => english[i]?.text).join(" "));
};

describe("English nouns left over", () => {
  it("are the heads of noun phrases a determiner or a preposition opens", () => {
    expect(texts("The shoes are a size too small.", [1, 5])).toEqual(["size"]);
    expect(texts("On average eight hundred visitors come.", [4])).toEqual(["average"]);
  });

  it("are the heads of noun phrases a number opens: 'two prints', 'four kittens', not 'one of them'", () => {
    // "made" taken by machen, "photo" by Foto.
    expect(texts("She had two prints made of every photo.", [4, 7])).toEqual(["prints"]);
    expect(texts("Our cat has had 4 kittens.", [1])).toEqual(["kittens"]);
    expect(texts("He kept one of them.")).toEqual([]);
  });

  it("are the heads of noun phrases a possessive opens: 'the lighthouse's beam', not 'it's beam'", () => {
    // "lighthouse's" taken by Leuchtturm, "seen" by sehen.
    expect(texts("The lighthouse's beam can be seen far away.", [1, 5])).toEqual(["beam"]);
    expect(texts("We borrowed Anna's ladder.")).toEqual(["ladder"]);
    expect(texts("I think it's rust.")).toEqual([]);
  });

  it("keep the leftover words before the head and leave out taken ones", () => {
    // "over" and "cooker" taken by Herd; "extractor hood" is one meaning.
    expect(texts("The extractor hood over the cooker is broken.", [5])).toEqual(["extractor hood"]);
    expect(texts("I bought a cinnamon swirl.", [1, 3])).toEqual(["swirl"]);
  });

  it("end before a verb with its particle: 'the stitches come out'", () => {
    // "days" taken by Tag.
    expect(texts("The stitches come out after ten days.", [6])).toEqual(["stitches"]);
    expect(texts("The old lift broke down again.")).toEqual(["old lift"]);
    // A particle's word after a determiner is a noun: "a check up" is no phrasal verb here.
    expect(texts("The stitches are out.")).toEqual(["stitches"]);
  });

  it("end before a word another German word took: 'the drug works', works taken by wirken", () => {
    expect(texts("From this the researchers conclude that the drug works.", [3, 4, 8])).toEqual(["drug"]);
    expect(texts("From this the researchers conclude that the drug works.", [3, 4])).toEqual(["drug works"]);
  });

  it("are no adjective before a noun another word took: 'in good visibility'", () => {
    // "visibility" taken by Sicht, "lighthouse's" by Leuchtturm.
    expect(texts("In good visibility the lighthouse's beam can be seen.", [2, 4])).toEqual(["beam"]);
    expect(texts("In good visibility the lighthouse's beam can be seen.", [4])).toEqual(["good visibility", "beam"]);
  });

  it("are no verb forms, adverbs or names", () => {
    expect(texts("The cashier saw that the fifty was a counterfeit.", [1])).toEqual(["counterfeit"]);
    expect(texts("They finally arrived in Berlin.")).toEqual([]);
  });
});

const verbs = (sentence: string, taken: number[] = []) =>
  gapVerbs(englishWords([sentence]), new Set(taken)).map((g) => g.gloss);

describe("English verbs left over", () => {
  it("follow a subject pronoun, an auxiliary or a modal, or their subject noun before a preposition", () => {
    expect(verbs("You can redeem the voucher in any of our branches.", [4, 9])).toEqual(["to redeem"]);
    expect(verbs("The vouchers expire at the end of the year.", [1, 5, 8])).toEqual(["to expire"]);
    expect(verbs("The concert has been postponed until next month.", [1, 7])).toEqual(["to postpone"]);
    expect(verbs("She spread butter thickly on the bread.", [2, 6])).toEqual(["to spread"]);
  });

  it("are the infinitive after a verb that leads to one: 'starts to work' is 'to work'", () => {
    // "patients" taken by Patient, "drug" by Mittel.
    expect(verbs("In most patients the new drug starts to work within a few days.", [2, 5])).toEqual(["to work"]);
    expect(verbs("The prisoners managed to escape.", [1])).toEqual(["to escape"]);
    // Before a noun, "to" is a preposition: the verb stays.
    expect(verbs("The guests started to the station.", [1, 5])).toEqual(["to start"]);
  });

  it("do not end a noun WordNet has with the word before: 'on the compost heap' has no verb heap", () => {
    // "leftovers" taken by Essensreste, "compost" by Kompost.
    expect(verbs("Cooked leftovers don't go on the compost heap.", [1, 6])).toEqual([]);
    expect(verbs("The dog barks at night.", [1, 5])).toEqual(["to bark"]);
  });

  it("follow an auxiliary over an adverb of degree: 'has been fully shut down'", () => {
    // "furnace" taken by Hochofen, "decades" by Jahrzehnt.
    expect(verbs("The furnace has never been fully shut down in decades.", [1, 9])).toEqual(["to shut down"]);
    expect(verbs("The old bridge was partly rebuilt.", [2])).toEqual(["to rebuild"]);
  });

  it("are the whole of a hyphened verb WordNet has: 'jump-started' is 'to jump-start', not 'to start'", () => {
    // "battery" taken by Batterie, "car" by Auto, "cable" by Kabel.
    expect(verbs("He jump-started the car with a cable.", [5, 8])).toEqual(["to jump-start"]);
    expect(verbs("The engineers fine-tuned the engine.", [1, 6])).toEqual(["to fine-tune"]);
    // WordNet lacks "double-check": the verb after the hyphen stays.
    expect(verbs("She double-checked the figures.", [5])).toEqual(["to check"]);
  });

  it("follow no adjective: in 'its new titles at the fair', titles is a noun", () => {
    // "publisher" taken by Verlag, "fair" by Messe.
    expect(verbs("The publisher is showcasing its new titles at the fair.", [1, 8])).not.toContain("to title");
    expect(verbs("The old vouchers expire at the end of the year.", [2, 6, 9])).toEqual(["to expire"]);
  });

  it("follow their subject noun before a number, which opens the object: 'plays two hours of jazz'", () => {
    expect(verbs("The station plays two hours of jazz every evening.", [1, 4, 6, 8])).toEqual(["to play"]);
  });

  it("are marked bare without a particle of a phrasal verb WordNet lacks: 'fires off' is only 'to fire'", () => {
    // "host" taken by Moderator, "questions" by Fragen.
    const bare = (sentence: string, taken: number[]) =>
      gapVerbs(englishWords([sentence]), new Set(taken)).find((g) => g.gloss === "to fire")?.bare;
    expect(bare("The host fires off the questions at breakneck speed.", [1, 4])).toBe(true);
    expect(bare("The host fires the questions at breakneck speed.", [1, 3])).toBeUndefined();
  });

  it("take no 'in' or 'on' before a bare noun phrase as a light verb's particle: 'kept on high-bay racking'", () => {
    // "goods" taken by Ware, "high-bay racking" by Hochregal, "shipped" by Auslieferung.
    expect(verbs("The goods are kept on high-bay racking until they are shipped.", [1, 5, 6, 7, 11])).toEqual([]);
    expect(verbs("The staff kept on working until midnight.", [1, 5])).toEqual(["to keep on"]);
    expect(verbs("The coach is relying on young players.", [1, 5, 6])).toEqual(["to rely on"]);
  });

  it("follow their subject noun before an adverb of direction: 'the cranes migrate north'", () => {
    // "spring" taken by Frühjahr, "cranes" by Kraniche, "north" by Norden.
    expect(verbs("In spring the cranes migrate north again.", [1, 3, 5])).toEqual(["to migrate"]);
    expect(verbs("After school the children ran home.", [1, 3])).toEqual(["to run"]);
  });

  it("take no word of a light verb's object for a verb: 'make regular stops'", () => {
    expect(verbs("On the way up you have to make regular stops.")).toEqual([]);
    expect(verbs("The vouchers expire at the end of the year.", [1, 5, 8])).toEqual(["to expire"]);
  });

  it("take no word of a light verb's object a determiner opens: 'does a paper round'", () => {
    // "morning" taken by Morgen, "school" by Schule.
    expect(verbs("He does a paper round every morning before school.", [6, 8])).toEqual([]);
    expect(verbs("You should take a long walk after dinner.", [7])).toEqual([]);
    expect(verbs("This is the reason prices rise in winter.", [3, 7])).toEqual(["to rise"]);
  });

  it("keep a particle WordNet gives the verb with; a light verb needs one", () => {
    expect(verbs("The label came off in the water.", [1, 6])).toEqual(["to come off"]);
    expect(verbs("She made friends in the village.", [5])).toEqual([]);
  });
});

describe("verbs of a subordinate clause", () => {
  const at = (sentence: string, verb: string) => {
    const english = englishWords([sentence]);
    return subordinateVerb(
      english,
      english.findIndex((w) => w.text === verb),
    );
  };

  it("follow a conjunction or a relative pronoun with only a subject pronoun and auxiliaries between", () => {
    expect(at("The goods are kept on racks until they are shipped.", "shipped")).toBe(true);
    expect(at("My dog just won't do what I tell him.", "tell")).toBe(true);
    expect(at("The dog that barks is mine.", "barks")).toBe(true);
  });

  it("are not a main clause's verb, nor one after a preposition's object", () => {
    expect(at("The goods are kept on racks until they are shipped.", "kept")).toBe(false);
    expect(at("After lunch my grandfather would sleep for an hour.", "sleep")).toBe(false);
  });
});

const gap = (kind: Gap["kind"], word: number, place: number): Gap => ({ kind, words: [word], place, gloss: "" });

describe("German nouns and verbs and the English words left over", () => {
  it("pair nearest place first, each English word once; a competitor takes its own", () => {
    const gaps = [gap("noun", 1, 0.1), gap("noun", 8, 0.9)];
    const links = gapLinks(
      [
        { candidate: 0, place: 0.15, kind: "noun", receiving: false },
        { candidate: 1, place: 0.8, kind: "noun", receiving: true },
        { candidate: 2, place: 0.2, kind: "noun", receiving: true },
      ],
      gaps,
    );
    expect(links).toEqual([{ candidate: 1, gap: gaps[1] }]);
  });

  it("leave a noun without a leftover English noun near its place alone; a verb may be far", () => {
    expect(gapLinks([{ candidate: 0, place: 0, kind: "noun", receiving: true }], [gap("noun", 9, 1)])).toEqual([]);
    const verb = gap("verb", 2, 0.2);
    expect(gapLinks([{ candidate: 0, place: 1, kind: "verb", receiving: true }], [verb])).toEqual([
      { candidate: 0, gap: verb },
    ]);
  });

  it("pair a noun far from its place with the noun where its matched neighbour's English puts it", () => {
    const crowd = gap("noun", 1, 0.1);
    const far = { candidate: 0, place: 0.78, kind: "noun", receiving: true } as const;
    expect(gapLinks([far], [crowd])).toEqual([]);
    expect(gapLinks([{ ...far, anchored: 0.08 }], [crowd])).toEqual([{ candidate: 0, gap: crowd }]);
  });

  it("pair a noun with a noun and a verb with a verb", () => {
    expect(gapLinks([{ candidate: 0, place: 0.5, kind: "verb", receiving: true }], [gap("noun", 4, 0.5)])).toEqual([]);
  });
});

describe("complex prepositions", () => {
  it("are no nouns left over: 'in front of'", () => {
    expect(texts("A crowd gathered in front of the town hall.", [1, 7, 8])).toEqual([]);
  });
});
