// The reader's "Listen" player as a pure state machine: which sentence is spoken, and what the browser's
// speech synthesis must do next. One utterance per sentence, so the current sentence can be highlighted
// and the player advances on each utterance's `end`. Pause cancels the utterance and resume says the
// sentence again from its start: speechSynthesis.pause() stops for good on Android and loses its place
// in desktop Chrome, and a learner who paused wants the sentence again anyway.
// Every utterance gets a number; events of an utterance that is no longer current (cancelled by pause,
// stop, a speed change or a new play) are ignored, since browsers fire `end` or `error` on cancel.

export interface ListenSentence {
  /** The sentence's `data-s` key in the article ("paragraph-sentence"). */
  key: string;
  text: string;
}

export type ListenStatus = "idle" | "playing" | "paused";

export interface ListenState {
  status: ListenStatus;
  sentences: readonly ListenSentence[];
  index: number;
  /** The number of the utterance that is (or would be) current; events of older ones are stale. */
  utterance: number;
  /** Why the player last became idle: the end was reached, or it was stopped. */
  ended: "done" | "stopped" | null;
}

export type ListenEvent =
  | { type: "play"; sentences: readonly ListenSentence[]; from?: number }
  | { type: "pause" }
  | { type: "resume" }
  | { type: "stop" }
  /** The speed changed: the sentence being spoken is said again at the new speed. */
  | { type: "rate" }
  | { type: "ended"; utterance: number }
  /** The utterance failed or was cancelled by someone else (another page control, the system). */
  | { type: "failed"; utterance: number };

export type ListenEffect = { type: "speak"; sentence: ListenSentence; utterance: number } | { type: "cancel" };

export const LISTEN_IDLE: ListenState = { status: "idle", sentences: [], index: 0, utterance: 0, ended: null };

interface Step {
  state: ListenState;
  effects: ListenEffect[];
}

/** Speaks sentence `index` as a new utterance (cancelling whatever was said before). */
function speakAt(state: ListenState, index: number, cancel: boolean): Step {
  const sentence = state.sentences[index];
  if (!sentence) return { state: { ...state, status: "idle", index: 0, ended: "done" }, effects: [] };
  const utterance = state.utterance + 1;
  return {
    state: { ...state, status: "playing", index, utterance, ended: null },
    effects: [...(cancel ? [{ type: "cancel" } as const] : []), { type: "speak", sentence, utterance }],
  };
}

export function listen(state: ListenState, event: ListenEvent): Step {
  switch (event.type) {
    case "play": {
      const sentences = event.sentences.filter((s) => s.text.trim() !== "");
      const from = sentences.findIndex((s) => s === event.sentences[event.from ?? 0]);
      if (!sentences.length) return { state: { ...LISTEN_IDLE, utterance: state.utterance }, effects: [] };
      return speakAt({ ...state, sentences }, Math.max(0, from), true);
    }
    case "pause":
      if (state.status !== "playing") return { state, effects: [] };
      return { state: { ...state, status: "paused", utterance: state.utterance + 1 }, effects: [{ type: "cancel" }] };
    case "resume":
      if (state.status !== "paused") return { state, effects: [] };
      return speakAt(state, state.index, false);
    case "rate":
      if (state.status !== "playing") return { state, effects: [] };
      return speakAt(state, state.index, true);
    case "stop":
      if (state.status === "idle") return { state, effects: [] };
      return {
        state: { ...state, status: "idle", index: 0, utterance: state.utterance + 1, ended: "stopped" },
        effects: [{ type: "cancel" }],
      };
    case "ended":
      if (state.status !== "playing" || event.utterance !== state.utterance) return { state, effects: [] };
      return speakAt(state, state.index + 1, false);
    case "failed":
      if (state.status !== "playing" || event.utterance !== state.utterance) return { state, effects: [] };
      return { state: { ...state, status: "idle", index: 0, ended: "stopped" }, effects: [] };
  }
}

/** The sentence to highlight: the one being spoken or paused on, none when idle. */
export function currentSentence(state: ListenState): ListenSentence | null {
  return state.status === "idle" ? null : (state.sentences[state.index] ?? null);
}

/** Index of the first sentence of the paragraph at `position` (keys are "position-sentence"), else 0. */
export function firstOfParagraph(sentences: readonly ListenSentence[], position: string): number {
  return Math.max(
    0,
    sentences.findIndex((s) => s.key.slice(0, s.key.indexOf("-")) === position),
  );
}

/** Whether a box is partly outside the visible band (below a sticky toolbar, above the screen's bottom). */
export function isOffScreen(box: { top: number; bottom: number }, view: { top: number; bottom: number }): boolean {
  return box.top < view.top || box.bottom > view.bottom;
}

export const SPEECH_RATES = [0.75, 1, 1.25] as const;
