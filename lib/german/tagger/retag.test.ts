// Context decides the part of speech (issue 10): cases the word-by-word analysis got wrong.
import { describe, expect, it } from "vitest";
import { analyse, word } from "../test-helpers";

describe("part of speech in context", () => {
  it.each([
    ["Die gebuchte Reise war teuer.", "gebuchte", "gebucht", "adj"],
    // An ordinal between an article or a fused preposition and its noun, though spelled as a verb (sieben).
    ["Die Volleys haben zum siebten Mal den Pokal gewonnen.", "siebten", "siebte", "num"],
    ["Am siebten Tag ruhte er.", "siebten", "siebte", "num"],
    ["Sie siebten das Mehl.", "siebten", "sieben", "verb"],
    ["Liebe Eltern, wir fahren morgen.", "Liebe", "lieb", "adj"],
    ["Er kam doch nicht.", "doch", "doch", "adv"],
    ["Doch er kam nicht.", "Doch", "doch", "conj"],
    // In first place, before the verb, the adverb; before the subject, the conjunction.
    ["Doch kam er nicht.", "Doch", "doch", "adv"],
    ["Da kam er.", "Da", "da", "adv"],
    ["Ich bleibe hier, da es regnet.", "da", "da", "conj"],
    ["Die Wohnung ist leer und still.", "leer", "leer", "adj"],
    // A nominalised adjective opening the sentence, joined to another noun, stays the noun; before an
    // attributive adjective after the conjunction it is attributive too.
    ["Schwangere und Stillende sollten das nicht nehmen.", "Schwangere", "Schwangere", "noun"],
    ["Frische und getrocknete Kräuter duften.", "Frische", "frisch", "adj"],
    // So is a noun spelled as the bare adjective, though Ding has an adverb of it (schmuck: "nattily").
    ["Schmuck und Uhren legen Sie vorher ab.", "Schmuck", "Schmuck", "noun"],
    // Right before the verb, after a colon too, it is the subject.
    ["Es wird turbulent: Verliebte erleben romantische Stunden.", "Verliebte", "Verliebte", "noun"],
    ["Die Wohnung ist leer und still.", "still", "still", "adj"],
    ["Typischerweise ist das so.", "Typischerweise", "typischerweise", "adv"],
    // A word in capitals after an article inside a sentence names an organisation; a line in capitals stays words.
    ["Kritik kommt vom BUND, der um die Auwälder fürchtet.", "BUND", "BUND", "name"],
    ["DER BUND", "BUND", "Bund", "noun"],
    // Joined to an adjective after it, a participle names a state too; beside an auxiliary it stays the verb.
    ["Erschöpft, aber glücklich erreichte er das Ziel.", "Erschöpft", "erschöpft", "adj"],
    ["Die Tür wurde geöffnet, aber leer vorgefunden.", "geöffnet", "öffnen", "verb"],
    // An adjective used adverbially that Ding reads as its adverb (vollständig) joins the participle all the same,
    // and the particle at the clause's end then finds its verb (zurückgeben).
    ["Geben Sie das Werkzeug gereinigt und vollständig zurück.", "gereinigt", "gereinigt", "adj"],
    ["Geben Sie das Werkzeug gereinigt und vollständig zurück.", "Geben", "zurückgeben", "verb"],
    // Opening the sentence right before a finite verb, a nominalised participle spelled like a past tense is the noun.
    ["Verletzte gab es nach Angaben des Roten Kreuzes keine.", "Verletzte", "Verletzte", "noun"],
    ["Beschäftigte erhalten ab Januar mehr Lohn.", "Beschäftigte", "Beschäftigte", "noun"],
    // Opening the sentence before a personal pronoun: the verb of a question, not die Macht.
    ["Macht es Ihnen etwas aus, wenn ich das Fenster öffne?", "Macht", "ausmachen", "verb"],
    // The treebanks saw vorsichtig about as often either way: no evidence of an adverb of its own.
    ["Bei Nässe bremst das Auto später, fahren Sie deshalb vorsichtig.", "vorsichtig", "vorsichtig", "adj"],
    // Closing its clause after the copula: the predicate, whatever the tagger makes of the word order.
    ["Laut Polizei sei die Situation heikel.", "heikel", "heikel", "adj"],
    ["Das Buch gehört mir.", "gehört", "gehören", "verb"],
    ["Ich habe es gehört.", "gehört", "hören", "verb"],
    // -ieren verbs make participles without ge-.
    ["Die dort stationierten Soldaten kehren zurück.", "stationierten", "stationiert", "adj"],
    // Inside a sentence a capitalised word is no verb.
    ["So haben die Firmen Waren im Wert von Millionen verkauft.", "Waren", "Ware", "noun"],
    // zu before an adjective or adverb and no noun is "too".
    ["Sie tun zu wenig gegen die Not.", "zu", "zu", "adv"],
    ["Er nannte das Treffen großartig und aufgeschlossen.", "aufgeschlossen", "aufgeschlossen", "adj"],
    [
      "Alibaba hat sich bereits in der Vergangenheit darum bemüht, mehr Firmen zu gewinnen.",
      "bemüht",
      "bemühen",
      "verb",
    ],
    // Article or relative pronoun: context decides.
    ["Die Helfer wurden gebeten, bei der Suche zu helfen.", "der", "der", "det"],
    ["Christian Wolmar, der einige Bücher geschrieben hat, wird gewählt.", "der", "der", "pron"],
    // Beside werden a participle is the passive verb.
    ["Beides sollte gelöscht werden!", "gelöscht", "löschen", "verb"],
    // Beside sein, a verb with no object makes the perfect (Ding's adjective "ausgefallen" is "fancy");
    // a transitive verb's participle is the state, the adjective.
    ["Der Zug ist heute ausgefallen.", "ausgefallen", "ausfallen", "verb"],
    ["Mein Großvater ist letztes Jahr gestorben.", "gestorben", "sterben", "verb"],
    ["Die Katze ist verschwunden.", "verschwunden", "verschwinden", "verb"],
    // Also where the form is besides a verb's that is not only intransitive, as long as one of its verbs
    // is intransitive and takes sein alone: gefallen is fallen's participle as well as gefallen's ("to
    // please", a haben verb), and Ding's adjective gefallen is "killed in action".
    ["Der Preis ist stark gefallen.", "gefallen", "fallen", "verb"],
    ["Die Temperatur ist unter null gefallen.", "gefallen", "fallen", "verb"],
    ["Die Straße ist gesperrt.", "gesperrt", "gesperrt", "adj"],
    // Closing its clause, with the subject before sein and only adverbials between, a haben verb's participle
    // is the state however far sein stands; not a sein verb's perfect, nor with an article or pronoun between
    // that may be the subject of an event, nor with werden between.
    ["Der Friedhof ist von April bis September täglich von 7 bis 20 Uhr geöffnet.", "geöffnet", "geöffnet", "adj"],
    ["Das Befahren der Wege ist nur Gärtnern und Steinmetzen gestattet.", "gestattet", "gestattet", "adj"],
    ["Die Teilnahme ist ab 14 Jahren erlaubt; Kinder spielen nur mit Eltern.", "erlaubt", "erlaubt", "adj"],
    ["Auf dem Heimweg sind wir in einen Stau geraten.", "geraten", "geraten", "verb"],
    ["Beim Nähen ist mir schon wieder der Faden gerissen.", "gerissen", "reißen", "verb"],
    ["Die Tür ist alt und wurde gestern von innen geöffnet.", "geöffnet", "öffnen", "verb"],
    // Opening the sentence before its noun, with the clause's verb after, an inflected participle is attributive.
    ["Abgesagte Stunden müssen einen Tag vorher gemeldet werden.", "Abgesagte", "abgesagt", "adj"],
    // laut governs a noun phrase as a preposition; before a verb form or a particle closing the clause it has
    // none, and is the adjective.
    ["Viele Geräusche werden Ihnen ungewohnt laut vorkommen.", "laut", "laut", "adj"],
    ["Sprechen Sie die Person laut an und rütteln Sie sie.", "laut", "laut", "adj"],
    ["Laut neuesten Berichten ist er krank.", "Laut", "laut", "prep"],
    ["Der Preis beträgt laut dem Vertrag 500 Euro.", "laut", "laut", "prep"],
    // bleiben makes no perfect and no passive: the participle closing its clause is the state, however far.
    [
      "Wegen Umbauarbeiten bleibt die Bäckerei vom 3. bis zum 15. August geschlossen.",
      "geschlossen",
      "geschlossen",
      "adj",
    ],
    // No sein: the participle opening a phrase stays the adjective.
    ["Ein ausgefallenes Kleid.", "ausgefallenes", "ausgefallen", "adj"],
    // Between article and noun an adjective, even after haben.
    ["Sie haben Abkommen unterzeichnet, die eine enge Zusammenarbeit vereinbaren.", "enge", "eng", "adj"],
    // A preposition the dictionary also has as an adverb, where context makes it the preposition.
    ["Dem Bericht zufolge kam er spät.", "zufolge", "zufolge", "prep"],
    // andere is an indefinite determiner, like einige and viele.
    ["Die anderen Kinder spielen draußen.", "anderen", "andere", "det"],
    // A clause that ends in its verb makes während the conjunction; before a genitive it is the preposition.
    ["Während die Regierung sich befreit hat, kam er.", "Während", "während", "conj"],
    ["Während des Krieges kam er.", "Während", "während", "prep"],
    // An inflected ge- participle before its noun is attributive; a form that may be the past tense is not.
    ["Die in Deutschland gefertigten Autos werden exportiert.", "gefertigten", "gefertigt", "adj"],
    ["Die Polizei hat viele illegal eingereiste Menschen gefunden.", "eingereiste", "eingereist", "adj"],
    ["Der Minister versuchte Ende Oktober, das Terrain zu erkunden.", "versuchte", "versuchen", "verb"],
    // A separable verb's participle without ge- before a noun: its past tense would stand apart (bereitete … zu).
    ["Kinder erhalten auf Wunsch eigens zubereitete Speisen.", "zubereitete", "zubereitet", "adj"],
    ["Wir bringen vorbereitete Unterlagen mit.", "vorbereitete", "vorbereitet", "adj"],
    ["Er sah zu, wie sie das Essen zubereitete.", "zubereitete", "zubereiten", "verb"],
    // A word of degree may stand before it; a separable verb's participle opening the sentence is one too
    // (the joined finite form stands only at a clause's end).
    ["Sehr geehrte Leserin, sehr geehrter Leser, die Frist läuft ab.", "geehrte", "geehrt", "adj"],
    ["Die besonders gefragten Plätze sind weg.", "gefragten", "gefragt", "adj"],
    ["Vorbestellte Torten können Sie dort abholen.", "Vorbestellte", "vorbestellt", "adj"],
    // A place's name + -er before a noun is an adjective; alone it is the people.
    ["Das Kölner Unternehmen hat das Modell entwickelt.", "Kölner", "Kölner", "adj"],
    // A nominalised participle of an office's title before its noun is the noun's adjective; alone or before a
    // surname it stays the noun.
    ["Die Vorsitzende Richterin sah das anders.", "Vorsitzende", "vorsitzend", "adj"],
    ["Die Vorsitzende hat gesprochen.", "Vorsitzende", "Vorsitzende", "noun"],
    ["Der Abgeordnete Müller stimmte dagegen.", "Abgeordnete", "Abgeordnete", "noun"],
    // A town on -en drops it (Göttingen, Dresden, München); the adjective keeps its capital in the lemma.
    ["Eine Göttinger Chemikerin erhält den Preis.", "Göttinger", "Göttinger", "adj"],
    ["Der Krimi spielt in einem Münchner Bootshaus.", "Münchner", "Münchner", "adj"],
    ["Ein Dresdner Bäcker hat gewonnen.", "Dresdner", "Dresdner", "adj"],
    ["Die Berliner sagen das.", "Berliner", "Berliner", "noun"],
    // A determiner's form after a definite article, or a preposition fused with one, is the noun spelled so.
    ["Im Einer siegte die Olympiastarterin.", "Einer", "Einer", "noun"],
    ["Sie gewann am Ende im Einer.", "Einer", "Einer", "noun"],
    ["Einer kam zu spät.", "Einer", "ein", "det"],
    // A region's name the dictionary or the list of landscapes has, a range's with its umlaut, makes one too.
    ["Sie blieb mit ihrer Holsteiner Stute fehlerfrei.", "Holsteiner", "Holsteiner", "adj"],
    ["Zum Frühstück gibt es Allgäuer Käse.", "Allgäuer", "Allgäuer", "adj"],
    ["Wir kaufen Schwarzwälder Schinken.", "Schwarzwälder", "Schwarzwälder", "adj"],
    // A dictionary noun of the people keeps its reading before a name.
    ["Der Engländer Harry Kane traf doppelt.", "Engländer", "Engländer", "noun"],
  ])("%s: %s is %s (%s)", (sentence, text, lemma, pos) => {
    const w = word(analyse(sentence), text);
    expect([w.lemma, w.pos]).toEqual([lemma, pos]);
  });

  it.each([
    ["Der Minister Otto Schäfer sagte am Montag, er sei zufrieden.", "Schäfer"],
    ["Die Firma gehört zur BASF.", "BASF"],
    // An abbreviation the dictionary expands to a proper name.
    ["Die PDS und die CDU stimmten dagegen.", "PDS"],
    // A first name the first-name list lacks, read as a name by the tagger too, before a noun it is sure names.
    ["Der Kanzler Helmut Kohl sprach am Montag in Bonn.", "Kohl"],
  ])("%s: %s is a name", (sentence, text) => {
    expect(word(analyse(sentence), text).pos).toBe("name");
  });

  it("leaves an abbreviation of a common noun a noun", () => {
    expect(word(analyse("Er fuhr mit dem LKW nach Hause."), "LKW").pos).toBe("noun");
  });

  it("leaves an object after a guessed name a noun", () => {
    expect(word(analyse("Gestern hat Helmut Kuchen gebacken."), "Kuchen").pos).toBe("noun");
  });

  it("leaves a noun of the dictionary after a guessed name a noun, unless surnames have it", () => {
    expect(word(analyse("Danach wollen wir in Olsztyn Papa vom Bahnhof abholen."), "Papa").pos).toBe("noun");
    expect(word(analyse("Der Kanzler Helmut Kohl sprach am Montag in Bonn."), "Kohl").pos).toBe("name");
  });

  it("leaves a plural after a guessed name a noun, not a surname", () => {
    expect(word(analyse("Wer übernachten will, findet am Forggensee Hotels und Pensionen."), "Hotels")).toMatchObject({
      pos: "noun",
      lemma: "Hotel",
    });
  });
});

