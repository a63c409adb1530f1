import { createEmptyCard, fsrs, Rating, State } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import {
  applyGrade,
  FSRS_PARAMETERS,
  fromSnapshot,
  newCardState,
  previewIntervals,
  toFsrsCard,
  toSnapshot,
} from "./scheduler";

const t0 = new Date("2026-03-01T09:00:00Z");
const minutes = (date: Date, n: number) => new Date(date.getTime() + n * 60_000);
const days = (date: Date, n: number) => new Date(date.getTime() + n * 86_400_000);

describe("scheduling wrapper", () => {
  it("starts new cards due now in the New state", () => {
    const card = newCardState(t0);
    expect(card).toMatchObject({ due: t0, state: State.New, reps: 0, lapses: 0, lastReview: null });
  });

  it("gives exactly what ts-fsrs gives for the same grades and times", () => {
    const reference = fsrs(FSRS_PARAMETERS);
    let expected = createEmptyCard(t0);
    let ours = newCardState(t0);
    const steps: [Date, Rating.Again | Rating.Hard | Rating.Good | Rating.Easy][] = [
      [t0, Rating.Good],
      [minutes(t0, 10), Rating.Good],
      [days(t0, 3), Rating.Again],
      [days(t0, 3.01), Rating.Good],
      [days(t0, 9), Rating.Easy],
      [days(t0, 40), Rating.Hard],
    ];
    for (const [when, grade] of steps) {
      expected = reference.next(expected, when, grade).card;
      ours = applyGrade(ours, grade, when);
      expect(toFsrsCard(ours)).toEqual({ ...expected, last_review: expected.last_review });
    }
    expect(ours.lapses).toBe(1);
    expect(ours.reps).toBe(steps.length);
  });

  it("moves a new card to learning on Good and to review on Easy", () => {
    expect(applyGrade(newCardState(t0), 3, t0).state).toBe(State.Learning);
    const easy = applyGrade(newCardState(t0), 4, t0);
    expect(easy.state).toBe(State.Review);
    expect(easy.due.getTime()).toBeGreaterThan(days(t0, 1).getTime());
  });

  it("does not change the card it is given", () => {
    const card = newCardState(t0);
    const copy = structuredClone(card);
    applyGrade(card, 1, t0);
    expect(card).toEqual(copy);
  });

  it("round-trips snapshots through JSON", () => {
    const card = applyGrade(applyGrade(newCardState(t0), 3, t0), 3, minutes(t0, 10));
    const snapshot = JSON.parse(JSON.stringify(toSnapshot(card, 7)));
    expect(snapshot.version).toBe(7);
    expect(fromSnapshot(snapshot)).toEqual(card);
  });
});

describe("previewIntervals", () => {
  it("gives, for each grade, when ts-fsrs would bring the card back: longer for better grades", () => {
    const fresh = previewIntervals(newCardState(t0), t0);
    expect(fresh[0]).toBe(60_000); // Again: the first learning step, one minute
    expect(fresh[3]).toBeGreaterThanOrEqual(24 * 3_600_000); // Easy: straight to days
    for (let i = 1; i < 4; i++) expect(fresh[i]).toBeGreaterThanOrEqual(fresh[i - 1]!);
    const learnt = applyGrade(applyGrade(newCardState(t0), 3, t0), 3, minutes(t0, 10));
    const later = previewIntervals(learnt, days(t0, 3));
    expect(later[2]).toBeGreaterThan(24 * 3_600_000);
  });
});
