import { describe, expect, it } from "vitest";
import { alignSentences } from "./sentences";

describe("alignSentences", () => {
  it("pairs sentences one to one when lengths agree", () => {
    expect(
      alignSentences(
        ["Ein kurzer Satz.", "Noch ein etwas längerer Satz hier."],
        ["A short sentence.", "Another somewhat longer sentence here."],
      ),
    ).toEqual([[0], [1]]);
  });

  it("lets one long German sentence become two English ones", () => {
    const german = [
      "Die Stadt hat ein dichtes Busnetz, das in den letzten Jahren stark ausgebaut wurde und heute fast jedes Dorf erreicht.",
      "Das gefällt allen.",
    ];
    const english = [
      "The city has a dense bus network.",
      "It was greatly expanded in recent years and today reaches almost every village.",
      "Everyone likes that.",
    ];
    expect(alignSentences(german, english)).toEqual([[0, 1], [2]]);
  });

  it("gives both German sentences the English one they were merged into", () => {
    const german = ["Er kam.", "Er sah und er siegte über alle seine Feinde in der Stadt."];
    const english = ["He came, he saw and he conquered all his enemies in the city."];
    expect(alignSentences(german, english)).toEqual([[0], [0]]);
  });
});
