import { describe, expect, it } from "vitest";
import { type AssignmentSpec, accuracy, assignmentProgress, type LearnerFacts } from "./progress";

const now = new Date("2026-03-10T12:00:00Z");
const spec = (extra: Partial<AssignmentSpec> = {}): AssignmentSpec => ({
  target: "READ_ALL",
  targetCount: null,
  dueAt: null,
  readableCount: 4,
  keyLemmas: [],
  ...extra,
});
const facts = (extra: Partial<LearnerFacts> = {}): LearnerFacts => ({
  paragraphsRead: 0,
  paragraphsReadEarlier: 0,
  wordsSaved: 0,
  savedWordsReviewed: 0,
  reviewedLemmas: new Set(),
  ...extra,
});

describe("assignmentProgress", () => {
  it("read all: reading before the assignment is shown apart and never counts toward it", () => {
    const progress = assignmentProgress(spec(), facts({ paragraphsReadEarlier: 4 }), now);
    expect(progress).toMatchObject({ done: 0, earlier: 4, status: "not_started" });
    expect(assignmentProgress(spec({ target: "SAVE_WORDS" }), facts({ paragraphsReadEarlier: 4 }), now).earlier).toBe(
      0,
    );
  });

  it("read all: not started, in progress, done", () => {
    expect(assignmentProgress(spec(), facts(), now)).toEqual({
      done: 0,
      total: 4,
      earlier: 0,
      status: "not_started",
      overdue: false,
    });
    expect(assignmentProgress(spec(), facts({ paragraphsRead: 1 }), now).status).toBe("in_progress");
    expect(assignmentProgress(spec(), facts({ paragraphsRead: 4 }), now)).toEqual({
      done: 4,
      total: 4,
      earlier: 0,
      status: "done",
      overdue: false,
    });
  });

  it("marks unfinished work past its due date as overdue, finished work never", () => {
    const due = spec({ dueAt: new Date("2026-03-09T23:59:59Z") });
    expect(assignmentProgress(due, facts({ paragraphsRead: 2 }), now).overdue).toBe(true);
    expect(assignmentProgress(due, facts({ paragraphsRead: 4 }), now).overdue).toBe(false);
    expect(assignmentProgress(spec({ dueAt: new Date("2026-03-11T00:00:00Z") }), facts(), now).overdue).toBe(false);
  });

  it("save N words counts the words saved from the passage", () => {
    const target = spec({ target: "SAVE_WORDS", targetCount: 5 });
    expect(assignmentProgress(target, facts({ wordsSaved: 3 }), now)).toMatchObject({
      done: 3,
      total: 5,
      status: "in_progress",
    });
    expect(assignmentProgress(target, facts({ wordsSaved: 7 }), now)).toMatchObject({
      done: 5,
      total: 5,
      status: "done",
    });
  });

  it("review key vocabulary: the first N key lemmas (10 by default), or the words saved from the passage when there are none", () => {
    const lemmas = Array.from({ length: 12 }, (_, i) => `w${i}`);
    const keyed = spec({ target: "REVIEW_KEY_VOCAB", keyLemmas: lemmas });
    expect(assignmentProgress(keyed, facts({ reviewedLemmas: new Set(["w0", "w11", "other"]) }), now)).toMatchObject({
      done: 1,
      total: 10,
      status: "in_progress",
    });
    const three = spec({ target: "REVIEW_KEY_VOCAB", keyLemmas: lemmas, targetCount: 3 });
    expect(assignmentProgress(three, facts({ reviewedLemmas: new Set(["w0", "w1", "w2"]) }), now).status).toBe("done");
    const fallback = spec({ target: "REVIEW_KEY_VOCAB" });
    expect(assignmentProgress(fallback, facts(), now)).toMatchObject({ total: 1, status: "not_started" });
    expect(assignmentProgress(fallback, facts({ wordsSaved: 2, savedWordsReviewed: 1 }), now)).toMatchObject({
      done: 1,
      total: 2,
      status: "in_progress",
    });
  });

  it("an empty passage is never done", () => {
    expect(assignmentProgress(spec({ readableCount: 0 }), facts(), now).status).toBe("not_started");
  });

  it("accuracy", () => {
    expect(accuracy(3, 4)).toBe(0.75);
    expect(accuracy(0, 0)).toBeNull();
  });
});