describe("a finite verb right after its subject pronoun", () => {
  it.each([
    ["Wir wollen Brot kaufen.", "wollen"],
    ["Sie wollen Mama besuchen.", "wollen"],
  ])("%s: %s is the verb, not the adjective 'woollen'", (sentence, text) => {
    expect(word(analyse(sentence), text)).toMatchObject({ pos: "verb", lemma: "wollen" });
  });
});

describe("no second finite verb in a clause", () => {
  it.each([
    ["Da hast du recht.", "recht", "recht", "adj"],
    ["Sie gibt ihm recht.", "recht", "recht", "adj"],
    ["Wir haben recht.", "recht", "recht", "adj"],
    // Alone in its clause, or after a coordinator, the finite form stays the verb.
    ["Er recht das Laub.", "recht", "rechen", "verb"],
    ["Sie mäht den Rasen und recht das Laub.", "recht", "rechen", "verb"],
  ])("%s: %s is %s (%s)", (sentence, text, lemma, pos) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma, pos });
  });
});

describe("a noun the tagger reads where a name was guessed", () => {
  it("is the compound of known parts, with its head's gender (Solider Akkusauger)", () => {
    const w = word(analyse("Solider Akkusauger mit Schwächen"), "Akkusauger");
    expect(w).toMatchObject({ pos: "noun", gender: "m" });
    expect((w.parts ?? []).map((p) => p.lemma)).toEqual(["Akku", "Sauger"]);
  });
});

