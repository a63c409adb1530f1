// The alignment's own helpers; its results are tested through the engine in translation-chooser.test.ts.
import { describe, expect, it } from "vitest";
import { englishSynonyms } from "./english-synonyms";
import { participleBases } from "./word-alignment";

describe("participleBases", () => {
  it("gives the verbs a regular -ed participle may be of", () => {
    expect(participleBases("directed")).toContain("direct");
    expect(participleBases("pleased")).toContain("please");
    expect(participleBases("stopped")).toContain("stop");
    expect(participleBases("worried")).toContain("worry");
  });

  it("finds the verb whose synonyms a copula gloss's participle borrows ('to be directed': aim)", () => {
    const base = participleBases("directed").find((b) => englishSynonyms(b, true).length > 0);
    expect(base).toBe("direct");
    expect(englishSynonyms("direct", true).map((s) => s.text)).toContain("aim");
  });
});
