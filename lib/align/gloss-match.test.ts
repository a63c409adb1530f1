import { describe, expect, it } from "vitest";
import { englishWords } from "./english";
import { type GlossShape, glossShape, matchGloss, slashVariants } from "./gloss-match";

const sentence = (text: string) => englishWords([text]);
const texts = (text: string, gloss: string) => {
  const words = sentence(text);
  const m = matchGloss(glossShape(gloss), words, new Set());
  return m && { score: m.score, words: m.words.map((i) => words[i]?.text) };
};

describe("glossShape", () => {
  it("drops placeholders and articles, keeps particles as extra evidence", () => {
    expect(glossShape("to stand out")).toMatchObject({ core: ["stand"], extra: ["out"] });
    expect(glossShape("to have at one's disposal").core).toEqual(["have", "dispos"]);
    expect(glossShape("will")).toMatchObject({ core: ["will"], extra: [] });
    expect(glossShape("Jack Ma, founder of Alibaba").core).toEqual(["jack", "ma"]);
  });

  it("tells a verb's gloss from a noun's and keys a two-word gloss also as one word", () => {
    expect(glossShape("to post").verb).toBe(true);
    expect(glossShape("post").verb).toBe(false);
    expect(glossShape("guest house").joined).toBe(glossShape("guesthouse").core[0]);
    expect(glossShape("check-out").joined).toBe(glossShape("checkout").core[0]);
    expect(glossShape("to stand out from").joined).toBeUndefined();
  });
});

