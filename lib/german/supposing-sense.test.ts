import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("a verb of supposing", () => {
  it.each([
    ["Sie nahm das Angebot ohne zu zögern an.", "nahm"],
    ["Er hat die Stelle als Koch angenommen.", "angenommen"],
  ])("takes its other sense with a noun and no clause after it: %s", (sentence, text) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe("to accept");
  });

  it.each([
    ["Ein Nachbar hat meinen Schlüssel gefunden.", "gefunden"],
    // A coordinator ends the verb's clause too.
    ["Zum Glück hat ihn ein Nachbar im Treppenhaus gefunden und mir zurückgegeben.", "gefunden"],
    // A name or a pronoun is an object as a noun is.
    ["Finde Tom.", "Finde"],
    ["Wir haben es gefunden.", "gefunden"],
    ["Ich kann dich nicht finden.", "finden"],
    ["Tom fand nichts.", "fand"],
    ["Wir haben sie gefunden.", "gefunden"],
  ])("reads a verb of opinion the same way: %s is to find", (sentence, text) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe("to find");
  });

  it("keeps the opinion before a clause: Ich finde, dass …", () => {
    expect(word(analyse("Ich finde, dass er recht hat."), "finde").glosses[0]).toBe("to think");
  });

  it.each([
    // An adjective says what one thinks of the object.
    ["Ich finde das Buch gut.", "finde"],
    ["Ich finde dich nett.", "finde"],
    // A pronoun put first is the opinion agreed to.
    ["Das finde ich auch.", "finde"],
  ])("keeps the opinion: %s", (sentence, text) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe("to think");
  });

  it.each([
    // A clause says what is supposed.
    ["Ich nehme an, dass er den Termin vergessen hat.", "nehme"],
    ["Die Polizei nimmt an, dass der Täter floh.", "nimmt"],
    // No noun to take.
    ["Das nehme ich an.", "nehme"],
    // sie before any other subject is the subject.
    ["Das nimmt sie an.", "nimmt"],
  ])("keeps its sense of supposing: %s", (sentence, text) => {
    expect(word(analyse(sentence), text).glosses[0]).toBe("to assume");
  });
});
