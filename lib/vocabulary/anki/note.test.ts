import { describe, expect, it } from "vitest";
import { ANKI_FIELDS, htmlField, toAnkiNotes } from "./note";
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

describe("htmlField", () => {
  it("escapes markup and writes line breaks as <br>", () => {
    expect(htmlField("a < b & c\r\nd\ne")).toBe("a &lt; b &amp; c<br>d<br>e");
    expect(htmlField(null)).toBe("");
  });
});