describe("matchGloss", () => {
  it("matches inflected forms and nearby particles", () => {
    expect(texts("The company wants to stand out from the rest.", "to stand out")?.words).toEqual(["stand", "out"]);
    expect(texts("She announced new rules.", "to announce")?.words).toEqual(["announced"]);
  });

  it("takes no bare word for a noun's gloss in the plural or in -ing", () => {
    expect(texts("Excuse me, have you got a light?", "lights")).toBeUndefined();
    expect(texts("Excuse me, have you got a light?", "lighting")).toBeUndefined();
    expect(texts("The runway lights were off.", "lights")?.words).toEqual(["lights"]);
    expect(texts("The lighting was poor.", "lighting")?.words).toEqual(["lighting"]);
    // A singular gloss still takes the plural, and a verb's gloss any form.
    expect(texts("All the lights were off.", "light")?.words).toEqual(["lights"]);
    expect(texts("She is lighting a candle.", "to light")?.words).toEqual(["lighting"]);
  });

  it("finds a noun's gloss word in -ing only in -ing, also in a gloss of two words", () => {
    // "cast" is the verb's: the mould alone is matched, in part.
    expect(texts("The new bell was cast in a clay mould.", "casting mould")?.words).toEqual(["mould"]);
    expect(texts("The casting mould cracked.", "casting mould")?.words).toEqual(["casting", "mould"]);
    expect(texts("Put it in the washing machine.", "washing machine")?.words).toEqual(["washing", "machine"]);
    expect(texts("Wash it in the machine.", "washing machine")?.words).toEqual(["machine"]);
  });

  it("marks a verb's gloss found in a noun, also after a preposition, an article and one more word", () => {
    const at = (sentence: string, gloss: string) =>
      matchGloss(glossShape(gloss), englishWords([sentence]), new Set())?.inNoun === true;
    expect(at("The lab at the science centre is for young people.", "to centre on")).toBe(true);
    expect(at("The report centres on young people.", "to centre on")).toBe(false);
    // Two words after "the" without a preposition before it may be a verb: "the police stopped".
    expect(at("Then the police stopped the car.", "to stop")).toBe(false);
  });

  it("takes a past form no noun has for the verb, also two words after a or an", () => {
    const at = (sentence: string, gloss: string) =>
      matchGloss(glossShape(gloss), englishWords([sentence]), new Set())?.inNoun === true;
    expect(at("A wasp stung me on the arm.", "to sting")).toBe(false);
    expect(at("An old man walked past.", "to walk")).toBe(false);
    // A past form that is also a noun stays a noun there: "a little bit".
    expect(at("It cost a little bit more.", "to bite")).toBe(true);
    expect(at("It was run by a new head.", "to head")).toBe(true);
  });

  it("takes a word before an object pronoun for a verb: no noun takes one", () => {
    const at = (sentence: string, gloss: string) =>
      matchGloss(glossShape(gloss), englishWords([sentence]), new Set())?.inNoun === true;
    expect(at("Coffee in the evening keeps me awake.", "to keep")).toBe(false);
    expect(at("Coffee in the evening keeps the children awake.", "to keep")).toBe(true);
  });

  it("ranks a full match above a partial one", () => {
    const full = texts("The city has a dense network.", "to have");
    const partial = texts("The city has a dense network.", "to have at one's disposal");
    expect(full?.score).toBeGreaterThan(partial?.score ?? 0);
  });

  it("ranks a gloss whose particle the translation lacks below the same gloss without it", () => {
    const plain = texts("Rubbish must be separated into bins.", "to separate");
    const withFrom = texts("Rubbish must be separated into bins.", "to separate from");
    expect(plain?.score).toBeGreaterThan(withFrom?.score ?? 0);
    expect(withFrom?.score).toBeGreaterThanOrEqual(100);
  });

  it("takes a passive's auxiliary as no copula of a phrase whose other words the translation lacks", () => {
    const fire = texts("The bowls are fired in the kiln twice.", "to fire");
    const onFire = texts("The bowls are fired in the kiln twice.", "to be on fire");
    expect(fire?.score).toBeGreaterThan(onFire?.score ?? 0);
    // With the phrase's other words the copula still counts.
    expect(texts("The barn is on fire.", "to be on fire")?.words).toEqual(["is", "on", "fire"]);
  });

  it("takes no light verb's gloss for the light verb with another particle: 'gets in' is no 'to get to'", () => {
    expect(texts("The train gets in at eight.", "to get to")).toBeUndefined();
    expect(texts("She gets up at six.", "to get")).toBeUndefined();
    expect(texts("We get to Berlin at eight.", "to get to")?.score).toBeGreaterThanOrEqual(100);
    expect(texts("The train gets in at eight.", "to get in")?.score).toBeGreaterThanOrEqual(100);
  });

  it("finds nothing when the gloss is not there, and ignores light words alone", () => {
    expect(texts("The city has a dense network.", "to dispose of")).toBeUndefined();
    expect(texts("Jobs will be created.", "to come into being")).toBeUndefined();
  });

  it("matches a compound written as one word on one side and as two on the other", () => {
    expect(texts("We stayed at a small guesthouse.", "guest house")).toEqual({ score: 120, words: ["guesthouse"] });
    expect(texts("Please pay at the check-out.", "checkout")?.words).toEqual(["check", "out"]);
    expect(texts("She walked a cross the field.", "across")).toBeUndefined();
  });

  it("ranks a noun's gloss found only in a verb's -ed form below a verb's full match", () => {
    const noun = texts("I posted the parcel.", "post");
    const verb = texts("I posted the parcel.", "to post");
    expect(verb?.score).toBeGreaterThan((noun?.score ?? 0) + 40);
    expect(texts("The bed was made.", "bed")?.score).toBe(110);
  });

  it("ranks a verb's gloss found in a noun below a full match", () => {
    const sentence = "The department is run by a new head.";
    expect(texts(sentence, "to head")?.score).toBe(60);
    expect(texts(sentence, "to run")?.score).toBe(110);
    expect(texts("The police stopped the car.", "to stop")?.score).toBe(110);
  });

  it("matches a synonym at half an exact match's score, less for a rarer sense", () => {
    const withSynonyms = (gloss: string, synonyms: [string, number][]): GlossShape => ({
      ...glossShape(gloss),
      synonyms: synonyms.map(([s, rank]) => ({ shape: glossShape(s), rank })),
    });
    const film = withSynonyms("film", [
      ["movie", 0],
      ["cinema", 1],
    ]);
    expect(matchGloss(film, sentence("We watched a film."), new Set())?.score).toBe(110);
    expect(matchGloss(film, sentence("We watched a movie."), new Set())?.score).toBe(55);
    expect(matchGloss(film, sentence("We went to the cinema."), new Set())?.score).toBe(54);
  });

  it("needs a phrasal synonym's particle, and takes no light verb alone as a synonym", () => {
    const progress = withVerbSynonyms("to progress", ["move on", "get"]);
    expect(matchGloss(progress, sentence("We moved on quickly."), new Set())?.score).toBeCloseTo(55.5);
    expect(matchGloss(progress, sentence("We moved to Leipzig."), new Set())).toBeUndefined();
    expect(matchGloss(progress, sentence("We get it."), new Set())).toBeUndefined();
  });

  it("looks a copula gloss's synonyms up by its adjective", () => {
    expect(glossShape("to be adequate")).toMatchObject({ lookup: "adequate", copula: true, verb: true });
    expect(glossShape("to be directed at")).toMatchObject({ lookup: "directed", copula: true });
    expect(glossShape("to stand out").copula).toBeUndefined();
  });

  it("ranks a gloss of light words only just below one with content", () => {
    const sentence = "He has got used to the cold weather.";
    expect(glossShape("to have got").light).toBe(true);
    expect(texts(sentence, "to have got")?.score).toBe(119);
    expect(texts(sentence, "to get used to")?.score).toBe(120);
  });

  it("looks synonyms up by the one content word or the whole phrase with its particles or of two words", () => {
    expect(glossShape("to appear").lookup).toBe("appear");
    expect(glossShape("to come out").lookup).toBe("come out");
    // "go down with" (an illness) is not "go down".
    expect(glossShape("to go down with").lookup).toBe("go down with");
    // Two content words are an idiom WordNet may have whole: "give notice" (dismiss, sack), not give + notice.
    expect(glossShape("to give notice").lookup).toBe("give notice");
    expect(glossShape("to get").lookup).toBeUndefined();
    expect(glossShape("to put money aside").lookup).toBeUndefined();
  });

  it("skips English words already taken by another German word", () => {
    const words = sentence("bus and bus");
    expect(matchGloss(glossShape("bus"), words, new Set([0]))?.words).toEqual([2]);
  });
});

