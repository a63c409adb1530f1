import { describe, expect, it } from "vitest";
import { parseItem, parseLine, spacedAlternatives } from "./ding-line";

describe("parseItem", () => {
  it("takes a preposition written after the headword as the one the word governs", () => {
    expect(parseItem("umsteigen {vi} nach")).toMatchObject({ text: "umsteigen", preps: ["nach"], tags: ["vi"] });
    expect(parseItem("sich aufregen {vr} über")).toMatchObject({ text: "aufregen", preps: ["über"], reflexive: true });
  });

  it("keeps a preposition that is the whole item, and English prepositions", () => {
    expect(parseItem("nach {prp; +Dat.}")).toMatchObject({ text: "nach", preps: [] });
    expect(parseItem("ab und zu {adv}")).toMatchObject({ text: "ab und zu", preps: [] });
    expect(parseItem("to look up to", false)).toMatchObject({ text: "to look up to", preps: [] });
  });

  it("still reads a preposition before an object placeholder as governed", () => {
    expect(parseItem("von etw. profitieren {vi}")).toMatchObject({ text: "profitieren", preps: ["von"] });
  });

  it("reads 'einen Ort' as Ding's placeholder for a place", () => {
    expect(parseItem("an einen Ort gelangen {vi}")).toMatchObject({ text: "gelangen", preps: ["an"] });
    expect(parseItem("einen Ort erkunden {vt}")).toMatchObject({ text: "erkunden", preps: [] });
    expect(parseItem("to reach a place", false)).toMatchObject({ text: "to reach" });
    expect(parseItem("to scout out a place", false)).toMatchObject({ text: "to scout out" });
    expect(parseItem("a place of worship", false)).toMatchObject({ text: "a place of worship" });
  });

  it("reads a symbol written with spaces inside the slashes as an abbreviation", () => {
    expect(parseItem("Prozent {n} / % /")).toMatchObject({ text: "Prozent", abbrs: ["%"] });
    expect(parseItem("per cent [Br.] / % /", false)).toMatchObject({ text: "per cent", abbrs: ["%"] });
  });

  it("does not take words between spaced slashes for an abbreviation", () => {
    expect(parseItem("to give up / give over /", false).abbrs).toEqual([]);
  });
});

describe("a zu-infinitive complement", () => {
  it("leaves the German verb as the headword", () => {
    expect(parseItem("jdn. auffordern, etw. zu tun {vt}")).toMatchObject({ text: "auffordern", tags: ["vt"] });
    expect(parseItem("sich vornehmen, etw. zu tun {v}")).toMatchObject({ text: "vornehmen", reflexive: true });
    expect(parseItem("im Begriff sein, etw. zu tun {v}")).toMatchObject({ text: "im Begriff sein" });
  });

  it("is dropped from the English after the person, and kept where it is the meaning", () => {
    expect(parseItem("to challenge sb. to do sth.", false).text).toBe("to challenge");
    expect(parseItem("to exhort sb. [formal] to do sth.", false).text).toBe("to exhort");
    expect(parseItem("to be about to do sth.", false).text).toBe("to be about to do");
  });
});

describe("parseLine", () => {
  it("does not split a headword at the '; ' between an abbreviation's variants", () => {
    const line = parseLine("Minute {f} /Min.; min./ | Minuten {pl} :: minute /min./ | minutes");
    expect(line?.de[0]?.map((i) => i.text)).toEqual(["Minute"]);
    expect(line?.de[0]?.[0]?.abbrs).toEqual(["Min.", "min."]);
    expect(parseLine("Konzentrationslager {n} /KZ; KL/ :: concentration camp")?.de[0]?.[0]?.abbrs).toEqual([
      "KZ",
      "KL",
    ]);
  });

  it("keeps the first synonym of a line whose headword carries a spaced symbol", () => {
    const line = parseLine("Prozent {n} / % /; Hundertstel {n} :: per cent [Br.]; percent [Am.] / % /");
    expect(line?.de[0]?.map((i) => i.text)).toEqual(["Prozent", "Hundertstel"]);
    expect(line?.en[0]?.map((i) => i.text)).toEqual(["per cent", "percent"]);
  });
});

describe("English alternatives between spaced slashes", () => {
  it("gives each alternative word its own gloss, with the shared beginning and ending", () => {
    expect(spacedAlternatives("to be / become / get annoyed")).toEqual([
      "to be annoyed",
      "to become annoyed",
      "to get annoyed",
    ]);
    expect(spacedAlternatives("dipped [Br.] / dimmed [Am.] headlights")).toEqual([
      "dipped [Br.] headlights",
      "dimmed [Am.] headlights",
    ]);
  });

  it("restarts a phrase at a word it repeats, the last one's ending shared", () => {
    expect(spacedAlternatives("to give up / give over /")).toEqual(["to give up", "to give over"]);
    const line = parseLine(
      "sich auf etw. freuen {vr} | sich freuend :: to look forward / to look forwards [Br.] [rare] / to be looking forward to sth./to doing sth. | looking forward",
    );
    expect(line?.en[0]?.map((i) => i.text)).toEqual([
      "to look forward to",
      "to look forwards",
      "to be looking forward to",
    ]);
  });

  it("keeps the first of longer alternatives that restart nowhere, and leaves symbols and abbreviations", () => {
    expect(spacedAlternatives("to comply with / adhere to / maintain / follow the rule")).toEqual([
      "to comply with the rule",
    ]);
    expect(spacedAlternatives("per cent [Br.] / % /")).toEqual(["per cent [Br.] / % /"]);
    expect(spacedAlternatives("to withdraw/draw")).toEqual(["to withdraw/draw"]);
  });
});
