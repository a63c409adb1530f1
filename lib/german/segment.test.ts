import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/german/segment";

describe("splitSentences", () => {
  it("splits plain sentences and trims", () => {
    expect(splitSentences("  Das ist gut.  Das ist schlecht! Warum?  ")).toEqual([
      "Das ist gut.",
      "Das ist schlecht!",
      "Warum?",
    ]);
  });

  it("returns nothing for blank input", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences("   \n ")).toEqual([]);
  });

  it("keeps a closing quote with the sentence it ends", () => {
    expect(
      splitSentences(
        '"Eine harte Haltung kann nie eine Abkürzung sein. Auf der anderen Seite ist es gut, dieses Wissen zu nutzen." Danach schwieg er.',
      ),
    ).toEqual([
      '"Eine harte Haltung kann nie eine Abkürzung sein.',
      'Auf der anderen Seite ist es gut, dieses Wissen zu nutzen."',
      "Danach schwieg er.",
    ]);
    expect(splitSentences("Er fragte: „Kommst du mit?“ Dann ging er.")).toEqual([
      "Er fragte: „Kommst du mit?“",
      "Dann ging er.",
    ]);
  });

  it("keeps a quotation together with the attribution that follows it", () => {
    expect(splitSentences('"Jack und ich werden großartige Dinge machen", sagte Trump. "Er liebt China."')).toEqual([
      '"Jack und ich werden großartige Dinge machen", sagte Trump.',
      '"Er liebt China."',
    ]);
    expect(splitSentences("„Das ist großartig!“, sagte er. „Wann?“ fragte sie.")).toEqual([
      "„Das ist großartig!“, sagte er.",
      "„Wann?“ fragte sie.",
    ]);
  });

  it("does not split after ordinal numbers in dates and centuries", () => {
    expect(splitSentences("Am 10. Januar 2017 trafen sie sich. Es war kalt.")).toEqual([
      "Am 10. Januar 2017 trafen sie sich.",
      "Es war kalt.",
    ]);
    expect(splitSentences("Das wird im 21. Jahrhundert wichtig. Der 3. Versuch klappte.")).toEqual([
      "Das wird im 21. Jahrhundert wichtig.",
      "Der 3. Versuch klappte.",
    ]);
    expect(splitSentences("1. Wir brauchen mehr Zeit.")).toEqual(["1. Wir brauchen mehr Zeit."]);
  });

  it("still splits after a number that ends a sentence", () => {
    expect(splitSentences("Der Zoll beträgt 45. Das ist viel.")).toEqual(["Der Zoll beträgt 45.", "Das ist viel."]);
    expect(splitSentences("Das war im Jahr 2016. Dann kam Trump.")).toEqual([
      "Das war im Jahr 2016.",
      "Dann kam Trump.",
    ]);
  });

  it("does not split after abbreviations", () => {
    expect(
      splitSentences(
        "Firmen wie z. B. Alibaba, u. a. Tmall, bzw. Taobao wachsen. Dr. Müller sah ca. 500 Kunden. Nr. 5 wohnt in St. Pauli.",
      ),
    ).toEqual([
      "Firmen wie z. B. Alibaba, u. a. Tmall, bzw. Taobao wachsen.",
      "Dr. Müller sah ca. 500 Kunden.",
      "Nr. 5 wohnt in St. Pauli.",
    ]);
    expect(splitSentences("Bis zum 3. Jan. 2017 blieb er. Das sagte Jan. Dann ging er.")).toEqual([
      "Bis zum 3. Jan. 2017 blieb er.",
      "Das sagte Jan.",
      "Dann ging er.",
    ]);
    expect(splitSentences("Er nannte z.B. Peking. Donald J. Trump kam.")).toEqual([
      "Er nannte z.B. Peking.",
      "Donald J. Trump kam.",
    ]);
  });

  it("does not split inside or after a multi-part abbreviation (v. Chr., n. Chr.)", () => {
    expect(splitSentences("Um 500 v. Chr. Griechenland war geteilt. Im Jahr 9 n. Chr. Varus verlor.")).toEqual([
      "Um 500 v. Chr. Griechenland war geteilt.",
      "Im Jahr 9 n. Chr. Varus verlor.",
    ]);
    expect(splitSentences("Das gilt u. a. Kindern. Rom wurde 753 v.Chr. gegründet.")).toEqual([
      "Das gilt u. a. Kindern.",
      "Rom wurde 753 v.Chr. gegründet.",
    ]);
  });

  it("lets usw. and etc. end a list at the end of a sentence", () => {
    expect(splitSentences("Sie brauchen Stifte, Papier usw. für die Schule.")).toEqual([
      "Sie brauchen Stifte, Papier usw. für die Schule.",
    ]);
    expect(splitSentences("Sie verkaufen Schuhe, Taschen etc. Die Preise sind niedrig.")).toEqual([
      "Sie verkaufen Schuhe, Taschen etc.",
      "Die Preise sind niedrig.",
    ]);
  });

  it("keeps tickers, links, titles and English shorthand intact", () => {
    expect(
      splitSentences(
        "$BABA works w/US companies and farmers to sell to 450MM+ China consumers on our platform. We set a goal to help 1MM SMEs export to China. pic.twitter.com/TaQNJf0Cm3 — Alibaba Group (@AlibabaGroup) 10. Januar 2017",
      ),
    ).toEqual([
      "$BABA works w/US companies and farmers to sell to 450MM+ China consumers on our platform.",
      "We set a goal to help 1MM SMEs export to China.",
      "pic.twitter.com/TaQNJf0Cm3 — Alibaba Group (@AlibabaGroup) 10. Januar 2017",
    ]);
    expect(
      splitSentences(
        'Der künftige US-Präsident sprach mit dem US-Sender "USA Today": Als Unternehmen. Mehr auf www.spiegel.de. Ende.',
      ),
    ).toEqual([
      'Der künftige US-Präsident sprach mit dem US-Sender "USA Today": Als Unternehmen.',
      "Mehr auf www.spiegel.de.",
      "Ende.",
    ]);
  });

  it("treats ellipses as ends only before a new sentence", () => {
    expect(splitSentences("Er zögerte … dann ging er. Sie blieb... Niemand sprach.")).toEqual([
      "Er zögerte … dann ging er.",
      "Sie blieb...",
      "Niemand sprach.",
    ]);
    expect(splitSentences("„Wir werden […] Jobs schaffen“, sagte er.")).toEqual([
      "„Wir werden […] Jobs schaffen“, sagte er.",
    ]);
  });
});