function withVerbSynonyms(gloss: string, synonyms: string[]): GlossShape {
  return { ...glossShape(gloss), synonyms: synonyms.map((s) => ({ shape: glossShape(`to ${s}`), rank: 0 })) };
}

describe("slashVariants", () => {
  it("reads a slash inside a word as alternatives, several slashed words multiplying", () => {
    expect(slashVariants("to withdraw/draw")).toEqual(["to withdraw", "to draw"]);
    expect(slashVariants("to campaign for/against")).toEqual(["to campaign for", "to campaign against"]);
    expect(slashVariants("to grow/get accustomed/habituated to")).toEqual([
      "to grow accustomed to",
      "to grow habituated to",
      "to get accustomed to",
      "to get habituated to",
    ]);
  });

  it("leaves placeholders and plain glosses alone", () => {
    expect(slashVariants("to plump for sb./sth")).toEqual(["to plump for sb./sth"]);
    expect(slashVariants("to take off")).toEqual(["to take off"]);
  });
});

describe("reflexive and head glosses", () => {
  it("asks the translation for a reflexive gloss's pronoun", () => {
    expect(glossShape("to spread oneself")).toMatchObject({ core: ["spread"], reflexive: true });
    expect(glossShape("to overreach yourself").core).toEqual(["overreach"]);
    const plain = texts("The news spread quickly.", "to spread");
    const reflexive = texts("The news spread quickly.", "to spread oneself");
    expect(plain?.score).toBeGreaterThan(reflexive?.score ?? 0);
    expect(texts("She spread herself too thin.", "to spread oneself")?.words).toEqual(["spread", "herself"]);
  });

  it("matches a longer gloss's head alone, below a full match and above a synonym's", () => {
    expect(glossShape("animal feed").head).toBe(glossShape("feed").core[0]);
    expect(glossShape("to give a general overhaul").head).toBe(glossShape("overhaul").core[0]);
    expect(glossShape("position of employment").head).toBeUndefined();
    expect(glossShape("Jack Ma").head).toBeUndefined();
    expect(glossShape("to take").head).toBeUndefined();
    const head = texts("They bring feed for the deer.", "animal feed");
    expect(head?.words).toEqual(["feed"]);
    const words = sentence("They bring feed for the deer.");
    expect(matchGloss(glossShape("animal feed"), words, new Set())?.headOnly).toBe(true);
    expect(head?.score).toBeLessThan(100);
    expect(head?.score).toBeGreaterThan(55);
    expect(texts("The yard overhauled the engine.", "to give a general overhaul")?.words).toEqual(["overhauled"]);
    // A noun's head in a verb's -ed form is no head match (only the weak partial one).
    expect(texts("They fed the deer.", "animal feed")?.score ?? 0).toBeLessThan(55);
  });

  it("matches a one-word gloss as the head of an English compound written as one word", () => {
    const tight = texts("The roof is no longer watertight.", "tight");
    expect(tight?.words).toEqual(["watertight"]);
    expect(tight?.score).toBeLessThan(100);
    expect(texts("She took her raincoats.", "coat")?.words).toEqual(["raincoats"]);
    // Not behind a fragment or a particle, and not a verb's gloss.
    expect(texts("Use the compass.", "pass")).toBeUndefined();
    expect(texts("I understand it.", "stand")).toBeUndefined();
    expect(texts("The roof is watertight.", "to tight")).toBeUndefined();
  });

  it("takes a three-letter head, written as the gloss writes it, but no suffix", () => {
    expect(texts("The new haircut really suits you.", "cut")?.words).toEqual(["haircut"]);
    // "cutting" shares its key with "cut", but haircut does not end in it.
    expect(texts("The new haircut really suits you.", "cutting")).toBeUndefined();
    // -age and -ant are suffixes: no mess + age, no import + ant.
    expect(texts("She left a message.", "age")).toBeUndefined();
    expect(texts("It is important.", "ant")).toBeUndefined();
  });
});