describe("a guessed name before aus and a known place", () => {
  it.each([
    ["Lieferanten sind unter anderem Shimano aus Japan.", "Shimano"],
    ["Partner sind unter anderem Velani aus Italien und Dorvik aus Norwegen.", "Velani"],
  ])("%s: %s stays the name (a firm's seat, a person's home)", (sentence, text) => {
    expect(word(analyse(sentence), text).pos).toBe("name");
  });

  it("a word read from a German head stays the noun (Sheabutter aus Ghana)", () => {
    expect(word(analyse("Wir kaufen Sheabutter aus Ghana."), "Sheabutter").pos).toBe("noun");
  });
});

describe("a past participle after a comparison's als or a parenthetic wie", () => {
  it.each([
    ["Der Zug kam später als angekündigt.", "angekündigt", "ankündigen"],
    ["Die Preise stiegen schneller als erwartet.", "erwartet", "erwarten"],
    ["Wie erwartet gewann die Mannschaft.", "erwartet", "erwarten"],
    ["Das Formen fiel mir anfangs schwerer als erwartet.", "erwartet", "erwarten"],
    ["Ich lernte, was mir schwerer fiel als erwartet.", "erwartet", "erwarten"],
  ])("%s: %s is the verb of a clause cut short (%s)", (sentence, text, lemma) => {
    expect(word(analyse(sentence), text)).toMatchObject({ pos: "verb", lemma });
  });

  it.each([
    ["Er gilt als vermisst.", "vermisst"],
    ["Er lebte länger und galt als vermisst.", "vermisst"],
    ["Der Laden ist so gut wie geschlossen.", "geschlossen"],
  ])("%s: %s stays the adjective", (sentence, text) => {
    expect(word(analyse(sentence), text).pos).toBe("adj");
  });
});

