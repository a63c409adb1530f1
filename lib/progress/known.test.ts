import { describe, expect, it } from "vitest";
import {
  countsAsWord,
  KNOWN_STABILITY_DAYS,
  type KnownRow,
  knownSince,
  MIN_RETENTION_REVIEWS,
  measuredRetention,
} from "./known";

const day = (n: number) => new Date(Date.UTC(2026, 2, n));
const row = (overrides: Partial<KnownRow>): KnownRow => ({
  lemma: "Hund",
  status: "LEARNING",
  pos: "noun",
  knownAt: null,
  updatedAt: day(1),
  stability: null,
  stableAt: null,
  ...overrides,
});

describe("knownSince", () => {
  it("counts words marked known, from when they were marked", () => {
    expect(knownSince([row({ status: "KNOWN", knownAt: day(3) })])).toEqual([day(3)]);
    // Marked known before the date was recorded: the last change stands in.
    expect(knownSince([row({ status: "KNOWN", updatedAt: day(4) })])).toEqual([day(4)]);
  });

  it("counts reviewed words once their stability reaches the threshold, from that review", () => {
    expect(KNOWN_STABILITY_DAYS).toBe(21);
    expect(knownSince([row({ stability: 21, stableAt: day(5) })])).toEqual([day(5)]);
    expect(knownSince([row({ stability: 20.9, stableAt: day(5) })])).toEqual([]);
    // One Easy on first sight gives a stability of about 8 days: not known yet.
    expect(knownSince([row({ status: "LEARNING", stability: 8.3 })])).toEqual([]);
    // A word marked known and also stable counts once, from the earlier date.
    expect(knownSince([row({ status: "KNOWN", knownAt: day(9), stability: 30, stableAt: day(6) })])).toEqual([day(6)]);
  });

  it("never counts names, numbers or ignored words", () => {
    expect(
      knownSince([
        row({ lemma: "Jack Ma", status: "KNOWN", pos: "name", knownAt: day(1) }),
        row({ lemma: "2017", status: "KNOWN", pos: "num", knownAt: day(1) }),
        row({ lemma: "1,5", status: "KNOWN", pos: "other", knownAt: day(1) }),
        row({ status: "IGNORED", knownAt: day(1), stability: 50, stableAt: day(1) }),
        row({ lemma: "Trump", pos: "name", stability: 40, stableAt: day(2) }),
      ]),
    ).toEqual([]);
  });
});

describe("countsAsWord", () => {
  it("takes words of any part of speech with a letter in them", () => {
    expect(countsAsWord({ status: "NEW", pos: "adv", lemma: "weg" })).toBe(true);
    expect(countsAsWord({ status: "KNOWN", pos: "noun", lemma: "Straße" })).toBe(true);
    expect(countsAsWord({ status: "KNOWN", pos: "other", lemma: "100" })).toBe(false);
  });
});

describe("measuredRetention", () => {
  it("is the recall rate of mature reviews, shown only from enough of them", () => {
    expect(MIN_RETENTION_REVIEWS).toBe(20);
    expect(measuredRetention(0, 0)).toEqual({ rate: null, reviews: 0, missing: 20 });
    expect(measuredRetention(19, 19)).toEqual({ rate: null, reviews: 19, missing: 1 });
    expect(measuredRetention(20, 17)).toEqual({ rate: 0.85, reviews: 20, missing: 0 });
    expect(measuredRetention(25, 20)).toEqual({ rate: 0.8, reviews: 25, missing: 0 });
  });
});
