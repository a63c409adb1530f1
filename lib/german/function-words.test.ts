import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("article or pronoun", () => {
  it.each([
    ["Wir prüfen das.", "das"],
    ["Die Strafverfolger sehen das anders.", "das"],
    ["Hat das denn zur Folge, dass er geht?", "das"],
  ])("%s: %s with no noun phrase after it is the pronoun", (sentence, text) => {
    expect(word(analyse(sentence), text).pos).toBe("pron");
  });

  it.each([
    ["Die schon genannten Gründe überzeugen.", "Die"],
    ["Wir mögen die sehr gute Küche.", "die"],
    ["Sie kam in das Haus.", "das"],
    // After a comma and a preposition, before a noun dem can go with.
    ["Er kam zurück, mit dem Rad.", "dem"],
  ])("%s: %s before its noun phrase stays the article", (sentence, text) => {
    expect(word(analyse(sentence), text).pos).toBe("det");
  });

  it("reads dem after a comma and a preposition, before a noun it cannot go with, as the relative pronoun", () => {
    const words = analyse("Sie fanden einen Mechanismus, mit dem Pflanzen auf Trockenheit reagieren.");
    expect(word(words, "dem").pos).toBe("pron");
    expect(word(words, "Pflanzen")).toMatchObject({ lemma: "Pflanze", gender: "f" });
    expect(word(analyse("Das ist das Haus, in dem Kinder spielen."), "dem").pos).toBe("pron");
  });

  it.each([
    ["Das ist gut.", "Das", "that"],
    ["Wir prüfen das.", "das", "that"],
    ["Das Kind, das dort spielt, lacht.", "das", "who"],
  ])("%s: the pronoun %s means %s (pointing, or relative after a comma)", (sentence, text, gloss) => {
    const words = analyse(sentence);
    expect(words.filter((w) => w?.text === text && w.pos === "pron").at(-1)?.glosses[0]).toBe(gloss);
  });
});

describe("das before a noun it cannot be the article of", () => {
  it.each([
    ["Macht das Spaß?", "Spaß", "m"],
    ["Ist das Zufall?", "Zufall", "m"],
    ["Ist das Liebe?", "Liebe", "f"],
  ])("%s: das is the pronoun, %s keeps its gender", (sentence, noun, gender) => {
    const words = analyse(sentence);
    expect(word(words, "das").pos).toBe("pron");
    expect(word(words, noun).gender).toBe(gender);
  });

  it.each([
    ["Ist das Wasser kalt?", "Wasser"],
    ["Ich mag das Laufen am Morgen.", "Laufen"],
    ["Ich möchte das Gleiche.", "Gleiche"],
    ["Hinter dem Ort liegt das Stift Engelszell.", "Stift"],
  ])("%s: das is the article of %s", (sentence, noun) => {
    const words = analyse(sentence);
    expect(word(words, "das").pos).toBe("det");
    expect(word(words, noun).gender).toBe("n");
  });
});

describe("sein, possessive or verb", () => {
  it.each([
    ["Er feiert sein großes Fest.", "det"],
    ["Der Verein feiert sein fünfzigjähriges Bestehen.", "det"],
    ["Das kann sein.", "verb"],
  ])("%s: sein is the %s", (sentence, pos) => {
    expect(word(analyse(sentence), "sein").pos).toBe(pos);
  });
});

describe("meine and meinen, possessive or verb", () => {
  it.each([
    ["Ich meine das ernst.", "meine", "verb"],
    ["Das meine ich nicht.", "meine", "verb"],
    ["Ich meine den Mann dort.", "meine", "verb"],
    ["Die Experten meinen dazu nichts.", "meinen", "verb"],
    ["Wir meinen die neue Regel.", "meinen", "verb"],
    ["Nimm meinen Wagen!", "meinen", "det"],
    ["Er sah meine Schwester.", "meine", "det"],
    ["Sie liest meinen sehr langen Brief.", "meinen", "det"],
    ["Du weißt, was ich meine.", "meine", "verb"],
    ["Das sind meine.", "meine", "det"],
    ["Das ist einer von meinen.", "meinen", "det"],
  ])("%s: %s is the %s", (sentence, text, pos) => {
    expect(word(analyse(sentence), text).pos).toBe(pos);
  });
});

describe("wie and danke", () => {
  it.each([
    ["Wie geht es dir?", "Wie", "how"],
    ["Hallo, wie spät ist es?", "wie", "how"],
    ["Ist er so groß wie du?", "wie", "as"],
    ["Sie singt wie ein Vogel.", "wie", "like"],
  ])("%s: %s = %s", (sentence, text, gloss) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe(gloss);
  });

  it.each([
    ["Mir geht es gut, danke.", "danke"],
    ["Danke schön!", "Danke"],
    ["Danke für deine Hilfe.", "Danke"],
  ])("%s: %s standing alone is the interjection", (sentence, text) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma: "danke", pos: "other" });
    expect(word(analyse(sentence), text).glosses[0]).toBe("thanks");
  });

  it("keeps the verb with an object: Ich danke dir.", () => {
    expect(word(analyse("Ich danke dir."), "danke")).toMatchObject({ lemma: "danken", pos: "verb" });
  });
});

describe("prepositions fused with the article", () => {
  it.each([
    ["Wir fahren übers Wochenende weg.", "übers", "über"],
    ["Unterm Strich lohnt es sich.", "Unterm", "unter"],
    ["Das Auto steht vorm Haus.", "vorm", "vor"],
    ["Bei dem Unfall kam niemand ums Leben.", "ums", "um"],
  ])("%s: %s is the preposition %s", (sentence, text, lemma) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma, pos: "prep" });
  });
});

describe("words Ding has only in the old spelling", () => {
  it.each(["Das Essen schmeckt ein bisschen fade.", "Warte ein bißchen!"])("%s: bisschen means a bit", (sentence) => {
    const w = analyse(sentence).find((x) => x?.lemma === "bisschen");
    expect(w?.glosses.slice(0, 2)).toEqual(["a bit", "a little"]);
  });
});

describe("niemals", () => {
  it("is a word of its own, not a form of nie", () => {
    expect(word(analyse("Das darf niemals passieren."), "niemals")).toMatchObject({ lemma: "niemals", pos: "adv" });
    expect(word(analyse("Das darf nie passieren."), "nie")).toMatchObject({ lemma: "nie", pos: "adv" });
  });
});

describe("anschließend", () => {
  it("is the adverb of sequence uninflected, the adjective before a noun", () => {
    expect(word(analyse("Anschließend strecken Sie das Knie."), "Anschließend")).toMatchObject({
      lemma: "anschließend",
      pos: "adv",
    });
    expect(word(analyse("Wir essen und gehen anschließend ins Kino."), "anschließend")).toMatchObject({ pos: "adv" });
    expect(word(analyse("Die anschließende Diskussion war lang."), "anschließende")).toMatchObject({
      lemma: "anschließend",
      pos: "adj",
    });
  });
});
