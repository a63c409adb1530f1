// The seed article through the importer, and its English translation's alignment with the result.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assertGerman, importText } from "@/lib/passages/import-text";

const articles = new URL("../../content/articles/", import.meta.url);
const german = readFileSync(new URL("article-2017-01-alibaba-trump.de.txt", articles), "utf8");

interface Translation {
  title: string;
  titleDe: string;
  paragraphs: { sentences: string[][] }[];
}
const english = JSON.parse(
  readFileSync(new URL("article-2017-01-alibaba-trump.en.json", articles), "utf8"),
) as Translation;

const passage = importText(german);

describe("seed article import", () => {
  it("extracts date and source", () => {
    expect(passage.date).toBe("2017-01");
    expect(passage.source).toBe("Reuters/maka");
  });

  it("finds the paragraph kinds and sentence counts", () => {
    expect(passage.paragraphs.map((p) => `${p.kind}:${p.lang}:${p.sentences.length}`)).toEqual([
      "body:de:4",
      "body:de:3",
      "body:de:2",
      "heading:de:1",
      "body:de:4",
      "embed:en:3",
      "body:de:3",
      "body:de:4",
      "heading:de:1",
      "body:de:2",
      "body:de:2",
      "body:de:2",
      "source:de:1",
    ]);
    expect(passage.paragraphs[3]?.sentences).toEqual(["Kleine Firmen sollen profitieren"]);
    expect(passage.paragraphs[8]?.sentences).toEqual(["Alibaba will sich von Staatsunternehmen abheben"]);
    expect(passage.paragraphs[12]?.sentences).toEqual(["(Reuters/maka)"]);
  });

  it("removes the glued date from the first paragraph", () => {
    expect(passage.paragraphs[0]?.sentences).toEqual([
      "Wenn es um das Geschäft geht, scheint Donald Trump alle Fehden vergessen zu können.",
      "Über Wochen hatte sich der künftige US-Präsident auf der Kurznachrichtenplattform Twitter mit der chinesischen Regierung in Peking angefeindet.",
      "Am Montag empfing der Baumilliardär Jack Ma, den Gründer des größten E-Commerce-Anbieters Alibaba, im Trump Tower in New York.",
      "Es war das erste öffentliche Treffen Trumps mit einem Festlandchinesen seit seinem Wahlsieg.",
    ]);
  });

  it("keeps quotations with their attribution and closing quote", () => {
    expect(passage.paragraphs[1]?.sentences).toEqual([
      '"Jack und ich werden einige großartige Dinge zusammen machen", sagte der designierte Präsident nach dem Meeting.',
      "Ma hatte die Schaffung von Arbeitsplätzen in den USA in Aussicht gestellt.",
      'Ein Angebot, das Trump ins Konzept passt: Es war eine der größten Wahlkampfversprechen des Republikaners, "unsere Jobs zurückzubringen".',
    ]);
    expect(passage.paragraphs[7]?.sentences).toEqual([
      'Vor dem Hintergrund Trumps Twitter-Kritik begrüßte die chinesische Staatszeitung "Global Times", ein Tochterunternehmen des "People\'s Daily", das Treffen.',
      "Vielleicht müsse Trump die Geschäfte mit China in Zukunft rationaler abwickeln und mit Peking zusammenarbeiten.",
      '"Eine harte Haltung kann nie eine Abkürzung auf dem Weg zu Wohlstand sein.',
      'Auf der anderen Seite wird es eine Triebkraft internationaler Beziehungen im 21. Jahrhundert werden, herauszufinden, was für beide Seiten von Vorteil ist und dieses Wissen zu nutzen."',
    ]);
  });

  it("splits the English tweet embed without breaking ticker, link or date", () => {
    expect(passage.paragraphs[5]).toEqual({
      kind: "embed",
      lang: "en",
      sentences: [
        "$BABA works w/US companies and farmers to sell to 450MM+ China consumers on our platform.",
        "We set a goal to help 1MM SMEs export to China.",
        "pic.twitter.com/TaQNJf0Cm3 — Alibaba Group (@AlibabaGroup) 10. Januar 2017",
      ],
    });
  });

  it("keeps the English institute name inside German body text", () => {
    expect(passage.paragraphs[11]?.sentences).toEqual([
      'Das Ziel von Mas Besuch sei gewesen, sein Geschäft Trump in einer Weise zu verkaufen, die er verstehe, sagte Scott Kennedy, ein Mitarbeiter des Center for Strategic and International Studies dem US-Sender "USA Today": Als innovatives Unternehmen, das sowohl Chinesen als auch Amerikanern Jobs verschaffe.',
      '"Ich vermute, dass Alibaba sich von chinesischen Staatsunternehmen in traditionellen Sektoren wie der Stahlproduktion abheben will", sagte Kennedy in einem Interview, "Bereiche, auf die die Trump-Administration im Rahmen ihrer Bemühungen, chinesische Märkte für US-Güter und Investitionen zu öffnen, sehr wahrscheinlich mit Sanktionen abzielen wird."',
    ]);
  });

  it("passes the German check", () => {
    expect(() => assertGerman(passage)).not.toThrow();
  });
});

describe("seed article translation", () => {
  it("has titles", () => {
    expect(english.title.trim()).not.toBe("");
    expect(english.titleDe.trim()).not.toBe("");
  });

  it("aligns 1:1 with the imported paragraphs and sentences", () => {
    expect(english.paragraphs.map((p) => p.sentences.length)).toEqual(
      passage.paragraphs.map((p) => p.sentences.length),
    );
    for (const paragraph of english.paragraphs) {
      for (const parts of paragraph.sentences) {
        expect(parts.length).toBeGreaterThan(0);
        for (const part of parts) expect(part.trim()).not.toBe("");
      }
    }
  });

  it("keeps the embed and the source line unchanged", () => {
    passage.paragraphs.forEach((paragraph, index) => {
      if (paragraph.kind !== "embed" && paragraph.kind !== "source") return;
      expect(english.paragraphs[index]?.sentences).toEqual(paragraph.sentences.map((s) => [s]));
    });
  });
});
