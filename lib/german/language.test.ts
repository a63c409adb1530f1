import { describe, expect, it } from "vitest";
import { detectLanguage } from "@/lib/german/language";

describe("detectLanguage", () => {
  it("recognises the English tweet embed", () => {
    expect(
      detectLanguage(
        "$BABA works w/US companies and farmers to sell to 450MM+ China consumers on our platform. We set a goal to help 1MM SMEs export to China. pic.twitter.com/TaQNJf0Cm3 — Alibaba Group (@AlibabaGroup) 10. Januar 2017",
      ),
    ).toBe("en");
  });

  it("keeps German text with English names German", () => {
    expect(
      detectLanguage(
        'Das Ziel von Mas Besuch sei gewesen, sein Geschäft Trump in einer Weise zu verkaufen, die er verstehe, sagte Scott Kennedy, ein Mitarbeiter des Center for Strategic and International Studies dem US-Sender "USA Today".',
      ),
    ).toBe("de");
    expect(detectLanguage("Am Montag empfing er Jack Ma im Trump Tower in New York.")).toBe("de");
  });

  it("does not count words that exist in both languages", () => {
    // "will", "was", "also", "in", "an" are German too; only "the" and "of" tell.
    expect(detectLanguage("Alibaba will was also in an")).toBe("unknown");
    expect(detectLanguage("Was will er also mit dem Geld?")).toBe("de");
  });

  it("answers unknown when there is too little evidence or no clear majority", () => {
    expect(detectLanguage("")).toBe("unknown");
    expect(detectLanguage("Kleine Firmen profitieren")).toBe("unknown");
    expect(detectLanguage("(Reuters/maka)")).toBe("unknown");
    expect(detectLanguage("Le président a rencontré Jack Ma à New York.")).toBe("unknown");
    expect(detectLanguage("Le président des États-Unis a rencontré le fondateur du groupe Alibaba à New York.")).toBe(
      "unknown",
    );
    expect(detectLanguage("the and of der die das")).toBe("unknown");
  });

  it("uses umlauts and ß as German evidence", () => {
    expect(detectLanguage("Größte Märkte, schwächelnde Wirtschaft")).toBe("de");
  });

  it("recognises ordinary English prose", () => {
    expect(
      detectLanguage("It was the first public meeting between Trump and a mainland Chinese since his election."),
    ).toBe("en");
  });
});
