import { describe, expect, it } from "vitest";
import { ANKI_FIELDS, htmlField, partOfSpeechField, toAnkiNotes } from "./note";
import { EXPECTED_NOTES, POS_LABEL, TRICKY_ROWS } from "./test-rows";

describe("toAnkiNotes", () => {
  it("turns every saved word into a Brücke note, field by field", () => {
    const notes = toAnkiNotes(TRICKY_ROWS, POS_LABEL);
    expect(notes).toEqual(EXPECTED_NOTES);
    for (const note of notes) expect(note.fields).toHaveLength(ANKI_FIELDS.length);
  });

  it("keeps the first field unique (homographs get their part of speech) and the GUID stable", () => {
    const notes = toAnkiNotes(TRICKY_ROWS, POS_LABEL);
    expect(new Set(notes.map((n) => n.fields[0])).size).toBe(notes.length);
    const again = toAnkiNotes([...TRICKY_ROWS].reverse(), POS_LABEL);
    expect(again.map((n) => n.guid).sort()).toEqual(notes.map((n) => n.guid).sort());
    // The noun "der Weg" is written differently from the adverb, so it keeps its plain form.
    expect(notes[0]?.fields[0]).toBe("der Weg");
  });
});

describe("partOfSpeechField", () => {
  const row = TRICKY_ROWS[0];
  if (!row) throw new Error("test rows are empty");

  it("adds the card's grammar line after the part of speech, so a re-import updates the same note type", () => {
    const verb = { ...row, lemma: "empfangen", pos: "verb", grammar: "empfangen – empfängt – empfing – empfangen" };
    expect(partOfSpeechField(verb, POS_LABEL)).toBe("word · empfangen – empfängt – empfing – empfangen");
    expect(toAnkiNotes([verb], POS_LABEL)[0]?.fields[ANKI_FIELDS.indexOf("Part of speech")]).toBe(
      "word · empfangen – empfängt – empfing – empfangen",
    );
  });

  it("is the part of speech alone when there is no grammar to note", () => {
    expect(partOfSpeechField({ ...row, grammar: null }, POS_LABEL)).toBe("noun");
    expect(partOfSpeechField({ ...row, grammar: "  " }, POS_LABEL)).toBe("noun");
  });
});

describe("htmlField", () => {
  it("escapes markup and writes line breaks as <br>", () => {
    expect(htmlField("a < b & c\r\nd\ne")).toBe("a &lt; b &amp; c<br>d<br>e");
    expect(htmlField(null)).toBe("");
  });
});