describe("an adjective before a declined participle", () => {
  it.each([
    ["Stark verschmutzte Kleidung sollte vorbehandelt werden.", "Stark"],
    ["Stark gewürzte Speisen sollten Sie meiden.", "Stark"],
  ])("%s: %s modifies the participle, the adjective used adverbially, no sentence adverb", (sentence, text) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma: "stark", pos: "adj" });
  });
});

describe("an adjective before the participle that closes its clause", () => {
  it.each([
    ["Da der Zylinder bereits stark abgenutzt war, wurde er ausgetauscht.", "stark"],
    ["Das Becken wurde komplett erneuert, die Umkleiden sind heller.", "komplett"],
    ["In Mathematik hat sie sich deutlich verbessert, im Rechnen ist sie noch ungenau.", "deutlich"],
    ["Im Sommer wurden alle Wände vollständig gestrichen.", "vollständig"],
  ])("%s: %s says how, the adjective used adverbially, no sentence adverb", (sentence, text) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma: text, pos: "adj" });
  });

  it("leaves the adverb where the participle's clause goes on", () => {
    expect(word(analyse("Natürlich hat er das gewusst."), "Natürlich")).toMatchObject({ pos: "adv" });
  });
});

describe("an adjective right before werden", () => {
  it.each([
    ["Zieh eine Hose an, die schmutzig werden darf.", "schmutzig"],
    ["Die Suppe darf nicht kalt werden.", "kalt"],
  ])("%s: %s is the predicate of werden, the adjective", (sentence, text) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma: text, pos: "adj" });
  });

  it("leaves the adverb in the first place: Endlich wurde es Frühling", () => {
    expect(word(analyse("Endlich wurde es Frühling."), "Endlich")).toMatchObject({ pos: "adv" });
  });
});

describe("an adjective before a declined participle inside a noun phrase", () => {
  it.each([
    ["Wir liefern das Gerät mit vollständig geladenem Akku.", "vollständig"],
    ["Sie kam mit einem stark beschädigten Koffer an.", "stark"],
  ])("%s: %s modifies the participle, the adjective used adverbially", (sentence, text) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma: text, pos: "adj" });
  });
});

describe("an adjective before zu and an adjective", () => {
  it.each([
    ["Im Sommer lag der Pegel deutlich zu tief.", "deutlich"],
    ["Die Miete ist für uns deutlich zu hoch.", "deutlich"],
  ])("%s: %s says by how much, the adjective used adverbially", (sentence, text) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma: text, pos: "adj" });
  });
});
