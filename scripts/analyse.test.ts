// The analyse CLI, spawned as the lead's npm script would run it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const SCRIPT = join(process.cwd(), "scripts/analyse.ts");
const dir = mkdtempSync(join(tmpdir(), "analyse-cli-"));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", SCRIPT, ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

interface CliToken {
  text: string;
  type: string;
  lemma?: string;
  pos?: string;
  particle?: string;
  partnerIndex?: number;
}

// Each test starts a Node process that loads the engine: seconds when idle, far longer on a busy 2-core machine.
describe("scripts/analyse.ts", { timeout: 180_000 }, () => {
  it("prints the analysis of a good file as JSON", () => {
    const path = file(
      "good.txt",
      "date 2017-01\nDer Konzern teilte am Montag mit, er wolle Arbeitsplätze schaffen.\n\n(dpa)\n",
    );
    const r = run(path);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ date: "2017-01", source: "dpa" });
    const tokens: CliToken[] = out.paragraphs[0].sentences[0].tokens;
    const teilte = tokens.findIndex((t) => t.text === "teilte");
    const mit = tokens.findIndex((t) => t.text === "mit");
    expect(tokens[teilte]).toMatchObject({
      type: "word",
      lemma: "mitteilen",
      pos: "verb",
      particle: "mit",
      partnerIndex: mit,
    });
    expect(tokens.find((t) => t.text === "Arbeitsplätze")).toMatchObject({
      lemma: "Arbeitsplatz",
      gender: "m",
      plural: "Arbeitsplätze",
      band: expect.any(String),
      known: true,
      parts: [
        { text: "Arbeit", lemma: "Arbeit", gloss: expect.any(String), link: "s" },
        expect.objectContaining({ lemma: "Platz" }),
      ],
    });
    // Punctuation carries text and type only; absent fields are omitted, not null.
    expect(tokens.find((t) => t.text === ",")).toEqual({ text: ",", type: "punct" });
    expect(r.stdout).not.toContain("null");
  });

  it.each([
    ["a missing file", () => join(dir, "missing.txt"), /no such file/],
    ["invalid UTF-8", () => file("latin1.txt", Buffer.from([0x47, 0x72, 0xfc, 0xdf, 0x65, 0x0a])), /not valid UTF-8/],
    ["an empty file", () => file("empty.txt", " \n\n"), /empty/],
  ])("rejects %s with one line on stderr and a non-zero exit", (_label, make, message) => {
    const r = run(make());
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("prints the grammar the card shows: the form, principal parts, reflexive use, weak and nominalised nouns", () => {
    const path = file(
      "grammar.txt",
      "Der Vorsitzende empfing den Festlandchinesen und sagte, er wolle sich erinnern.\n",
    );
    const r = run(path);
    expect(r.code).toBe(0);
    const tokens: (CliToken & Record<string, unknown>)[] = JSON.parse(r.stdout).paragraphs[0].sentences[0].tokens;
    const token = (text: string) => tokens.find((t) => t.text === text);
    expect(token("wolle")).toMatchObject({ lemma: "wollen", form: { kinds: ["subjunctive1"] } });
    expect(token("empfing")).toMatchObject({
      lemma: "empfangen",
      principalParts: { past: "empfing", participle: "empfangen" },
    });
    expect(token("erinnern")).toMatchObject({ lemma: "erinnern", reflexive: true });
    expect(token("Festlandchinesen")).toMatchObject({ weak: { genitive: "Festlandchinesen" } });
    expect(token("Vorsitzende")).toMatchObject({ adjectival: true, gender: "m" });
  });

  it("chooses each word's meaning from a translation and lists the English words it matched", () => {
    const german = file(
      "pair.de.txt",
      "Die Firma will sich von der Konkurrenz abheben.\n\nDie Stadt verfügt über ein Busnetz, das jeden Ort erreicht.\n",
    );
    const english = file(
      "pair.en.txt",
      "The firm wants to stand out from its rivals.\n\nThe city has a bus network. It reaches every place.\n",
    );
    const r = run(german, "--translation", english);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const [first, second] = out.paragraphs;
    expect(second.translation).toEqual(["The city has a bus network.", "It reaches every place."]);
    // One German sentence, two English ones (1:2).
    expect(second.sentences[0].translation).toEqual([0, 1]);
    const abheben = first.sentences[0].tokens.find((t: CliToken) => t.text === "abheben");
    expect(abheben.glosses[0]).toBe("to stand out");
    expect(abheben.aligned).toEqual([
      { text: "stand", sentence: 0, start: 18, end: 23 },
      { text: "out", sentence: 0, start: 24, end: 27 },
    ]);
    const tokens = second.sentences[0].tokens;
    expect(tokens.find((t: CliToken) => t.text === "verfügt").glosses[0]).toBe("to have");
    // "erreicht" was translated in the second English sentence: its index is the paragraph's.
    expect(tokens.find((t: CliToken) => t.text === "erreicht").aligned).toEqual([
      { text: "reaches", sentence: 1, start: 3, end: 10 },
    ]);
  });

  it("rejects a translation whose paragraphs do not match the text's", () => {
    const german = file("two.de.txt", "Erster Absatz hier.\n\nZweiter Absatz hier.\n");
    const english = file("one.en.txt", "Only one paragraph.\n");
    const r = run(german, "--translation", english);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/translation has 1 paragraphs, the text 2/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("asks for a file when none is given", () => {
    const r = run();
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/usage/);
  });
});
