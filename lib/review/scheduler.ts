// The review scheduler is ts-fsrs; this wraps it for our storage shape. Pure: time comes in as an argument.
import { type Card, createEmptyCard, fsrs, type Grade, generatorParameters, type State } from "ts-fsrs";

/** The FSRS parameters Brücke schedules with (fuzz spreads reviews so cards saved together do not stay together). */
export const FSRS_PARAMETERS = generatorParameters({ enable_fuzz: true });
const scheduler = fsrs(FSRS_PARAMETERS);
// Previews leave the fuzz out: the buttons show the interval FSRS aims at, the real one may differ by a few percent.
const previewScheduler = fsrs({ ...FSRS_PARAMETERS, enable_fuzz: false });

export const GRADES = [1, 2, 3, 4] as const;
export type GradeValue = (typeof GRADES)[number];

/** A card's FSRS state as the ReviewCard row stores it. */
export interface CardState {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
}

export function newCardState(now: Date): CardState {
  return fromFsrsCard(createEmptyCard(now));
}

export function toFsrsCard(card: CardState): Card {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as State,
    last_review: card.lastReview ?? undefined,
  };
}

export function fromFsrsCard(card: Card): CardState {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}

/** The card after the learner grades it at `now`. */
export function applyGrade(card: CardState, grade: GradeValue, now: Date): CardState {
  return fromFsrsCard(scheduler.next(toFsrsCard(card), now, grade as Grade).card);
}

/** For each grade (Again, Hard, Good, Easy), how long until the card would come back, in milliseconds. */
export function previewIntervals(card: CardState, now: Date): [number, number, number, number] {
  const preview = previewScheduler.repeat(toFsrsCard(card), now);
  return GRADES.map((grade) => Math.max(0, preview[grade as Grade].card.due.getTime() - now.getTime())) as [
    number,
    number,
    number,
    number,
  ];
}

// ─── Snapshots kept in ReviewLog.stateBefore / stateAfter (JSON) ───

export interface CardSnapshot extends Omit<CardState, "due" | "lastReview"> {
  due: string;
  lastReview: string | null;
  version: number;
}

export function toSnapshot(card: CardState, version: number): CardSnapshot {
  return { ...card, due: card.due.toISOString(), lastReview: card.lastReview?.toISOString() ?? null, version };
}

export function fromSnapshot(snapshot: CardSnapshot): CardState {
  const { stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state } = snapshot;
  const lastReview = snapshot.lastReview ? new Date(snapshot.lastReview) : null;
  return {
    due: new Date(snapshot.due),
    stability,
    difficulty,
    elapsedDays,
    scheduledDays,
    learningSteps,
    reps,
    lapses,
    state,
    lastReview,
  };
}
