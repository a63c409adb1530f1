import { describe, expect, it } from "vitest";
import {
  currentSentence,
  firstOfParagraph,
  isOffScreen,
  LISTEN_IDLE,
  type ListenEvent,
  type ListenState,
  listen,
} from "./listening";

const sentences = [
  { key: "0-0", text: "Das Haus ist alt." },
  { key: "0-1", text: "Es regnet." },
  { key: "2-0", text: "Morgen scheint die Sonne." },
];

/** Runs events from idle; returns the final state and every sentence handed to the synthesizer. */
function run(...events: ((s: ListenState) => ListenEvent)[]) {
  let state = LISTEN_IDLE;
  const spoken: string[] = [];
  let cancels = 0;
  for (const event of events) {
    const step = listen(state, event(state));
    state = step.state;
    for (const effect of step.effects) {
      if (effect.type === "speak") spoken.push(effect.sentence.key);
      else cancels++;
    }
  }
  return { state, spoken, cancels };
}

const play = (from?: number) => (): ListenEvent => ({ type: "play", sentences, from });
const ended = (s: ListenState): ListenEvent => ({ type: "ended", utterance: s.utterance });

describe("listening", () => {
  it("speaks sentence after sentence, each when the one before has ended, then is done", () => {
    const { state, spoken } = run(play(), ended, ended, ended);
    expect(spoken).toEqual(["0-0", "0-1", "2-0"]);
    expect(state.status).toBe("idle");
    expect(state.ended).toBe("done");
    expect(currentSentence(state)).toBeNull();
  });

  it("starts at the given sentence and highlights the one being spoken", () => {
    const { state, spoken } = run(play(1));
    expect(spoken).toEqual(["0-1"]);
    expect(currentSentence(state)?.key).toBe("0-1");
  });

  it("a new play cancels what was being said", () => {
    const first = listen(LISTEN_IDLE, { type: "play", sentences });
    expect(first.effects.map((e) => e.type)).toEqual(["cancel", "speak"]);
  });

  it("pause cancels the utterance; resume says the same sentence again from its start", () => {
    const { state, spoken, cancels } = run(
      play(),
      ended,
      () => ({ type: "pause" }),
      () => ({ type: "resume" }),
    );
    expect(spoken).toEqual(["0-0", "0-1", "0-1"]);
    expect(cancels).toBe(2);
    expect(state.status).toBe("playing");
  });

  it("ignores the end of an utterance that is no longer current (cancelled by pause or a speed change)", () => {
    let state = listen(LISTEN_IDLE, { type: "play", sentences }).state;
    const paused = state.utterance;
    state = listen(state, { type: "pause" }).state;
    // The browser reports the cancelled utterance as ended: the player stays on its sentence.
    expect(listen(state, { type: "ended", utterance: paused }).effects).toEqual([]);
    state = listen(state, { type: "resume" }).state;
    const beforeRate = state.utterance;
    const rate = listen(state, { type: "rate" });
    expect(rate.effects.map((e) => e.type)).toEqual(["cancel", "speak"]);
    const stale = listen(rate.state, { type: "ended", utterance: beforeRate });
    expect(stale.effects).toEqual([]);
    expect(currentSentence(stale.state)?.key).toBe("0-0");
  });

  it("a speed change while paused or idle says nothing", () => {
    expect(listen(LISTEN_IDLE, { type: "rate" }).effects).toEqual([]);
    const { state } = run(play(), () => ({ type: "pause" }));
    expect(listen(state, { type: "rate" }).effects).toEqual([]);
  });

  it("stop cancels, clears the highlight and ignores the late end", () => {
    const { state, cancels } = run(play(), () => ({ type: "stop" }));
    expect(cancels).toBe(2);
    expect(state.status).toBe("idle");
    expect(state.ended).toBe("stopped");
    expect(currentSentence(state)).toBeNull();
    expect(listen(state, { type: "ended", utterance: state.utterance - 1 }).effects).toEqual([]);
  });

  it("an utterance failing or cancelled from outside stops the player", () => {
    const { state } = run(play(), (s) => ({ type: "failed", utterance: s.utterance }));
    expect(state.status).toBe("idle");
    expect(state.ended).toBe("stopped");
  });

  it("skips empty sentences and does nothing with nothing to say", () => {
    const { spoken } = run(() => ({ type: "play", sentences: [{ key: "0-0", text: " " }, ...sentences] }));
    expect(spoken).toEqual(["0-0"]);
    expect(listen(LISTEN_IDLE, { type: "play", sentences: [] })).toEqual({ state: LISTEN_IDLE, effects: [] });
  });

  it("finds the first sentence of a paragraph by its position", () => {
    expect(firstOfParagraph(sentences, "2")).toBe(2);
    expect(firstOfParagraph(sentences, "0")).toBe(0);
    expect(firstOfParagraph(sentences, "9")).toBe(0);
  });

  it("a sentence under the sticky toolbar or below the screen is off screen", () => {
    const view = { top: 60, bottom: 800 };
    expect(isOffScreen({ top: 100, bottom: 130 }, view)).toBe(false);
    expect(isOffScreen({ top: 40, bottom: 70 }, view)).toBe(true);
    expect(isOffScreen({ top: 790, bottom: 820 }, view)).toBe(true);
  });
});
